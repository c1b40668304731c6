/**
 * `catalog diff OLD NEW` and `catalog diff --git REV[..REV] [paths…]`; also git's external diff driver
 * (git passes 7 or 9 arguments, and the driver must exit 0).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { inputPaths, openProject, type Project } from "../api.js";
import { workerCount } from "../check/parallel.js";
import { ruleById } from "../check/rules/index.js";
import { fieldLabels } from "../diff/fields.js";
import { diffFormatters, type DiffFormatName } from "../diff/formatters/index.js";
import { diffSources, hasDifferences, type DiffOutcome, type DiffSide } from "../diff/index.js";
import { diffSourcesParallel, diffWorker } from "../diff/parallel.js";
import { canStartWorkers } from "../threads.js";
import { applyNotes, readNotes, removalsWithoutReason, type NotesProblem } from "../diff/notes.js";
import { gitSides, pathSide } from "../diff/sides.js";
import { interpolate, type Lang, type Localised } from "../i18n.js";
import { decode } from "../load/decode.js";
import { displayPath } from "../load/files.js";
import { GitError, parseRange } from "../load/git.js";
import { readSource } from "../load/read.js";
import { loadFormatter } from "../report/formatters/index.js";
import { localiseFindings } from "../report/localise.js";
import { ExitCode } from "./exit-code.js";
import { useColor, type Io } from "./io.js";
import { fatal } from "./messages.js";
import { docsBase, version } from "./meta.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";

interface DiffFlags {
  git?: string;
  format?: DiffFormatName;
  output?: string;
  exitCode?: boolean;
  showOrder?: boolean;
  notes?: string;
  config?: string;
  color?: boolean;
  label?: string[];
}

export const diffText = {
  zh: {
    description: "比较两个版本的目录：两个文件、两个文件夹，或 git 的两个版本（--git）",
    paths: "OLD NEW：要比较的两个文件或文件夹；与 --git 同用时为要比较的路径（默认：配置中的 paths，或 catalogs/）",
    git: "比较 git 版本：REV..REV、REV...REV（从分叉点起）或单个 REV（与工作区比较）",
    format: "输出格式",
    output: "写入文件而不是标准输出（docx 必须指定）",
    exitCode: "有差异时退出码为 1（与 git diff --exit-code 相同）",
    showOrder: "同时列出顺序调整（顺序调整不算差异）",
    notes: "注释文件（YAML）：调整说明的标题、调整依据和各事项的调整理由",
    label: "调整说明中两个版本的名称，写两次：先调整前，后调整后（默认：git 版本，或目录中的 revision 和 issued）",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    color: "强制彩色输出",
    noColor: "不用彩色输出",
  },
  en: {
    description: "compare two versions of the catalogs: two files, two folders, or two git revisions (--git)",
    paths: "OLD NEW: the two files or folders to compare; with --git, the paths to compare (default: the config's paths, or catalogs/)",
    git: "compare git revisions: REV..REV, REV...REV (from the merge base) or one REV (against the working tree)",
    format: "output format",
    output: "write to this file instead of standard output (required for docx)",
    exitCode: "exit with 1 when there are differences (as git diff --exit-code)",
    showOrder: "also list order changes (which are not differences)",
    notes: "annotation file (YAML): the notice's title, its basis and the reasons for changes",
    label: "the versions' names in the notice, given twice: before, then after (default: the git revisions, or the catalogs' revision and issued)",
    config: "config file (default: catalog.config.yaml, searched upward)",
    color: "force coloured output",
    noColor: "no coloured output",
  },
} satisfies CommandText;

const messages = {
  twoPaths: {
    zh: "请给出要比较的两个文件或文件夹：catalog diff OLD NEW，或用 --git 比较 git 版本。运行 catalog diff --help 查看用法",
    en: "Give the two files or folders to compare: catalog diff OLD NEW, or compare git revisions with --git. Run catalog diff --help for the usage",
  },
  nothingCompared: {
    zh: "没有可以比较的目录：两边都没有能读出的目录文件（见上方的检查结果）",
    en: "Nothing to compare: neither side has a catalog file that can be read (see the findings above)",
  },
  "git-missing": { zh: "找不到 git 命令。请安装 git，或改为比较两个文件夹：catalog diff OLD NEW", en: "The git command was not found. Install git, or compare two folders instead: catalog diff OLD NEW" },
  "not-a-repository": { zh: "{{detail}} 不在 git 仓库中。请在仓库内运行，或改为比较两个文件夹", en: "{{detail}} is not inside a git repository. Run from inside one, or compare two folders" },
  "bad-revision": { zh: "git 中没有版本「{{detail}}」。可用 git log --oneline 查看版本", en: "git has no revision “{{detail}}”. git log --oneline lists them" },
  failed: { zh: "git 出错：{{detail}}", en: "git failed: {{detail}}" },
  docxNeedsOutput: { zh: "docx 是二进制文件，请用 --output 指定要写入的文件，例如 --output 调整说明.docx", en: "docx is binary: name the file to write with --output, e.g. --output notice.docx" },
  invalidFiles: { zh: "以下文件有错误，比较按能读出的内容进行：", en: "These files have errors; the comparison uses what could be read:" },
  notesInvalid: { zh: "注释文件有误：", en: "The annotation file is invalid:" },
  notesProblem: { zh: "{{file}}:{{line}}:{{column}}  {{detail}}", en: "{{file}}:{{line}}:{{column}}  {{detail}}" },
  noteUnused: { zh: "注意：注释文件中的「{{key}}」没有对应的调整，未使用", en: "Note: “{{key}}” in the annotation file matches no change and was not used" },
  removalWithoutReason: { zh: "注意：取消{{what}}没有调整理由，调整说明中该栏为空（可在 --notes 注释文件中补充）", en: "Note: removing {{what}} has no reason, so the notice leaves it blank (add one in the --notes file)" },
  removedCatalog: { zh: "目录「{{name}}（{{code}}）· {{domain}}」", en: "the catalog “{{name}} ({{code}}) · {{domain}}”" },
  removedItem: { zh: "事项「{{id}} {{name}}」（{{code}} · {{domain}}）", en: "item “{{id}} {{name}}” ({{code}} · {{domain}})" },
  written: { zh: "已写入 {{path}}", en: "Wrote {{path}}" },
  workingTree: { zh: "工作区", en: "working tree" },
} satisfies Record<string, Localised>;

const say = (id: keyof typeof messages, lang: Lang, data: Record<string, string | number> = {}) => `${interpolate(messages[id][lang], data)}\n`;

const notesDetails: Record<string, Localised> = {
  additionalProperties: { zh: "未定义的键「{{name}}」", en: "unknown key “{{name}}”" },
  propertyNames: { zh: "「{{name}}」不是事项编码", en: "“{{name}}” is not an item id" },
  required: { zh: "缺少「{{name}}」", en: "“{{name}}” is missing" },
  type: { zh: "类型应为 {{type}}", en: "the value must be of type {{type}}" },
  pattern: { zh: "写法不符合要求（{{pattern}}）", en: "does not match {{pattern}}" },
  minLength: { zh: "不能为空", en: "must not be empty" },
  yaml: { zh: "YAML 语法错误：{{detail}}", en: "YAML syntax error: {{detail}}" },
  other: { zh: "不符合注释文件格式（{{keyword}}）", en: "does not match the annotation format ({{keyword}})" },
};

function describeNotes(problems: readonly NotesProblem[], file: string, lang: Lang): string {
  return (
    say("notesInvalid", lang) +
    problems
      .map((p) => {
        const name = String(p.params.additionalProperty ?? p.params.propertyName ?? p.params.missingProperty ?? "");
        const detail = interpolate((notesDetails[p.keyword] ?? notesDetails.other!)[lang], {
          name,
          type: String(p.params.type ?? ""),
          pattern: String(p.params.pattern ?? ""),
          detail: p.detail ?? "",
          keyword: p.keyword,
        });
        return say("notesProblem", lang, { file, line: p.range.line, column: p.range.column, detail });
      })
      .join("")
  );
}

/** What went wrong with git, in the user's words. */
export const gitProblem = (error: GitError, io: Io, lang: Lang): string =>
  say(error.problem, lang, { detail: error.problem === "not-a-repository" ? displayPath(error.detail, io.cwd) || "." : error.detail });

