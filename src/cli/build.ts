/** `catalog build [paths…] --out DIR --formats html,csv,docx` */
import { type Command, Option } from "commander";
import { build, type BuildOptions, type BuildOutcome } from "../api.js";
import type { Shard } from "../load/shard.js";
import { shardOption, validateText } from "./validate.js";
import { BaselineError } from "../check/baseline.js";
import { ruleById } from "../check/rules/index.js";
import { counted, interpolate, type Lang, type Noun } from "../i18n.js";
import { displayPath } from "../load/files.js";
import type { Progress } from "../render/build.js";
import { csvEncodings, UnencodableError, type CsvEncoding } from "../render/csv.js";
import { formats, type Format, type SitePlan } from "../render/site.js";
import { channelModes, type ChannelMode } from "../render/table.js";
import { TemplateError } from "../render/templates.js";
import { lockOf, OutputError } from "../render/write.js";
import { terminalText } from "../model/text.js";
import { summarise } from "../report/format-context.js";
import { stylish } from "../report/formatters/stylish.js";
import { ExitCode } from "./exit-code.js";
import { canRedraw, useColor, type Io } from "./io.js";
import { askedLang } from "./lang.js";
import { fatal, pathsNotFound } from "./messages.js";
import { docsBase, version } from "./meta.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";
import type { CacheProblem } from "../check/cache.js";
import { resolve } from "node:path";

interface BuildFlags {
  out?: string;
  formats?: string;
  force?: boolean;
  channels?: ChannelMode;
  encoding?: CsvEncoding;
  fragment?: boolean;
  combined?: boolean;
  templates?: string;
  config?: string;
  color?: boolean;
  shard?: Shard;
  quiet?: boolean;
  /** true for the default cache file. */
  cache?: string | true;
}

