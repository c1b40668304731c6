/**
 * `catalog import FILE… [--out catalogs/] [--jurisdiction-code C] [--domain D] [--normalise]`: the
 * catalogs a county already published (Word, Excel, web pages, CSV) become source files. Each input is
 * read and mapped whole before anything is written, so a file that fails (hostile, legacy, unreadable)
 * leaves nothing behind; existing files are never overwritten without --force. The mapping report goes
 * to stderr (and --report as JSON), then the validate summary of what was written.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { openProject, validate } from "../api.js";
import { checkSources } from "../check/engine.js";
import { levelOfCode } from "../check/jurisdiction.js";
import { ruleById } from "../check/rules/index.js";
import { closest } from "../check/similar.js";
import { counted, interpolate, type Lang } from "../i18n.js";
import { importFile, type FileOutcome, type Planned, type TableReport } from "../import/index.js";
import { displayPath } from "../load/files.js";
import type { Registries } from "../model/registries.js";
import { loadFormatter } from "../report/formatters/index.js";
import { ExitCode } from "./exit-code.js";
import { applyFixes, fixesOf } from "./fmt.js";
import { useColor, type Io } from "./io.js";
import { askedLang } from "./lang.js";
import { fatal } from "./messages.js";
import { docsBase, version } from "./meta.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";

export const importText = {
  zh: {
    description: "把已经发布的目录（Word .docx、Excel .xlsx、网页 .html、表格 .csv）导入为目录源文件",
    files: "要导入的文件或文件夹（文件夹中的 .docx/.xlsx/.html/.htm/.csv 全部导入）",
    out: "输出文件夹，目录写在其中的「<代码>-<简称>」文件夹里",
    code: "行政区划代码（6位县级、9位乡级，或12位村（社区）：导入为村（居）务公开目录）；不给时从标题或文件路径中取",
    name: "行政区划全称；标题中没有时使用",
    domain: "领域；不给时从表格标题中取",
    normalise: "把已知的变体写法改为标准写法（同 catalog fmt --fix）",
    supplementary: "导入的是政府信息主动公开补充目录（写 kind: supplementary，可不写领域），每个表格一个文件",
    force: "覆盖已有的文件",
    report: "把导入报告另存为 JSON 文件",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    failed: "✖ {{file}}：{{reason}}\n",
    table: "{{file}} {{table}}{{title}} → {{output}}：导入 {{rows}} 行",
    tableProblem: "✖ {{file}} {{table}}{{title}}：{{reason}}\n",
    empty: "  空单元格：{{list}}",
    extensions: "  未能识别的列，保留为 x- 键：{{list}}",
    numbering: "  编号列（不导入）：{{list}}",
    skipped: "  跳过：重复的表头 {{headers}} 行，空行 {{empty}} 行",
    guess: "  第{{row}}行「{{column}}」：{{what}}",
    carriedCategory: "一级事项为空，沿用上一行的「{{value}}」",
    unknownChannel: "「{{value}}」不是登记的公开渠道，写作「其他：{{value}}」",
    wingdings: "渠道勾选框是 Wingdings 字体的残留字符（t、þ、口），已按勾选/未勾选读取：{{value}}",
    ambiguousTick: "「{{value}}」按已勾选读取",
    tickDetail: "勾选列中有文字「{{value}}」，按已勾选读取",
    exists: "以下文件已经存在，catalog import 不会覆盖（确需覆盖请加 --force）：\n{{files}}\n没有写入任何文件。\n",
    twice: "{{path}} 由 {{first}} 和 {{second}} 两处导入，只写入了前者；请分别导入到不同的 --out 文件夹后再合并\n",
    wrote: "已写入 {{files}}（{{items}}{{entries}}）。下面是对它们的检查结果；按提示修改后运行 catalog build：\n",
    entries: "，不予公开事项清单 {{n}} 条",
    nothing: "没有写入任何目录文件。\n",
    badCode: "行政区划代码「{{code}}」无效：应为6位（县级）、9位（乡级）或12位（村、社区）数字\n",
    reportWritten: "导入报告已写入 {{path}}\n",
    reasons: {
      legacy: "{{ext}} 是旧的二进制格式，不能直接导入。请先用 LibreOffice 转换：soffice --headless --convert-to {{target}} <文件>，再导入转换得到的 .{{target}} 文件",
      legacyPdf: "PDF 中的表格不能可靠地读出。请找到发布时用的 Word 或 Excel 原件；没有原件时，可用 soffice --headless --infilter=writer_pdf_import --convert-to docx <文件> 转换，逐行核对后再导入",
      unsupported: "不支持 {{ext}} 文件；可导入 .docx、.xlsx、.html/.htm、.csv",
      tooLarge: "文件有 {{size}} MB，超过 {{limit}} MB 的上限，不像一个目录表格，未导入",
      zipBomb: "文件中的 {{part}} 解压后超过上限（合计 {{limit}} MB），可能是损坏或恶意的文件，未导入",
      notZip: "文件不是有效的 Office 文档（不是 zip 格式），可能已损坏或扩展名有误",
      entities: "{{part}} 中含有 XML 实体声明（DOCTYPE/ENTITY），Office 文档不应包含，为安全起见未导入",
      tooManyRows: "{{table}} 超过 {{limit}} 行，不像一个领域的目录，未导入；请按领域拆分后再导入",
      tooManyColumns: "{{table}} 超过 {{limit}} 列，不像一个目录表格，未导入",
      unreadable: "文件无法读取（{{detail}}），可能已损坏",
      noTable: "文件中没有找到目录表格（共 {{tables}} 个表格，都没有「公开事项」「公开内容」「公开依据」等表头）",
      tooManyListRows: "{{table}} 超过 {{limit}} 行，超出一份清单的上限，未读取；请按部门拆分后分别对照",
      noList: "文件中没有找到权责清单或公共服务事项清单的表头（共 {{tables}} 个表格，前30行中没有一行既有「事项名称」（或「权力事项名称」「项目名称」「子项名称」），又有「事项类型」「实施主体」「设定依据」之一）。请确认表头行在表格上方，或另存为 .xlsx/.csv 后再试",
      noCode: "无法确定行政区划代码：请用 --jurisdiction-code 指定（6位县级、9位乡级或12位村级）",
      noName: "无法确定行政区划名称：标题中没有，请用 --jurisdiction-name 指定",
      noDomain: "标题中没有领域名称：请用 --domain 指定",
      unknownDomain: "领域登记表中没有「{{domain}}」：请用 --domain 指定，或在 catalog.config.yaml 的 domains 中增加",
    },
  },
  en: {
    description: "import catalogs already published (Word .docx, Excel .xlsx, web pages .html, .csv) as catalog source files",
    files: "files or folders to import (a folder: every .docx/.xlsx/.html/.htm/.csv in it)",
    out: "output folder; the catalogs go into its “<code>-<short name>” folders",
    code: "division code (6 digits county level, 9 township level, or 12 for a village or community: imported as its village list); otherwise taken from the title or the file's path",
    name: "the jurisdiction's full name, when the title does not give it",
    domain: "the domain, when the table's title does not give it",
    normalise: "rewrite known variant spellings to the canonical values (as catalog fmt --fix does)",
    supplementary: "the tables are a supplementary catalog of active disclosure (政府信息主动公开补充目录: kind: supplementary, domain optional), one file per table",
    force: "overwrite existing files",
    report: "also write the import report to this JSON file",
    config: "config file (default: catalog.config.yaml, searched upward)",
    failed: "✖ {{file}}: {{reason}}\n",
    table: "{{file}} {{table}}{{title}} → {{output}}: {{rows}} rows imported",
    tableProblem: "✖ {{file}} {{table}}{{title}}: {{reason}}\n",
    empty: "  empty cells: {{list}}",
    extensions: "  columns not recognised, kept as x- keys: {{list}}",
    numbering: "  numbering columns (not imported): {{list}}",
    skipped: "  skipped: {{headers}} repeated header rows, {{empty}} empty rows",
    guess: "  row {{row}} “{{column}}”: {{what}}",
    carriedCategory: "一级事项 empty, “{{value}}” carried down from the row above",
    unknownChannel: "“{{value}}” is not a registered channel; written as “其他：{{value}}”",
    wingdings: "the channel boxes are Wingdings leftovers (t, þ, 口), read as ticked/unticked: {{value}}",
    ambiguousTick: "“{{value}}” read as ticked",
    tickDetail: "text “{{value}}” in a tick column, read as ticked",
    exists: "These files exist already and catalog import does not overwrite them (add --force to overwrite):\n{{files}}\nNothing was written.\n",
    twice: "{{path}} comes from both {{first}} and {{second}}; only the first was written. Import them into different --out folders and merge them\n",
    wrote: "Wrote {{files}} ({{items}}{{entries}}). Their check follows; fix what it reports, then run catalog build:\n",
    entries: ", {{n}} non-disclosure entries",
    nothing: "No catalog file was written.\n",
    badCode: "Invalid division code “{{code}}”: 6 digits (county level), 9 digits (township level) or 12 digits (village or community)\n",
    reportWritten: "Import report written to {{path}}\n",
    reasons: {
      legacy: "{{ext}} is a legacy binary format and cannot be imported directly. Convert it with LibreOffice first: soffice --headless --convert-to {{target}} <file>, then import the .{{target}} file",
      legacyPdf: "tables in a PDF cannot be read reliably. Find the Word or Excel original it was made from; failing that, soffice --headless --infilter=writer_pdf_import --convert-to docx <file> converts it, to be checked row by row before importing",
      unsupported: "{{ext}} files are not supported; import .docx, .xlsx, .html/.htm or .csv",
      tooLarge: "the file is {{size}} MB, over the {{limit}} MB limit; not a catalog table; nothing imported",
      zipBomb: "{{part}} inflates past the limit ({{limit}} MB in all): a damaged or hostile file; nothing imported",
      notZip: "not a valid Office document (not a zip file): damaged, or the extension is wrong",
      entities: "{{part}} declares XML entities (DOCTYPE/ENTITY), which Office documents never do; not imported, for safety",
      tooManyRows: "{{table}} has more than {{limit}} rows: not one domain's catalog; nothing imported. Split it by domain first",
      tooManyColumns: "{{table}} has more than {{limit}} columns: not a catalog table; nothing imported",
      unreadable: "the file cannot be read ({{detail}}): it may be damaged",
      noTable: "no catalog table found ({{tables}} tables, none with headings such as 公开事项, 公开内容, 公开依据)",
      tooManyListRows: "{{table}} has more than {{limit}} rows, past the limit for one list; nothing read. Split it by department and compare each part",
      noList: "no power or public-service list header found ({{tables}} tables; none of their first 30 rows has 事项名称 (or 权力事项名称, 项目名称, 子项名称) together with one of 事项类型, 实施主体, 设定依据). Check that the header row is at the top of the table, or save the file as .xlsx/.csv and try again",
      noCode: "the division code is unknown: give it with --jurisdiction-code (6 digits county level, 9 township level, 12 village level)",
      noName: "the jurisdiction's name is unknown (not in the title): give it with --jurisdiction-name",
      noDomain: "the title names no domain: give it with --domain",
      unknownDomain: "the domain registry has no “{{domain}}”: give the domain with --domain, or add it under domains in catalog.config.yaml",
    },
  },
} satisfies CommandText | Record<Lang, Record<string, unknown>>;

interface ImportFlags {
  out: string;
  jurisdictionCode?: string;
  jurisdictionName?: string;
  domain?: string;
  normalise?: boolean;
  supplementary?: boolean;
  force?: boolean;
  report?: string;
  config?: string;
}

export function registerImport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = importText[lang];
  program
    .command("import")
    .description(t.description)
    .argument("<files...>", t.files)
    .option("--out <dir>", t.out, "catalogs")
    .option("--jurisdiction-code <code>", t.code)
    .option("--jurisdiction-name <name>", t.name)
    .option("--domain <name>", t.domain)
    .option("--supplementary", t.supplementary)
    .option("--normalise", t.normalise)
    .option("--force", t.force)
    .option("--report <file>", t.report)
    .option("-c, --config <file>", t.config)
    .action(async (files: string[], flags: ImportFlags, command: Command) => setExit(await runImport(files, flags, io, lang, askedLang(command, io))));
}

const importable = new Set([".docx", ".xlsx", ".xlsm", ".html", ".htm", ".csv", ".doc", ".xls", ".wps", ".et", ".pdf"]);

/** Inputs as given, a folder standing for the importable files under it (sorted: same order, same ids). */
function inputsOf(paths: readonly string[], cwd: string): { files: { input: string; absolute: string }[]; missing: string[] } {
  const files: { input: string; absolute: string }[] = [];
  const missing: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".")) walk(path);
      else if (entry.isFile() && importable.has(extname(entry.name).toLowerCase())) files.push({ input: displayPath(path, cwd), absolute: path });
    }
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) missing.push(path);
    else if (statSync(absolute).isDirectory()) walk(absolute);
    else files.push({ input: path, absolute });
  }
  return { files, missing };
}

