/**
 * `catalog coverage [paths…]`: which of the pilot domains each jurisdiction has catalogs for; with
 * `--against LIST`, which entries of a 权责清单 / 公共服务事项清单 no catalog item covers, per department.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import stringWidth from "string-width";
import { listCoverageOf, validate, type ListCoverageOutcome } from "../api.js";
import { interpolate, type Lang } from "../i18n.js";
import { pilotCoverage, type JurisdictionCoverage } from "../model/coverage.js";
import { ratio, type CoverageEntry, type CoveredBy, type DepartmentCoverage } from "../model/list-coverage.js";
import { terminalText } from "../model/text.js";
import { ExitCode } from "./exit-code.js";
import { reasonText } from "./import.js";
import type { Io } from "./io.js";
import { fatal, pathsNotFound } from "./messages.js";
import type { CommandText } from "./program.js";

const formats = ["text", "json"] as const;
type CoverageFormat = (typeof formats)[number];

interface CoverageFlags {
  format?: CoverageFormat;
  config?: string;
  against?: string[];
  minShare?: string;
}

export const coverageText = {
  zh: {
    description: "列出每个行政区划已有和缺少目录的试点领域（国办发〔2019〕54号所列26个领域）",
    paths: "要统计的文件或文件夹（默认：配置中的 paths，或 catalogs/）",
    format: "输出格式",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    jurisdiction: "行政区划",
    level: "层级",
    pilot: "试点领域",
    missing: "缺少的领域",
    none: "无",
    count: "{{list}}（{{n}}个）",
    summary: "{{jurisdictions}} 个行政区划、{{files}} 个目录文件；试点领域共 {{total}} 个",
    against: "对照权责清单或公共服务事项清单（.xlsx、.csv、.html），按实施主体列出没有目录事项覆盖的清单事项；可重复",
    minShare: "与 --against 同用：任一实施主体的覆盖率低于此值（如 0.8 或 80%）时退出码为 1",
    badShare: "选项 --min-share 的值「{{value}}」无效：应为 0 到 1 之间的小数或百分数，如 0.8 或 80%\n",
    listFailed: "✖ {{file}}：{{reason}}\n",
    listRead: "{{file}} {{table}}{{title}}：{{entries}} 个事项\n",
    department: "{{department}}：覆盖 {{covered}}/{{entries}}（{{percent}}）；{{how}}",
    how: "按名称 {{name}}、名称加依据 {{basis}}、按类别 {{class}}、负面清单 {{negative}}",
    noDepartment: "（未注明实施主体）",
    uncoveredHead: "  未覆盖：",
    uncoveredRow: "    {{file}}:{{row}}  {{type}}  {{name}}",
    listSummary: "合计 {{entries}} 个清单事项，已覆盖 {{covered}} 个（{{percent}}），未覆盖 {{uncovered}} 个；对照 {{catalogs}} 个目录文件",
    unread: "注意：{{n}} 个目录文件无法读取，其中的事项没有计入（运行 catalog validate 查看原因）：{{files}}",
    below: "覆盖率低于 {{share}} 的实施主体 {{n}} 个：{{list}}",
  },
  en: {
    description: "list, per jurisdiction, the pilot domains (the 26 of 国办发〔2019〕54号) with and without a catalog",
    paths: "files or folders to count (default: the config's paths, or catalogs/)",
    format: "output format",
    config: "config file (default: catalog.config.yaml, searched upward)",
    jurisdiction: "Jurisdiction",
    level: "Level",
    pilot: "Pilot domains",
    missing: "Missing",
    none: "none",
    count: "{{list}} ({{n}})",
    summary: "{{jurisdictions}} jurisdictions, {{files}} catalog files; {{total}} pilot domains",
    against: "a power list (权责清单) or public-service list (公共服务事项清单) (.xlsx, .csv, .html): list, per department, its entries no catalog item covers; repeatable",
    minShare: "with --against: exit 1 when a department's covered share is below this (e.g. 0.8 or 80%)",
    badShare: "Invalid value “{{value}}” for --min-share: a fraction from 0 to 1 or a percentage, e.g. 0.8 or 80%\n",
    listFailed: "✖ {{file}}: {{reason}}\n",
    listRead: "{{file}} {{table}}{{title}}: {{entries}} entries\n",
    department: "{{department}}: {{covered}}/{{entries}} covered ({{percent}}); {{how}}",
    how: "by name {{name}}, by name and basis {{basis}}, by class {{class}}, negative list {{negative}}",
    noDepartment: "(no department given)",
    uncoveredHead: "  uncovered:",
    uncoveredRow: "    {{file}}:{{row}}  {{type}}  {{name}}",
    listSummary: "{{entries}} list entries in all, {{covered}} covered ({{percent}}), {{uncovered}} uncovered; against {{catalogs}} catalog files",
    unread: "Note: {{n}} catalog files could not be read and their items were not counted (run catalog validate to see why): {{files}}",
    below: "{{n}} departments below {{share}}: {{list}}",
  },
} satisfies CommandText;

const levelNames: Record<Lang, Record<string, string>> = { zh: {}, en: { 县级: "county", 乡级: "township" } };

export function registerCoverage(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = coverageText[lang];
  program
    .command("coverage")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .addOption(new Option("-f, --format <name>", t.format).choices([...formats]).default("text"))
    .option("-c, --config <file>", t.config)
    .option("--against <file>", t.against, (value: string, previous: string[] = []) => [...previous, value])
    .option("--min-share <share>", t.minShare)
    .action(async (paths: string[], flags: CoverageFlags) => setExit(await (flags.against?.length ? runAgainst(paths, flags, io, lang) : runCoverage(paths, flags, io, lang))));
}

async function runCoverage(paths: string[], flags: CoverageFlags, io: Io, lang: Lang): Promise<number> {
  const outcome = await validate({ paths, cwd: io.cwd, lang, keep: "headers", env: io.env, ...(flags.config ? { configFile: flags.config } : {}) });
  if (outcome.missing.length) {
    io.stderr(pathsNotFound(outcome.missing, lang, io.cwd));
    return ExitCode.fatal;
  }
  if (outcome.results.length === 0) {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  const { registries } = outcome.project;
  const coverage = pilotCoverage(outcome.headers, registries);
  const pilotTotal = registries.domains.filter((d) => d.pilot).length;
  io.stdout(flags.format === "json" ? coverageJson(coverage) : coverageTable(coverage, pilotTotal, lang));
  return ExitCode.ok;
}

const total = (j: JurisdictionCoverage) => j.present.length + j.missing.length;

export function coverageJson(coverage: readonly JurisdictionCoverage[]): string {
  const jurisdictions = coverage.map((j) => ({
    code: j.code,
    name: j.name,
    level: j.level,
    files: j.catalogs.map((c) => c.file),
    pilot: { present: j.present, missing: j.missing, total: total(j) },
    others: j.others,
  }));
  return `${JSON.stringify({ version: 1, jurisdictions }, null, 2)}\n`;
}

/** Columns padded by display width, so CJK names line up; the missing list is last and may run long. */
export function coverageTable(coverage: readonly JurisdictionCoverage[], pilotTotal: number, lang: Lang): string {
  const t = coverageText[lang];
  const header = [t.jurisdiction, t.level, t.pilot, t.missing];
  const rows = coverage.map((j) => [
    `${j.code} ${j.name}`.trim(),
    levelNames[lang][j.level] ?? j.level,
    `${j.present.length}/${total(j)}`,
    j.missing.length ? interpolate(t.count, { list: j.missing.join("、"), n: j.missing.length }) : t.none,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => stringWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(widths[i]! - stringWidth(cell)))).join("  ");
  const files = coverage.reduce((n, j) => n + j.catalogs.length, 0);
  const summary = interpolate(t.summary, { jurisdictions: coverage.length, files, total: pilotTotal });
  return `${[header, ...rows].map(line).join("\n")}\n\n${summary}\n`;
}

