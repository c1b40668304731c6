/** `catalog validate [paths…]` */
import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { validate, type ValidateOutcome } from "../api.js";
import { BaselineError } from "../check/baseline.js";
import { ruleById } from "../check/rules/index.js";
import { interpolate, type Lang } from "../i18n.js";
import { displayPath } from "../load/files.js";
import { parseShard, type Shard } from "../load/shard.js";
import { GitError, repositoryRoot } from "../load/git.js";
import { severities, type Severity } from "../report/finding.js";
import { summarise, type FormatContext } from "../report/format-context.js";
import { formatNames, isFormatName, loadFormatter, type FormatName } from "../report/formatters/index.js";
import { ExitCode, exitCodeFor } from "./exit-code.js";
import { useColor, type Io } from "./io.js";
import { askedLang } from "./lang.js";
import { progressAllowed, progressLine } from "./progress.js";
import { fatal, pathsNotFound } from "./messages.js";
import { docsBase, docsBaseFrom, ruleHelp, version } from "./meta.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";

interface ValidateFlags {
  format?: FormatName;
  outputFile?: string[];
  failOn?: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  config?: string;
  /** a file, or false for --no-baseline. */
  baseline?: string | false;
  updateBaseline?: boolean;
  /** true for the default cache file. */
  cache?: string | true;
  shard?: Shard;
  docsUrl?: string;
}

export const validateText = {
  zh: {
    description: "检查目录：先按 JSON Schema 检查结构，再按领域规则和跨文件规则检查内容",
    paths: "要检查的文件或文件夹（默认：配置中的 paths，或 catalogs/）；- 表示从标准输入读取一个目录文件",
    format: "终端（标准输出）上的报告格式（默认 stylish；GitHub Actions 中默认 github）",
    outputFile: "另把报告写入文件，写成 <格式>=<文件>，可重复，如 -o sarif=reports/catalog.sarif -o junit=junit.xml",
    failOn: "达到此级别的问题使退出码为 1",
    maxWarnings: "警告超过此数量时退出码为 1",
    count: "非负整数（0、1、2……）",
    quiet: "只报告错误",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    color: "强制彩色输出",
    noColor: "不用彩色输出",
    baseline: "基线文件（默认：配置中的 validate.baseline，或 catalog-baseline.yaml）",
    noBaseline: "不用基线，报告全部问题",
    updateBaseline: "把现有的全部问题写入基线文件（并删去已改正的），以后只报告新问题",
    docsUrl: "SARIF 报告中规则说明的网址前缀（默认：本版本发布在 npm 上的 docs/rules/；也可用环境变量 CATALOG_DOCS_URL）",
    accepted: "另有 {{n}} 个已记入基线 {{file}} 的问题未列出（catalog validate --no-baseline 可查看全部）",
    stale: "基线 {{file}} 中有 {{n}} 个问题已经不存在（已改正）。运行 catalog validate --update-baseline 把它们从基线中删去：",
    staleEntry: "  {{path}}  {{rule}}{{item}}  {{message}}{{count}}",
    updated: "已把 {{n}} 个问题写入基线 {{file}}。以后 catalog validate 只报告新问题；请把这个文件提交到版本库",
    wrote: "已写入 {{format}} 报告：{{file}}",
    cache: "缓存文件（默认 .catalog-cache/validate.json，在配置文件旁）：未改动的文件沿用上次的检查结果，跨文件规则仍检查全部文件",
    shard: "只检查第 k 份（共 n 份）行政区划的目录，如 --shard 2/4；各份的报告合起来等于不分份的报告（用于 CI 并行任务）",
    cacheIgnored: "缓存文件 {{file}} {{why}}，已忽略，本次重新检查全部文件",
    cacheUnreadable: "无法读取或已损坏",
    cacheForeign: "不是本工具写的缓存",
    progress: "正在检查 {{done}}/{{total}} 个文件…",
    maxWarningsExceeded: "警告有 {{warnings}} 个，超过 --max-warnings 允许的 {{max}} 个，退出码为 1",
  },
  en: {
    description: "check catalogs: structure against the JSON Schema, then the domain and cross-file rules",
    paths: "files or folders to check (default: the config's paths, or catalogs/); - reads one catalog from standard input",
    format: "report format on the terminal (stdout; default stylish, github in GitHub Actions)",
    outputFile: "also write a report to a file, as <format>=<file>; repeatable, e.g. -o sarif=reports/catalog.sarif -o junit=junit.xml",
    failOn: "findings at or above this severity make the exit code 1",
    maxWarnings: "more warnings than this make the exit code 1",
    count: "a non-negative integer (0, 1, 2 …)",
    quiet: "report errors only",
    config: "config file (default: catalog.config.yaml, searched upward)",
    color: "force coloured output",
    noColor: "no coloured output",
    baseline: "baseline file (default: the config's validate.baseline, or catalog-baseline.yaml)",
    noBaseline: "use no baseline: report every finding",
    updateBaseline: "record every current finding in the baseline file (dropping fixed ones); later runs report new findings only",
    docsUrl: "base URL of the rule pages in SARIF reports (default: this version's docs/rules/ as published on npm; or set CATALOG_DOCS_URL)",
    accepted: "{{n}} more findings recorded in the baseline {{file}} are not shown (catalog validate --no-baseline shows them all)",
    stale: "{{n}} findings recorded in the baseline {{file}} are gone (fixed). Run catalog validate --update-baseline to remove them:",
    staleEntry: "  {{path}}  {{rule}}{{item}}  {{message}}{{count}}",
    updated: "Recorded {{n}} findings in the baseline {{file}}. From now on catalog validate reports new findings only; commit this file",
    wrote: "Wrote the {{format}} report: {{file}}",
    cache: "cache file (default .catalog-cache/validate.json beside the config): unchanged files keep their last results; cross-file rules still check every file",
    shard: "check only the k-th of n shares of the jurisdictions, e.g. --shard 2/4; the shares' reports together are the unsharded report (parallel CI jobs)",
    cacheIgnored: "The cache file {{file}} {{why}}: ignored, every file is checked this time",
    cacheUnreadable: "cannot be read or is damaged",
    cacheForeign: "was not written by this tool",
    progress: "Checking {{done}}/{{total}} files…",
    maxWarningsExceeded: "{{warnings}} warnings, more than the {{max}} that --max-warnings allows: exit code 1",
  },
} satisfies CommandText;

