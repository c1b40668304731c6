/** `catalog coverage [paths…]`: which of the pilot domains each jurisdiction has catalogs for. */
import { type Command, Option } from "commander";
import stringWidth from "string-width";
import { validate } from "../api.js";
import { interpolate, type Lang } from "../i18n.js";
import { pilotCoverage, type JurisdictionCoverage } from "../model/coverage.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { fatal, pathsNotFound } from "./messages.js";
import type { CommandText } from "./program.js";

const formats = ["text", "json"] as const;
type CoverageFormat = (typeof formats)[number];

interface CoverageFlags {
  format?: CoverageFormat;
  config?: string;
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
    .action(async (paths: string[], flags: CoverageFlags) => setExit(await runCoverage(paths, flags, io, lang)));
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
