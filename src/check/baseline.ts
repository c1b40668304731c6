/**
 * The baseline: findings accepted when the tool was adopted, so CI fails only on new ones (ESLint's bulk
 * suppressions). Entries are keyed by file, rule, item id and message data (report/fingerprint.ts), not
 * by line, and counted; file paths are relative to the baseline file, so the tool may run from any
 * folder. Pure: text in, text out; the CLI reads and writes the file.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { yamlLibrary } from "../lazy.js";
import type { Lang } from "../i18n.js";
import type { FileResult, LocalisedFinding } from "../report/finding.js";
import { elementOf, findingKey, itemOf } from "../report/fingerprint.js";

export const defaultBaselineName = "catalog-baseline.yaml";

export interface BaselineEntry {
  /** relative to the baseline file's folder, `/` separators. */
  file: string;
  rule: string;
  item?: string;
  element: string;
  /** for people reading the file; matching uses `key`. */
  message: string;
  key: string;
  count: number;
}

/** Where the baseline lives and where report paths are relative to. */
export interface BaselinePlace {
  /** the baseline file's folder. */
  dir: string;
  /** the working directory report paths are relative to. */
  cwd: string;
}

export class BaselineError extends Error {
  constructor(readonly detail: string, readonly file?: string) {
    super(`invalid baseline${file ? ` ${file}` : ""}: ${detail}`);
  }
}

const toSlash = (path: string) => path.split(sep).join("/");
const fileKey = (reportPath: string, place: BaselinePlace) => toSlash(relative(place.dir, resolve(place.cwd, reportPath)));

const header: Record<Lang, string> = {
  zh: `# catalog 基线文件：采用 catalog 时已有、暂不修改的问题。
# catalog validate 不再报告这里记录的问题，只报告新问题；已改正的问题会提示从这里删去。
# 由 catalog validate --update-baseline 生成和更新，请勿手工编辑。记录按文件、规则、事项编码和问题内容匹配，
# 与行号无关：在文件别处增删内容不会使记录失效。count 是同一问题出现的次数。
`,
  en: `# catalog baseline: findings that existed when catalog was adopted and are not fixed yet.
# catalog validate no longer reports the findings recorded here, only new ones; fixed ones are reported for removal.
# Written and pruned by catalog validate --update-baseline; do not edit by hand. Entries match by file, rule,
# item id and finding, not by line: edits elsewhere in a file do not invalidate them. count is how often it occurs.
`,
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareEntries = (a: BaselineEntry, b: BaselineEntry) =>
  compareText(a.file, b.file) || compareText(a.rule, b.rule) || compareText(a.item ?? "", b.item ?? "") || compareText(a.element, b.element) || compareText(a.key, b.key);

/**
 * The baseline after this run: the findings of the files checked now, plus the entries of files this
 * run did not check (a pre-commit hook checks only the files staged).
 */
/** Which entries a run can tell are gone: by default all of the files it checked (see api.ts for partial runs). */
export type Judged = (entry: BaselineEntry) => boolean;

export function updateBaseline(results: readonly FileResult[], previous: readonly BaselineEntry[], place: BaselinePlace, judged: Judged = () => true): BaselineEntry[] {
  const checked = new Set(results.map((r) => fileKey(r.path, place)));
  const entries = new Map<string, BaselineEntry>();
  for (const finding of results.flatMap((r) => r.findings)) {
    const file = fileKey(finding.file, place);
    const key = findingKey(finding);
    const entry = entries.get(`${file}\u0000${key}`);
    if (entry) entry.count++;
    else entries.set(`${file}\u0000${key}`, entryOf(finding, file, key));
  }
  // What the run cannot judge is kept as it was: other files' entries, and those it has no view of.
  return [...previous.filter((e) => !checked.has(e.file) || !judged(e)), ...entries.values()].sort(compareEntries);
}

function entryOf(finding: LocalisedFinding, file: string, key: string): BaselineEntry {
  const item = itemOf(finding);
  return { file, rule: finding.rule, ...(item ? { item } : {}), element: elementOf(finding), message: finding.message, key, count: 1 };
}

export function formatBaseline(entries: readonly BaselineEntry[], lang: Lang): string {
  const files: Record<string, Omit<BaselineEntry, "file">[]> = {};
  for (const { file, ...entry } of [...entries].sort(compareEntries)) (files[file] ??= []).push(entry);
  return header[lang] + yamlLibrary().stringify({ version: 1, files }, { lineWidth: 0 });
}

export function parseBaseline(text: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = yamlLibrary().parse(text);
  } catch (error) {
    throw new BaselineError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
  if (data === null || data === undefined) return [];
  const doc = data as { version?: unknown; files?: unknown };
  if (typeof data !== "object" || doc.version !== 1) throw new BaselineError("version: 1 expected");
  if (doc.files === null || doc.files === undefined) return [];
  if (typeof doc.files !== "object" || Array.isArray(doc.files)) throw new BaselineError("files: a mapping of file → entries expected");
  const entries: BaselineEntry[] = [];
  for (const [file, list] of Object.entries(doc.files as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new BaselineError(`files.${file}: a list expected`);
    list.forEach((raw: unknown, i) => {
      const e = raw as Partial<BaselineEntry> | null;
      const where = `files.${file}[${i}]`;
      if (!e || typeof e.key !== "string" || typeof e.rule !== "string") throw new BaselineError(`${where}: rule and key expected`);
      if (!Number.isInteger(e.count) || (e.count as number) < 1) throw new BaselineError(`${where}.count: a positive integer expected`);
      if (isAbsolute(file)) throw new BaselineError(`${where}: a relative path expected`);
      entries.push({ file, rule: e.rule, ...(e.item ? { item: String(e.item) } : {}), element: String(e.element ?? ""), message: String(e.message ?? ""), key: e.key, count: e.count as number });
    });
  }
  return entries;
}

export interface BaselineApplied {
  /** the findings the baseline does not cover: what is reported. */
  results: FileResult[];
  /** how many findings the baseline covered. */
  accepted: number;
  /** entries of files checked in this run whose findings are (partly) gone; count = how many are gone. */
  stale: BaselineEntry[];
}

export function applyBaseline(results: readonly FileResult[], entries: readonly BaselineEntry[], place: BaselinePlace, judged: Judged = () => true): BaselineApplied {
  const remaining = new Map(entries.map((e) => [`${e.file}\u0000${e.key}`, e.count]));
  let accepted = 0;
  const kept = results.map((r) => {
    const file = fileKey(r.path, place);
    const findings = r.findings.filter((f) => {
      const key = `${file}\u0000${findingKey(f)}`;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      accepted++;
      return false;
    });
    return { ...r, findings };
  });
  const checked = new Set(results.map((r) => fileKey(r.path, place)));
  const stale = entries.flatMap((e) => {
    const left = remaining.get(`${e.file}\u0000${e.key}`) ?? 0;
    return checked.has(e.file) && left > 0 && judged(e) ? [{ ...e, count: left }] : [];
  });
  return { results: kept, accepted, stale };
}