/** --normalise: the rewrites `catalog fmt --fix` would make to this text. */
function normalised(planned: Planned, registries: Registries, cwd: string): string {
  const { files } = checkSources([{ path: displayPath(planned.path, cwd), bytes: new TextEncoder().encode(planned.text) }], { registries, partial: true });
  return applyFixes(planned.text, fixesOf(files[0]!.findings)).text;
}

async function runImport(paths: string[], flags: ImportFlags, io: Io, detected: Lang, asked: Lang | undefined): Promise<number> {
  const project = openProject({ cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) });
  const lang = asked ?? project.config.lang ?? detected;
  const t = importText[lang];
  const fail = (message: string) => {
    io.stderr(message);
    return ExitCode.fatal;
  };
  if (flags.jurisdictionCode !== undefined && !levelOfCode(flags.jurisdictionCode)) return fail(interpolate(t.badCode, { code: flags.jurisdictionCode }));
  const domain = flags.domain !== undefined ? project.registries.domainByName(flags.domain.trim()) : undefined;
  if (flags.domain !== undefined && !domain) {
    const near = closest(flags.domain, project.registries.domains.map((d) => d.name));
    return fail(fatal("unknownDomain", lang, { name: flags.domain, hint: near ? (lang === "zh" ? `，应为「${near}」吗？` : `; did you mean “${near}”?`) : "" }));
  }
  const { files, missing } = inputsOf(paths, io.cwd);
  if (missing.length) return fail(missing.map((path) => fatal("pathNotFound", lang, { path })).join(""));

  const out = resolve(io.cwd, flags.out);
  const options = { registries: project.registries, out, ...(flags.jurisdictionCode ? { code: flags.jurisdictionCode } : {}), ...(flags.jurisdictionName ? { name: flags.jurisdictionName.trim() } : {}), ...(domain ? { domain } : {}), ...(flags.supplementary ? { supplementary: true } : {}) };
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await importFile(file.input, file.absolute, options));

  let failed = false;
  const lines: string[] = [];
  const claimed = new Map<string, string>();
  const writes: Planned[] = [];
  for (const outcome of outcomes) {
    if (outcome.error) {
      failed = true;
      lines.push(interpolate(t.failed, { file: outcome.input, reason: reasonText(lang, outcome.error.reason, outcome.error.values) }));
      continue;
    }
    for (const planned of outcome.planned) {
      const first = claimed.get(planned.path);
      if (first !== undefined) {
        failed = true;
        lines.push(interpolate(t.twice, { path: displayPath(planned.path, io.cwd), first, second: `${outcome.input} ${planned.report.table}` }));
        continue;
      }
      claimed.set(planned.path, `${outcome.input} ${planned.report.table}`);
      writes.push(flags.normalise ? { ...planned, text: normalised(planned, project.registries, io.cwd) } : planned);
    }
    for (const table of outcome.tables) {
      const output = outcome.planned.find((p) => p.report === table);
      const title = table.title ? `《${table.title}》` : "";
      if (table.problem || !output) {
        failed = true;
        lines.push(interpolate(t.tableProblem, { file: outcome.input, table: table.table, title, reason: reasonText(lang, table.problem?.reason ?? "noDomain", table.problem?.values ?? {}) }));
        continue;
      }
      lines.push(`${describe(table, outcome.input, displayPath(output.path, io.cwd), lang)}\n`);
    }
  }
  io.stderr(lines.join(""));

  const existing = flags.force ? [] : writes.filter((w) => existsSync(w.path));
  if (existing.length) return fail(interpolate(t.exists, { files: existing.map((w) => `  ${displayPath(w.path, io.cwd)}`).join("\n") }));
  try {
    if (flags.report) {
      writeFileAtomic(resolve(io.cwd, flags.report), `${JSON.stringify(reportJson(outcomes, io.cwd), null, 2)}\n`);
      io.stderr(interpolate(t.reportWritten, { path: flags.report }));
    }
    for (const write of writes) writeFileAtomic(write.path, write.text);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return fail(writeFailure(error, lang, displayPath(error.path, io.cwd)));
  }
  if (!writes.length) {
    io.stderr(t.nothing);
    return ExitCode.fatal;
  }
  const entries = writes.reduce((n, w) => n + (w.entries ?? 0), 0);
  io.stdout(
    interpolate(t.wrote, {
      files: counted(writes.length, { zh: "个目录文件", en: ["catalog file", "catalog files"] }, lang),
      items: counted(writes.reduce((n, w) => n + w.items, 0), { zh: "个事项", en: ["item", "items"] }, lang),
      entries: entries ? interpolate(t.entries, { n: entries }) : "",
    }),
  );
  const validation = await validate({ paths: writes.map((w) => w.path), cwd: io.cwd, lang, keep: "headers", env: io.env, baseline: false, ...(flags.config ? { configFile: flags.config } : {}) });
  io.stdout((await loadFormatter("stylish"))(validation.results, { lang, color: useColor(io), version, rules: ruleById, docsBase }));
  return failed ? ExitCode.fatal : ExitCode.ok;
}