export const buildText = {
  zh: {
    description: "先检查目录，再生成网页（HTML）、表格（CSV）和 Word 文档；有错误时不生成（除非加 --force）",
    paths: "目录文件或文件夹（默认：配置中的 paths，或 catalogs/）",
    out: "输出文件夹（默认：配置中的 build.out，或 public/）；每次生成整体替换其中的内容",
    formats: "输出格式，用逗号分隔（默认：配置中的 build.formats，或 html,csv,docx）",
    force: "即使检查发现错误也生成输出",
    channels: "公开渠道和载体的写法：checklist 列出全部13项并用■□标出（默认），used 只列出采用的渠道",
    encoding: "CSV 文件的编码：utf-8（带 BOM，默认）或 gb18030",
    fragment: "另为每个目录生成只含表格的 .fragment.html，便于粘贴到网站内容管理系统",
    combined: "另为每个行政区划生成一个包含全部领域的 Word 文档",
    templates: "网页模板文件夹，其中的同名文件替换默认的 page.html、header.html、footer.html、style.css、filter.js（默认：配置中的 build.templates）",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    shard: "只生成第 k 份（共 n 份）行政区划的目录，如 --shard 2/4（用于 CI 并行任务；各份的输出文件夹按行政区划互不重叠）",
    cache: "缓存文件（默认 .catalog-cache/build.json，在配置文件旁；检查部分用同一文件夹中的 validate.json）：只重新生成内容有变化的输出，其余沿用当前输出中的文件，结果与完整生成相同",
    cacheIgnored: "缓存文件 {{file}} {{why}}，已忽略，本次重新生成全部输出",
    color: "强制彩色输出",
    noColor: "不用彩色输出",
    quiet: "只报告错误：不显示进度、警告数和生成结果",
    refused: "检查发现 {{errors}} 个错误，没有生成输出。请先改正（catalog validate 可再次检查），或加 --force 仍然生成",
    forced: "检查发现 {{errors}} 个错误；因为加了 --force，仍然生成了输出",
    checked: "检查通过：没有错误，有 {{warnings}} 个警告、{{infos}} 个提示（catalog validate 可列出）",
    progress: "[{{done}}/{{total}}] {{path}}",
    summary: "已生成 {{files}} 个文件，写入 {{out}}：网页 {{html}} 个、CSV {{csv}} 个、Word {{docx}} 个（{{jurisdictions}}，{{catalogs}}{{lists}}，{{items}}）",
    open: "用浏览器打开 {{index}} 查看",
    outsideGbk: "注意：以下字符不在 GBK 字符集中，已按 GB18030 四字节编码写入；Excel 按 GBK 打开时会显示为乱码（默认的 UTF-8 没有这个问题）：",
    character: "  {{file}}：{{char}}（{{codePoint}}）事项 {{item}} · {{column}}",
    unplaced: "注意：以下目录没有行政区划代码和名称，没有生成输出（也不计入下面的数目）：",
    more: "  ……另有 {{n}} 处",
  },
  en: {
    description: "check the catalogs, then write web pages (HTML), tables (CSV) and Word documents; nothing is written when there are errors (unless --force)",
    paths: "catalog files or folders (default: the config's paths, or catalogs/)",
    out: "output folder (default: the config's build.out, or public/); each build replaces its contents as a whole",
    formats: "output formats, comma-separated (default: the config's build.formats, or html,csv,docx)",
    force: "write the outputs even when checking finds errors",
    channels: "公开渠道和载体 as: checklist, all 13 channels marked ■/□ (default), or used, only the channels used",
    encoding: "CSV encoding: utf-8 (with BOM, default) or gb18030",
    fragment: "also write each catalog's table alone as .fragment.html, for pasting into a site's CMS",
    combined: "also write one Word document per jurisdiction with all its domains",
    templates: "folder of page templates; files in it replace the default page.html, header.html, footer.html, style.css, filter.js (default: the config's build.templates)",
    config: "config file (default: catalog.config.yaml, searched upward)",
    shard: "build only the k-th of n shares of the jurisdictions, e.g. --shard 2/4 (parallel CI jobs; the shares' jurisdiction folders do not overlap)",
    cache: "cache file (default .catalog-cache/build.json beside the config; checking uses validate.json in the same folder): only outputs whose inputs changed are made again, the rest are kept from the current outputs; the result is the same as a full build's",
    cacheIgnored: "The cache file {{file}} {{why}}: ignored, every output is made this time",
    color: "force coloured output",
    noColor: "no coloured output",
    quiet: "report errors only: no progress, warning counts or summary of what was written",
    refused: "Checking found {{errors}} errors; nothing was written. Correct them first (catalog validate checks again), or add --force to build anyway",
    forced: "Checking found {{errors}} errors; built anyway because of --force",
    checked: "Checked: no errors, {{warnings}} warnings and {{infos}} infos (catalog validate lists them)",
    progress: "[{{done}}/{{total}}] {{path}}",
    summary: "Wrote {{files}} files to {{out}}: {{html}} web pages, {{csv}} CSV, {{docx}} Word ({{jurisdictions}}, {{catalogs}}{{lists}}, {{items}})",
    open: "Open {{index}} in a browser to look at them",
    outsideGbk: "Note: these characters are outside GBK and were written as 4-byte GB18030 sequences; Excel reading the file as GBK shows them garbled (the default UTF-8 has no such problem):",
    character: "  {{file}}: {{char}} ({{codePoint}}) item {{item}} · {{column}}",
    unplaced: "Note: these catalogs have neither a jurisdiction code nor a name, so nothing was written for them (nor counted below):",
    more: "  … and {{n}} more",
  },
} satisfies CommandText;

/** Characters listed one per line, at most this many. */
const maxListed = 20;

export function registerBuild(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = buildText[lang];
  program
    .command("build")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .option("--out <dir>", t.out)
    .option("--formats <list>", t.formats)
    .option("--force", t.force)
    .addOption(new Option("--channels <mode>", t.channels).choices([...channelModes]))
    .addOption(new Option("--encoding <name>", t.encoding).choices([...csvEncodings]))
    .option("--fragment", t.fragment)
    .option("--combined", t.combined)
    .option("--templates <dir>", t.templates)
    .option("-c, --config <file>", t.config)
    .addOption(new Option("--shard <k/n>", t.shard).argParser(shardOption))
    .option("--cache [file]", t.cache)
    .option("--color", t.color)
    .option("--no-color", t.noColor)
    .option("-q, --quiet", t.quiet)
    .action(async (paths: string[], flags: BuildFlags, command: Command) => setExit(await runBuild(paths, flags, io, askedLang(command, io) ?? lang, askedLang(command, io))));
}

function parseFormats(value: string | undefined, lang: Lang): Format[] | string | undefined {
  if (value === undefined) return undefined;
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.find((f) => !(formats as readonly string[]).includes(f));
  if (bad !== undefined || list.length === 0) return fatal("badValue", lang, { option: "--formats", value: bad ?? value, allowed: formats.join(", ") });
  return [...new Set(list)] as Format[];
}

