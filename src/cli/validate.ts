/** `catalog validate [paths…]` */
import { type Command, Option } from "commander";
import { validate } from "../api.js";
import { ruleById } from "../check/rules/index.js";
import type { Lang } from "../i18n.js";
import { severities, type Severity } from "../report/finding.js";
import { formatters, type FormatName } from "../report/formatters/index.js";
import { ExitCode, exitCodeFor } from "./exit-code.js";
import { useColor, type Io } from "./io.js";
import { fatal } from "./messages.js";
import { docsBase, version } from "./meta.js";
import type { CommandText } from "./program.js";

interface ValidateFlags {
  format?: FormatName;
  failOn?: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  config?: string;
}

export const validateText = {
  zh: {
    description: "检查目录：先按 JSON Schema 检查结构，再按领域规则和跨文件规则检查内容",
    paths: "要检查的文件或文件夹（默认：配置中的 paths，或 catalogs/）",
    format: "输出格式",
    failOn: "达到此级别的问题使退出码为 1",
    maxWarnings: "警告超过此数量时退出码为 1",
    quiet: "只报告错误",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    color: "强制彩色输出",
    noColor: "不用彩色输出",
  },
  en: {
    description: "check catalogs: structure against the JSON Schema, then the domain and cross-file rules",
    paths: "files or folders to check (default: the config's paths, or catalogs/)",
    format: "output format",
    failOn: "findings at or above this severity make the exit code 1",
    maxWarnings: "more warnings than this make the exit code 1",
    quiet: "report errors only",
    config: "config file (default: catalog.config.yaml, searched upward)",
    color: "force coloured output",
    noColor: "no coloured output",
  },
} satisfies CommandText;

export function registerValidate(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = validateText[lang];
  program
    .command("validate")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .addOption(new Option("-f, --format <name>", t.format).choices(Object.keys(formatters)))
    .addOption(new Option("--fail-on <severity>", t.failOn).choices([...severities]))
    .addOption(new Option("--max-warnings <n>", t.maxWarnings).argParser(nonNegativeInteger))
    .option("-q, --quiet", t.quiet)
    .option("-c, --config <file>", t.config)
    .option("--color", t.color)
    .option("--no-color", t.noColor)
    .action(async (paths: string[], flags: ValidateFlags) => setExit(await runValidate(paths, flags, io, lang)));
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`not a non-negative integer: ${value}`);
  return Number(value);
}

async function runValidate(paths: string[], flags: ValidateFlags, io: Io, lang: Lang): Promise<number> {
  const outcome = await validate({ paths, cwd: io.cwd, lang, keep: "headers", env: io.env, ...(flags.config ? { configFile: flags.config } : {}) });
  if (outcome.missing.length) {
    io.stderr(outcome.missing.map((path) => fatal("pathNotFound", lang, { path })).join(""));
    return ExitCode.fatal;
  }
  if (outcome.results.length === 0) {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  const defaults = outcome.project.config.validate ?? {};
  const results = flags.quiet
    ? outcome.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }))
    : outcome.results;
  const format = flags.format ?? (defaults.format as FormatName | undefined) ?? "stylish";
  const formatter = formatters[format];
  io.stdout(formatter(results, { lang, color: useColor(io, flags.color), version, rules: ruleById, docsBase }));
  const maxWarnings = flags.maxWarnings ?? defaults.maxWarnings;
  return exitCodeFor(outcome.results, {
    failOn: flags.failOn ?? defaults.failOn ?? "error",
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
  });
}