/** "0.8", "80%" or "80" → 0.8; undefined when not a share. */
export function parseShare(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const share = m[2] || n > 1 ? n / 100 : n;
  return share >= 0 && share <= 1 ? share : undefined;
}

async function runAgainst(paths: string[], flags: CoverageFlags, io: Io, lang: Lang): Promise<number> {
  const t = coverageText[lang];
  const minShare = flags.minShare === undefined ? undefined : parseShare(flags.minShare);
  if (flags.minShare !== undefined && minShare === undefined) {
    io.stderr(interpolate(t.badShare, { value: terminalText(flags.minShare) }));
    return ExitCode.fatal;
  }
  const lists = flags.against!;
  const absent = lists.filter((file) => !existsSync(resolve(io.cwd, file)));
  if (absent.length) {
    io.stderr(absent.map((path) => fatal("pathNotFound", lang, { path: terminalText(path) })).join(""));
    return ExitCode.fatal;
  }
  const outcome = await listCoverageOf({ paths, lists, cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) });
  if (outcome.missing.length) {
    io.stderr(outcome.missing.map((path) => fatal("pathNotFound", lang, { path })).join(""));
    return ExitCode.fatal;
  }
  const failed = outcome.lists.filter((l) => l.error);
  if (failed.length) {
    io.stderr(failed.map((l) => interpolate(t.listFailed, { file: terminalText(l.file), reason: reasonText(lang, l.error!.reason, l.error!.values) })).join(""));
    return ExitCode.fatal;
  }
  if (outcome.catalogs === 0) {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  const below = minShare === undefined ? [] : outcome.departments.filter((d) => d.share < minShare);
  io.stdout(flags.format === "json" ? againstJson(outcome, minShare) : againstText(outcome, lang, minShare));
  return below.length ? ExitCode.findings : ExitCode.ok;
}