/** git runs an external diff driver with: path old-file old-hex old-mode new-file new-hex new-mode [new-path info]. */
function externalDriverArgs(args: readonly string[]): { path: string; old: string; new: string } | undefined {
  if (args.length !== 7 && args.length !== 9) return undefined;
  const hex = /^([0-9a-f]{7,64}|\.)$/;
  if (!hex.test(args[2]!) || !hex.test(args[5]!)) return undefined;
  return { path: args[0]!, old: args[1]!, new: args[4]! };
}

/** The notice's date: SOURCE_DATE_EPOCH when set (reproducible builds), else now; China Standard Time. */
function noticeDate(io: Io): string {
  const epoch = Number(io.env.SOURCE_DATE_EPOCH);
  const seconds = io.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch : io.now();
  return new Date((seconds + 8 * 3600) * 1000).toISOString().slice(0, 10);
}

export function registerDiff(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = diffText[lang];
  program
    .command("diff")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .option("--git <revisions>", t.git)
    .addOption(new Option("-f, --format <name>", t.format).choices([...Object.keys(diffFormatters)]).default("text"))
    .option("-o, --output <file>", t.output)
    .option("--exit-code", t.exitCode)
    .option("--show-order", t.showOrder)
    .option("--notes <file>", t.notes)
    .addOption(new Option("--label <name>", t.label).argParser((value: string, previous: string[] = []) => [...previous, value]))
    .option("-c, --config <file>", t.config)
    .option("--color", t.color)
    .option("--no-color", t.noColor)
    .action(async (paths: string[], flags: DiffFlags) => setExit(await runDiff(paths, flags, io, lang)));
}