export function epochOf(io: Io, lang: Lang): number | string | undefined {
  const value = io.env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === "") return undefined;
  return /^\d+$/.test(value) ? Number(value) : fatal("sourceDateEpoch", lang, { value });
}

/** One line rewritten in place on a terminal; nothing at all otherwise (logs stay clean). */
function progressLine(io: Io, lang: Lang, quiet: boolean): ((p: Progress) => void) | undefined {
  if (quiet || !canRedraw(io)) return undefined;
  return (p) => io.stderr(p.done < p.total ? `\r\x1b[K${interpolate(buildText[lang].progress, { done: p.done + 1, total: p.total, path: p.path })}` : "\r\x1b[K");
}

async function runBuild(paths: string[], flags: BuildFlags, io: Io, lang: Lang, asked: Lang | undefined): Promise<number> {
  const t = buildText[lang];
  const formatList = parseFormats(flags.formats, lang);
  if (typeof formatList === "string") return fail(io, formatList);
  const epoch = epochOf(io, lang);
  if (typeof epoch === "string") return fail(io, epoch);
  const progress = progressLine(io, lang, Boolean(flags.quiet));
  const options: BuildOptions = {
    paths,
    cwd: io.cwd,
    env: io.env,
    ...(asked ? { lang: asked } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.out !== undefined ? { out: flags.out } : {}),
    ...(formatList ? { formats: formatList } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.channels ? { channels: flags.channels } : {}),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.fragment ? { fragment: true } : {}),
    ...(flags.combined ? { combined: true } : {}),
    ...(flags.templates !== undefined ? { templates: flags.templates } : {}),
    ...(epoch !== undefined ? { epoch } : {}),
    ...(progress ? { progress } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.cache ? { cache: { ...(flags.cache === true ? {} : { file: resolve(io.cwd, flags.cache) }), version } } : {}),
  };
  let outcome: BuildOutcome;
  try {
    outcome = await build(options);
  } catch (error) {
    progress?.({ done: 1, total: 1, path: "" });
    return fail(io, failure(error, io, lang));
  }
  lang = outcome.validation.lang;
  const { validation } = outcome;
  const caches = cachesOf(outcome);
  for (const cache of caches) if (cache.problem) io.stderr(cacheIgnored(cache, io, lang));
  try {
    for (const cache of caches) writeFileAtomic(cache.file, cache.text);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return fail(io, writeFailure(error, lang, displayPath(error.path, io.cwd)));
  }
  if (outcome.refused === "missing") return fail(io, pathsNotFound(validation.missing, lang, io.cwd));
  if (outcome.refused === "empty") return fail(io, fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));

  // Errors stop a build, so they are listed; warnings and infos are counted (catalog validate lists them).
  const counts = summarise(validation.results);
  if (counts.errors) {
    const errors = validation.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
    io.stdout(stylish(errors, { lang, color: useColor(io, flags.color), version, rules: ruleById, docsBase }));
  } else if ((counts.warnings || counts.infos) && !flags.quiet) {
    io.stdout(`${interpolate(t.checked, { warnings: counts.warnings, infos: counts.infos })}\n`);
  }
  if (outcome.refused === "errors") {
    io.stderr(`${interpolate(t.refused, { errors: counts.errors })}\n`);
    return ExitCode.findings;
  }
  const lines: string[] = [];
  if (counts.errors) lines.push(interpolate(t.forced, { errors: counts.errors }));
  if (outcome.outsideGbk?.length) {
    lines.push(t.outsideGbk, ...listed(outcome.outsideGbk.map((p) => interpolate(t.character, { ...p })), lang));
  }
  const plan = outcome.plan!;
  if (plan.unplaced.length) lines.push(t.unplaced, ...listed(plan.unplaced.map((f) => `  ${terminalText(f)}`), lang));
  const out = displayPath(outcome.out, io.cwd);
  lines.push(
    interpolate(t.summary, {
      files: outcome.files.length,
      out,
      ...outcome.counts!,
      jurisdictions: counted(plan.jurisdictions.length, summaryNouns.jurisdiction, lang),
      catalogs: counted(plan.catalogCount, summaryNouns.catalog, lang),
      lists: listCounts(plan, lang),
      items: counted(plan.itemCount, summaryNouns.item, lang),
    }),
  );
  if (outcome.counts!.html) lines.push(interpolate(t.open, { index: `${out}/index.html` }));
  // Quiet: only what went wrong (the errors a --force build carried through).
  if (!flags.quiet) io.stdout(lines.map((l) => `${l}\n`).join(""));
  else if (counts.errors) io.stdout(`${interpolate(t.forced, { errors: counts.errors })}\n`);
  return ExitCode.ok;
}