export function reasonText(lang: Lang, reason: string, values: Record<string, string | number>): string {
  const reasons = importText[lang].reasons as Record<string, string>;
  const key = reason === "legacy" && values.ext === ".pdf" ? "legacyPdf" : reason;
  return interpolate(reasons[key] ?? reason, values);
}

function describe(table: TableReport, file: string, output: string, lang: Lang): string {
  const t = importText[lang];
  const out = [interpolate(t.table, { file, table: table.table, title: table.title ? `《${table.title}》` : "", output, rows: table.rows })];
  const empty = Object.entries(table.emptyCells);
  if (empty.length) out.push(interpolate(t.empty, { list: empty.map(([field, n]) => `${field} ${n}`).join(lang === "zh" ? "，" : ", ") }));
  if (table.extensions.length) out.push(interpolate(t.extensions, { list: table.extensions.join("、") }));
  if (table.numbering.length) out.push(interpolate(t.numbering, { list: table.numbering.join("、") }));
  if (table.repeatedHeaders || table.emptyRows) out.push(interpolate(t.skipped, { headers: table.repeatedHeaders, empty: table.emptyRows }));
  for (const guess of table.guesses) out.push(interpolate(t.guess, { row: guess.row, column: guess.column, what: interpolate(t[guess.reason], { value: guess.value }) }));
  return out.join("\n");
}

/** --report: the same facts as data (paths relative to the working directory). */
function reportJson(outcomes: readonly FileOutcome[], cwd: string) {
  return {
    version: 1,
    files: outcomes.map((o) => ({
      file: o.input,
      ...(o.error ? { error: { reason: o.error.reason, ...o.error.values } } : {}),
      tables: o.tables.map((table) => {
        const planned = o.planned.find((p) => p.report === table);
        return { ...table, output: planned ? displayPath(planned.path, cwd) : null };
      }),
    })),
  };
}