async function runDiff(paths: string[], flags: DiffFlags, io: Io, lang: Lang): Promise<number> {
  const driver = flags.git === undefined ? externalDriverArgs(paths) : undefined;
  const code = await compare(paths, flags, io, lang, driver !== undefined);
  // As git's external diff driver, anything but 0 makes git stop ("external diff died").
  return driver ? ExitCode.ok : code;
}

function readSides(paths: string[], flags: DiffFlags, project: Project, io: Io, lang: Lang): { old: DiffSide; new: DiffSide } | number {
  const driver = flags.git === undefined ? externalDriverArgs(paths) : undefined;
  if (driver) {
    const side = (file: string, prefix: string): DiffSide => {
      if (file === "/dev/null") return { label: `${prefix}${driver.path}`, sources: [], root: prefix };
      const source = readSource(resolve(io.cwd, file), io.cwd);
      return { label: `${prefix}${driver.path}`, sources: [{ ...source, path: `${prefix}${driver.path}` }], root: prefix };
    };
    return { old: side(driver.old, "a/"), new: side(driver.new, "b/") };
  }
  if (flags.git !== undefined) {
    try {
      return gitSides(parseRange(flags.git), inputPaths(paths, project, io.cwd), io.cwd, interpolate(messages.workingTree[lang]));
    } catch (error) {
      if (error instanceof GitError) {
        io.stderr(gitProblem(error, io, lang));
        return ExitCode.fatal;
      }
      throw error;
    }
  }
  if (paths.length !== 2) {
    io.stderr(say("twoPaths", lang));
    return ExitCode.fatal;
  }
  const absolute = paths.map((p) => resolve(io.cwd, p));
  const missing = absolute.filter((p) => !existsSync(p));
  if (missing.length) {
    io.stderr(missing.map((path) => fatal("pathNotFound", lang, { path: displayPath(path, io.cwd) })).join(""));
    return ExitCode.fatal;
  }
  return { old: pathSide(absolute[0]!, io.cwd, paths[0]!), new: pathSide(absolute[1]!, io.cwd, paths[1]!) };
}