const summaryNouns: Record<"jurisdiction" | "catalog" | "item", Noun> = {
  jurisdiction: { zh: "个行政区划", en: ["jurisdiction", "jurisdictions"] },
  catalog: { zh: "个目录", en: ["catalog", "catalogs"] },
  item: { zh: "个事项", en: ["item", "items"] },
};

const listNouns: Record<keyof SitePlan["listCounts"], Noun> = {
  village: { zh: "个村（居）务公开目录", en: ["village list", "village lists"] },
  supplementary: { zh: "个补充目录", en: ["supplementary catalog", "supplementary catalogs"] },
  negativeList: { zh: "个不予公开事项清单", en: ["non-disclosure list", "non-disclosure lists"] },
};

/** The lists written beside the domain catalogs, each kind with its count (none: nothing). */
function listCounts(plan: SitePlan, lang: Lang): string {
  const kinds = (Object.keys(listNouns) as (keyof SitePlan["listCounts"])[]).filter((k) => plan.listCounts[k]);
  return kinds.map((k) => `${lang === "zh" ? "、" : ", "}${counted(plan.listCounts[k], listNouns[k], lang)}`).join("");
}

/** The errors that end a build (exit 2), in the user's language; anything else is a bug and propagates. */
export function failure(error: unknown, io: Io, lang: Lang): string {
  if (error instanceof OutputError) {
    const path = displayPath(error.path, io.cwd);
    const list = listed(error.list.map((e) => `  ${e}`), lang).join("\n");
    if (error.problem === "not-ours") return fatal("outputNotOurs", lang, { path, list });
    if (error.problem === "foreign") return fatal("outputForeign", lang, { path, list });
    if (error.problem === "holds-input") return fatal("outputHoldsInput", lang, { path, list: error.list.map((p) => displayPath(p, io.cwd)).join(lang === "zh" ? "、" : ", ") });
    if (error.problem === "not-folder") return fatal("outputNotFolder", lang, { path });
    if (error.problem === "read-only") return fatal("outputReadOnly", lang, { path });
    if (error.problem === "locked") return fatal("outputLocked", lang, { path, pid: error.detail, lock: displayPath(lockOf(error.path), io.cwd) });
    return fatal("writeFailed", lang, { path, detail: error.detail });
  }
  if (error instanceof TemplateError) return fatal("templatesUnreadable", lang, { path: displayPath(error.path, io.cwd), detail: error.detail });
  if (error instanceof UnencodableError) {
    const list = listed(error.problems.map((p) => interpolate(buildText[lang].character, { ...p, file: error.file })), lang);
    return fatal("unencodable", lang, { list: list.join("\n") });
  }
  if (error instanceof BaselineError) return fatal("baselineInvalid", lang, { path: displayPath(error.file ?? "", io.cwd), detail: error.detail });
  throw error;
}

/** The caches a run read and must write: validate's (checking), then the build's (outputs, once written). */
const cachesOf = (outcome: BuildOutcome): { file: string; text: string; problem?: CacheProblem; ignored: string }[] => [
  ...(outcome.validation.cache ? [{ ...outcome.validation.cache, ignored: "check" }] : []),
  ...(outcome.cache ? [{ ...outcome.cache, ignored: "build" }] : []),
];

function cacheIgnored(cache: ReturnType<typeof cachesOf>[number], io: Io, lang: Lang): string {
  const t = validateText[lang];
  const text = cache.ignored === "check" ? t.cacheIgnored : buildText[lang].cacheIgnored;
  return `${interpolate(text, { file: displayPath(cache.file, io.cwd), why: cache.problem === "foreign" ? t.cacheForeign : t.cacheUnreadable })}\n`;
}

/** At most maxListed lines, then how many more. */
function listed(lines: readonly string[], lang: Lang): string[] {
  return lines.length > maxListed ? [...lines.slice(0, maxListed), interpolate(buildText[lang].more, { n: lines.length - maxListed })] : [...lines];
}

function fail(io: Io, message: string): number {
  io.stderr(message);
  return ExitCode.fatal;
}