const hows: CoveredBy[] = ["name", "basis", "class", "negative"];

function totals(departments: readonly DepartmentCoverage[]) {
  const by = Object.fromEntries(hows.map((h) => [h, departments.reduce((n, d) => n + d.by[h], 0)])) as Record<CoveredBy, number>;
  const entries = departments.reduce((n, d) => n + d.entries, 0);
  const uncovered = departments.reduce((n, d) => n + d.uncovered.length, 0);
  return { entries, by, uncovered, share: ratio(entries - uncovered, entries) };
}

const entryJson = (e: CoverageEntry) => ({ file: e.file, row: e.row, name: e.name, ...(e.parent ? { parent: e.parent } : {}), type: e.type, basis: e.basis });

export function againstJson(outcome: ListCoverageOutcome, minShare?: number): string {
  const json = {
    version: 1,
    catalogs: outcome.catalogs,
    unread: outcome.unread,
    lists: outcome.lists.map((l) => ({ file: l.file, tables: l.tables })),
    summary: totals(outcome.departments),
    ...(minShare !== undefined ? { minShare, below: outcome.departments.filter((d) => d.share < minShare).map((d) => d.department) } : {}),
    departments: outcome.departments.map((d) => ({
      department: d.department,
      entries: d.entries,
      by: d.by,
      share: d.share,
      uncovered: d.uncovered.map(entryJson),
      covered: d.covered.map((m) => ({ ...entryJson(m.entry), by: m.by, ...(m.target ? { target: m.target } : {}) })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function againstText(outcome: ListCoverageOutcome, lang: Lang, minShare?: number): string {
  const t = coverageText[lang];
  const out: string[] = [];
  for (const list of outcome.lists) {
    for (const table of list.tables) out.push(interpolate(t.listRead, { file: terminalText(list.file), table: table.table, title: table.title ? ` ${terminalText(table.title)}` : "", entries: table.entries }).trimEnd());
  }
  out.push("");
  for (const d of outcome.departments) {
    const covered = d.entries - d.uncovered.length;
    out.push(interpolate(t.department, { department: d.department ? terminalText(d.department) : t.noDepartment, covered, entries: d.entries, percent: percent(d.share), how: interpolate(t.how, d.by) }));
    if (d.uncovered.length) {
      out.push(t.uncoveredHead);
      for (const e of d.uncovered) out.push(interpolate(t.uncoveredRow, { file: terminalText(e.file), row: e.row, type: terminalText(e.type || "—"), name: terminalText(e.parent ? `${e.parent} · ${e.name}` : e.name) }));
    }
  }
  const sum = totals(outcome.departments);
  out.push("", interpolate(t.listSummary, { entries: sum.entries, covered: sum.entries - sum.uncovered, percent: percent(sum.share), uncovered: sum.uncovered, catalogs: outcome.catalogs }));
  if (outcome.unread.length) out.push(interpolate(t.unread, { n: outcome.unread.length, files: outcome.unread.map(terminalText).join("、") }));
  if (minShare !== undefined) {
    const below = outcome.departments.filter((d) => d.share < minShare);
    if (below.length) out.push(interpolate(t.below, { n: below.length, share: percent(minShare), list: below.map((d) => (d.department ? terminalText(d.department) : t.noDepartment)).join(lang === "zh" ? "、" : ", ") }));
  }
  return `${out.join("\n")}\n`;
}