async function compare(paths: string[], flags: DiffFlags, io: Io, lang: Lang, asDriver: boolean): Promise<number> {
  const format = flags.format ?? "text";
  if (format === "docx" && !flags.output) {
    io.stderr(say("docxNeedsOutput", lang));
    return ExitCode.fatal;
  }
  let notes;
  if (flags.notes) {
    const source = readSource(resolve(io.cwd, flags.notes), io.cwd);
    if (source.readError) {
      io.stderr(fatal("pathNotFound", lang, { path: flags.notes }));
      return ExitCode.fatal;
    }
    const reading = readNotes(decode(source.bytes).text);
    if (reading.problems) {
      io.stderr(describeNotes(reading.problems, source.path, lang));
      return ExitCode.fatal;
    }
    notes = reading.notes;
  }
  const project = openProject({ cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) });
  const sides = readSides(paths, flags, project, io, lang);
  if (typeof sides === "number") return sides;
  if (!sides.old.sources.length && !sides.new.sources.length && !asDriver) {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  const options = { additions: project.additions, severities: project.severities, order: Boolean(flags.showOrder) };
  const workers = canStartWorkers(diffWorker) ? workerCount(sides.old.sources.length + sides.new.sources.length, io.env) : 0;
  const outcome = workers > 1 ? await diffSourcesParallel(sides.old, sides.new, options, workers) : diffSources(sides.old, sides.new, options);
  await reportInvalid(outcome, io, lang);
  if (!outcome.compared.old && !outcome.compared.new && !asDriver) {
    io.stderr(say("nothingCompared", lang));
    return ExitCode.fatal;
  }
  let result = outcome.result;
  if (notes) {
    const applied = applyNotes(result, notes);
    result = applied.result;
    for (const key of applied.unused) io.stderr(say("noteUnused", lang, { key }));
  }
  if (notes || format === "html" || format === "docx") {
    for (const { catalog, item } of removalsWithoutReason(result)) {
      const place = { code: catalog.jurisdiction, domain: catalog.domain, name: (catalog.old ?? catalog.new)!.name };
      const what = item ? say("removedItem", lang, { ...place, id: item.id, name: item.name }).trim() : say("removedCatalog", lang, place).trim();
      io.stderr(say("removalWithoutReason", lang, { what }));
    }
  }
  const color = !flags.output && useColor(io, flags.color);
  const output = await diffFormatters[format](result, { lang, color, version, labels: fieldLabels(), showOrder: Boolean(flags.showOrder), date: noticeDate(io), ...(flags.label ? { sideNames: { old: flags.label[0], new: flags.label[1] } } : {}) });
  if (flags.output) {
    const target = resolve(io.cwd, flags.output);
    try {
      writeFileAtomic(target, output);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(writeFailure(error, lang, flags.output));
      return ExitCode.fatal;
    }
    io.stderr(say("written", lang, { path: displayPath(target, io.cwd) }));
  } else io.stdout(output as string);
  return flags.exitCode && hasDifferences(result) ? ExitCode.findings : ExitCode.ok;
}

/** Files with errors, both sides, in the validate format: the diff went on with what could be read. */
async function reportInvalid(outcome: DiffOutcome, io: Io, lang: Lang): Promise<void> {
  const results = outcome.files
    .map((f) => ({ path: f.path, items: f.items, findings: localiseFindings(f.findings.filter((x) => x.severity === "error"), ruleById, lang) }))
    .filter((r) => r.findings.length);
  if (!results.length) return;
  io.stderr(say("invalidFiles", lang));
  io.stderr((await loadFormatter("stylish"))(results, { lang, color: useColor(io), version, rules: ruleById, docsBase }));
}