export function registerValidate(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = validateText[lang];
  program
    .command("validate")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .addOption(new Option("-f, --format <name>", t.format).choices(formatNames))
    .addOption(new Option("-o, --output-file <format=file>", t.outputFile).argParser((value: string, previous: string[] = []) => [...previous, value]))
    .addOption(new Option("--fail-on <severity>", t.failOn).choices([...severities]))
    .addOption(new Option("--max-warnings <n>", t.maxWarnings).argParser(nonNegativeInteger(t.count)))
    .option("-q, --quiet", t.quiet)
    .option("-c, --config <file>", t.config)
    .option("--baseline <file>", t.baseline)
    .option("--no-baseline", t.noBaseline)
    .option("--update-baseline", t.updateBaseline)
    .option("--cache [file]", t.cache)
    .addOption(new Option("--shard <k/n>", t.shard).argParser(shardOption))
    .option("--docs-url <url>", t.docsUrl)
    .option("--color", t.color)
    .option("--no-color", t.noColor)
    .action(async (paths: string[], flags: ValidateFlags, command: Command) => setExit(await runValidate(paths, flags, io, askedLang(command, io) ?? lang, askedLang(command, io))));
}

export function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`not k/n with 1 ≤ k ≤ n: ${value}`);
  return shard;
}

/** commander's parser for a count; the error names what is allowed, as a choices error does. */
const nonNegativeInteger = (allowed: string) => (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`Allowed choices are ${allowed}.`);
  return Number(value);
};

interface Output {
  format: FormatName;
  /** absolute. */
  path: string;
}

/** `-o sarif=reports/catalog.sarif` (relative to cwd), else the config's validate.outputs (relative to the config). */
function outputsOf(flags: ValidateFlags, outcome: ValidateOutcome, io: Io, lang: Lang): Output[] | string {
  const allowed = formatNames.join(", ");
  const config = outcome.project.config;
  const specs = flags.outputFile
    ? flags.outputFile.map((spec) => ({ spec, base: io.cwd, format: spec.slice(0, spec.indexOf("=")), path: spec.slice(spec.indexOf("=") + 1) }))
    : Object.entries(config.validate?.outputs ?? {}).map(([format, path]) => ({ spec: `${format}=${path}`, base: config.dir, format, path }));
  const outputs: Output[] = [];
  for (const { spec, base, format, path } of specs) {
    if (!spec.includes("=") || !isFormatName(format) || !path) return fatal("outputSpec", lang, { value: spec, allowed });
    const absolute = resolve(base, path);
    if (outputs.some((o) => o.path === absolute)) return fatal("outputTwice", lang, { path: displayPath(absolute, io.cwd) });
    outputs.push({ format, path: absolute });
  }
  return outputs;
}

