/** `catalog report [paths…] [--since REV] --out report/`: the monitoring report (page, JSON, Word). */
import { relative, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { report, type ReportOptions, type ReportOutcome } from "../api.js";
import { interpolate, type Lang } from "../i18n.js";
import { displayPath } from "../load/files.js";
import { GitError, repositoryRoot, resolveCommit } from "../load/git.js";
import { chinaDate } from "../model/monitor.js";
import { epochOf, failure } from "./build.js";
import { gitProblem } from "./diff.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { askedLang } from "./lang.js";
import { fatal, pathsNotFound } from "./messages.js";
import type { CommandText } from "./program.js";

interface ReportFlags {
  out?: string;
  since?: string;
  period?: number;
  history?: number;
  config?: string;
}

export const reportText = {
  zh: {
    description: "生成政务公开监测报告（网页、JSON 和 Word）：各行政区划的试点领域覆盖、缺少要素的事项、逾期未更新的目录、按规则统计的检查发现，以及与上次报告相比的变化",
    paths: "目录文件或文件夹（默认：配置中的 paths，或 catalogs/）",
    out: "输出文件夹（默认：配置中的 report.out，或 report/）；每次生成整体替换其中的内容",
    since: "与 git 版本 REV 相比（上次报告时的版本，如 v2026-09 或 HEAD~10）",
    period: "更新周期（月）：目录日期加上这个周期仍早于统计日期即为逾期（默认：配置中的 report.period，或 12）",
    history: "历史趋势包含最近多少次修改目录的提交（0 为不统计；默认：在 git 仓库中为 12）",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    months: "应为 1 到 120 之间的整数（月）",
    count: "应为 0 到 200 之间的整数",
    written: "已生成监测报告，写入 {{out}}：{{files}}（统计日期 {{asOf}}；{{jurisdictions}} 个行政区划、{{catalogs}} 个领域目录；错误 {{errors}} 个、警告 {{warnings}} 个、逾期目录 {{overdue}} 个）",
    open: "用浏览器打开 {{index}} 查看",
  },
  en: {
    description: "write the disclosure monitoring report (page, JSON and Word): per jurisdiction, pilot-domain coverage, items missing elements, catalogs overdue for revision, findings by rule, and how they moved since the last report",
    paths: "catalog files or folders (default: the config's paths, or catalogs/)",
    out: "output folder (default: the config's report.out, or report/); each run replaces its contents as a whole",
    since: "compare with git revision REV (the one the last report was made from, e.g. v2026-09 or HEAD~10)",
    period: "revision period in months: a catalog whose date plus this period is before the report's date is overdue (default: the config's report.period, or 12)",
    history: "how many of the last commits that changed the catalogs the history shows (0: none; default: 12 inside a git repository)",
    config: "config file (default: catalog.config.yaml, searched upward)",
    months: "must be a whole number of months from 1 to 120",
    count: "must be a whole number from 0 to 200",
    written: "Wrote the monitoring report to {{out}}: {{files}} (as of {{asOf}}; jurisdictions: {{jurisdictions}}, domain catalogs: {{catalogs}}; errors: {{errors}}, warnings: {{warnings}}, overdue catalogs: {{overdue}})",
    open: "Open {{index}} in a browser to read it",
  },
} satisfies CommandText;

const wholeNumber = (min: number, max: number, message: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(message);
  return Number(value);
};

export function registerReport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = reportText[lang];
  program
    .command("report")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .option("--out <dir>", t.out)
    .option("--since <rev>", t.since)
    .option("--period <months>", t.period, wholeNumber(1, 120, t.months))
    .option("--history <n>", t.history, wholeNumber(0, 200, t.count))
    .option("-c, --config <file>", t.config)
    .action(async (paths: string[], flags: ReportFlags, command: Command) => setExit(await runReport(paths, flags, io, askedLang(command, io) ?? lang, askedLang(command, io))));
}

/** Whether git has a history for these paths: a commit, and every path inside the repository. */
function hasHistory(cwd: string, paths: readonly string[]): boolean {
  try {
    resolveCommit(cwd, "HEAD");
    const root = repositoryRoot(cwd);
    return paths.every((p) => !relative(root, resolve(cwd, p)).startsWith(".."));
  } catch {
    return false;
  }
}

async function runReport(paths: string[], flags: ReportFlags, io: Io, lang: Lang, asked: Lang | undefined): Promise<number> {
  const epoch = epochOf(io, lang);
  if (typeof epoch === "string") {
    io.stderr(epoch);
    return ExitCode.fatal;
  }
  const options: ReportOptions = {
    paths,
    cwd: io.cwd,
    env: io.env,
    asOf: chinaDate(epoch ?? io.now()),
    ...(flags.out !== undefined ? { out: flags.out } : {}),
    ...(flags.period !== undefined ? { periodMonths: flags.period } : {}),
    // The history costs a check per commit: by default only where git has one to give.
    history: flags.history ?? (hasHistory(io.cwd, paths) ? 12 : 0),
    ...(asked ? { lang: asked } : {}),
    ...(flags.since !== undefined ? { since: flags.since } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(epoch !== undefined ? { epoch } : {}),
  };
  let outcome: ReportOutcome;
  try {
    outcome = await report(options);
  } catch (error) {
    io.stderr(error instanceof GitError ? gitProblem(error, io, lang) : failure(error, io, lang));
    return ExitCode.fatal;
  }
  lang = outcome.validation.lang;
  if (outcome.refused === "missing") {
    io.stderr(pathsNotFound(outcome.validation.missing, lang, io.cwd));
    return ExitCode.fatal;
  }
  if (outcome.refused === "empty") {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  const t = reportText[lang];
  const out = displayPath(outcome.out, io.cwd) || ".";
  const { totals } = outcome.data.current;
  io.stdout(
    `${interpolate(t.written, {
      out,
      files: outcome.files.join(lang === "zh" ? "、" : ", "),
      asOf: outcome.data.asOf,
      jurisdictions: totals.jurisdictions,
      catalogs: totals.catalogs,
      errors: totals.findings.error,
      warnings: totals.findings.warning,
      overdue: totals.overdue,
    })}\n${interpolate(t.open, { index: `${out}/index.html` })}\n`,
  );
  return ExitCode.ok;
}