async function runValidate(paths: string[], flags: ValidateFlags, io: Io, lang: Lang, asked: Lang | undefined): Promise<number> {
  let outcome: ValidateOutcome;
  const progress = progressAllowed(io) ? progressLine(io, (p) => interpolate(validateText[lang].progress, p)) : undefined;
  const stdin = paths.includes("-") ? { path: stdinName, bytes: io.readStdin() } : undefined;
  try {
    outcome = await validate({
      paths: paths.filter((p) => p !== "-"),
      ...(stdin ? { stdin } : {}),
      cwd: io.cwd,
      ...(asked ? { lang: asked } : {}),
      keep: "headers",
      env: io.env,
      ...(flags.config ? { configFile: flags.config } : {}),
      ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
      ...(flags.updateBaseline ? { updateBaseline: true } : {}),
      ...(flags.cache ? { cache: { ...(flags.cache === true ? {} : { file: resolve(io.cwd, flags.cache) }), version } } : {}),
      ...(flags.shard ? { shard: flags.shard } : {}),
      ...(progress ? { checking: (done: number, total: number) => progress.update(done, total) } : {}),
    });
    progress?.end();
  } catch (error) {
    progress?.end();
    if (!(error instanceof BaselineError)) throw error;
    return fail(io, fatal("baselineInvalid", lang, { path: displayPath(error.file ?? "", io.cwd), detail: error.detail }));
  }
  lang = outcome.lang;
  if (outcome.missing.length) return fail(io, pathsNotFound(outcome.missing, lang, io.cwd));
  if (outcome.results.length === 0) return fail(io, fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
  const outputs = outputsOf(flags, outcome, io, lang);
  if (typeof outputs === "string") return fail(io, outputs);

  const defaults = outcome.project.config.validate ?? {};
  const results = flags.quiet
    ? outcome.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }))
    : outcome.results;
  const hidden = outcome.results.reduce((n, r) => n + r.findings.length, 0) - results.reduce((n, r) => n + r.findings.length, 0);
  const docsUrl = flags.docsUrl ?? io.env.CATALOG_DOCS_URL;
  const base = docsUrl ? docsBaseFrom(docsUrl) : docsBase;
  if (!base) return fail(io, fatal("docsUrl", lang, { value: docsUrl! }));
  const sarif = [flags.format, ...outputs.map((o) => o.format)].includes("sarif");
  const context: FormatContext = {
    lang,
    color: false,
    version,
    rules: ruleById,
    docsBase: base,
    ...(sarif ? { ruleHelp: ruleHelp(ruleById.keys()), rootPrefix: rootPrefix(io.cwd, outcome.project.config.dir) } : {}),
  };
  try {
    if (outcome.baseline?.text !== undefined) writeFileAtomic(outcome.baseline.file, outcome.baseline.text);
    if (outcome.cache) writeFileAtomic(outcome.cache.file, outcome.cache.text);
    for (const output of outputs) writeFileAtomic(output.path, (await loadFormatter(output.format))(results, context));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return fail(io, writeFailure(error, lang, displayPath(error.path, io.cwd)));
  }
  const format = flags.format ?? (defaults.format as FormatName | undefined) ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish");
  io.stdout((await loadFormatter(format))(results, { ...context, color: useColor(io, flags.color), ...(hidden ? { hidden } : {}) }));
  io.stderr(notes(outcome, outputs, io, lang));
  const maxWarnings = flags.maxWarnings ?? defaults.maxWarnings;
  const failOn = flags.failOn ?? defaults.failOn ?? "error";
  const code = exitCodeFor(outcome.results, { failOn, ...(maxWarnings !== undefined ? { maxWarnings } : {}) });
  // When only the warnings' number fails the run, say so: no finding printed is at the threshold.
  const warnings = summarise(outcome.results).warnings;
  if (code === ExitCode.findings && exitCodeFor(outcome.results, { failOn }) === ExitCode.ok && maxWarnings !== undefined) {
    io.stderr(`${interpolate(validateText[lang].maxWarningsExceeded, { warnings, max: maxWarnings })}\n`);
  }
  return code;
}

/** How standard input is named in reports. */
const stdinName = "<stdin>";

/**
 * The working directory as seen from the repository root ("" or "a/b/"), so SARIF's URIs are the same
 * wherever the tool ran; outside git, the config's folder stands for the root.
 */
function rootPrefix(cwd: string, configDir: string): string {
  let root = configDir;
  try {
    root = repositoryRoot(cwd);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  const prefix = relative(realpathSync(root), realpathSync(cwd)).split(sep).join("/");
  return prefix === "" || prefix.startsWith("..") ? "" : `${prefix}/`;
}

function fail(io: Io, message: string): number {
  io.stderr(message);
  return ExitCode.fatal;
}

/** What happened besides the findings: reports written, the baseline used, updated or stale. */
function notes(outcome: ValidateOutcome, outputs: readonly Output[], io: Io, lang: Lang): string {
  const t = validateText[lang];
  const lines = outputs.map((o) => interpolate(t.wrote, { format: o.format, file: displayPath(o.path, io.cwd) }));
  const cache = outcome.cache;
  if (cache?.problem) lines.unshift(interpolate(t.cacheIgnored, { file: displayPath(cache.file, io.cwd), why: cache.problem === "foreign" ? t.cacheForeign : t.cacheUnreadable }));
  const baseline = outcome.baseline;
  if (baseline) {
    const file = displayPath(baseline.file, io.cwd);
    if (baseline.text !== undefined) lines.push(interpolate(t.updated, { n: baseline.accepted, file }));
    else if (baseline.accepted) lines.push(interpolate(t.accepted, { n: baseline.accepted, file }));
    if (baseline.stale.length) {
      lines.push(interpolate(t.stale, { n: baseline.stale.reduce((n, e) => n + e.count, 0), file }));
      for (const e of baseline.stale) {
        const path = displayPath(resolve(baseline.file, "..", e.file), io.cwd);
        lines.push(interpolate(t.staleEntry, { path, rule: e.rule, item: e.item ? ` ${e.item}` : "", message: e.message, count: e.count > 1 ? ` ×${e.count}` : "" }));
      }
    }
  }
  return lines.map((l) => `${l}\n`).join("");
}
