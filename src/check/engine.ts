/**
 * The checking pipeline: decode → parse → schema → model → item and catalog rules, per file; then the
 * cross-file rules over every catalog's header. Findings leave each phase through the locate stage
 * (src/locate/), which gives them their positions; suppressions, which need those, come last. One bad
 * file never stops the others. Pure: sources come in as bytes, findings go out as data. The per-file
 * phase is what parallel.ts spreads over worker threads.
 */
import { decode } from "../load/decode.js";
import { parseWithPositions, parseYaml, type Parsed, type ParsedDocument, type YamlProblem } from "../load/parse.js";
import { offsetsToRange, type Range } from "../load/positions.js";
import { locate, locatorFor, type Unlocated } from "../locate/index.js";
import { Normaliser } from "../model/normalise.js";
import { controlsIn, hasControls } from "../model/text.js";
import type { Registries } from "../model/registries.js";
import type { Catalog, CatalogHeader, Item, SourcePath } from "../model/types.js";
import { compareFindings, type Finding, type Severity } from "../report/finding.js";
import { withoutMessage } from "../report/localise.js";
import type { CatalogRule, CorpusRule, Data, ItemRule, Report, Rule, SchemaContext, SchemaRule } from "./define-rule.js";
import { rules as allRules } from "./rules/index.js";
import { catalogSchema } from "./schema.js";
import { applyDirectives, scanDirectives, withoutPlaceholderCascades, type Directive } from "./suppress.js";

export interface Source {
  /** as reported: relative to the working directory, `/` separators. */
  path: string;
  bytes: Uint8Array;
  /** set instead of usable bytes when the file could not be read: the system's code, or ENOTREG (not a regular file), EFBIG (over the size limit). */
  readError?: string;
  /** the path is a folder that could not be listed. */
  folder?: boolean;
  /** EFBIG: the file's size in bytes and the limit in MB. */
  size?: number;
  limit?: number;
}

export type SeverityOverrides = ReadonlyMap<string, Severity | "off">;

export interface CheckOptions {
  registries: Registries;
  severities?: SeverityOverrides;
  /** rules to run instead of the shipped set (tests). */
  rules?: readonly Rule[];
  /** the files are some a user named, not whole folders (see CorpusContext). */
  partial?: boolean;
  /**
   * Each file may be a revision of the file checked just before it, sharing the data of the items it
   * kept as they were (the diff's parse, load/revision.ts): those items keep their model, and their
   * item rules' findings when the catalog's jurisdiction and domain are the same (ItemScope).
   */
  revisions?: boolean;
}

export interface CheckedFile {
  path: string;
  items: number;
  catalog?: Catalog;
  findings: Finding[];
  /** the decoded text, for suppression comments and positions. */
  text: string;
  /** its catalog-disable comments (kept when the text is not, across worker threads). */
  directives: Directive[];
}

export interface CheckResult {
  files: CheckedFile[];
  catalogs: Catalog[];
}

/** An item as checked: its model and what its item rules reported, for a revision that keeps it. */
interface CheckedItem {
  item: Item;
  reports: [ruleId: string, report: Report<string>][];
}

/** The items of the file checked last, by their data (an object, or a primitive value). */
interface LastFile {
  scope: string;
  items: Map<unknown, CheckedItem>;
}

const scopeKey = ({ jurisdiction, domain }: Catalog): string => JSON.stringify([jurisdiction.code, jurisdiction.name, jurisdiction.level.raw, domain]);

const startOfFile: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Rules sorted by scope with their effective severities, ready to run. */
export class Checker {
  private readonly schema = catalogSchema();
  private readonly ruleById: Map<string, Rule>;
  private readonly severities: SeverityOverrides;
  private readonly schemaRules: SchemaRule[];
  private readonly itemRules: ItemRule[];
  private readonly catalogRules: CatalogRule[];
  private readonly corpusRules: CorpusRule[];
  private readonly normaliser: Normaliser;
  private readonly partial: boolean;
  private readonly revisions: boolean;
  private lastFile?: LastFile;
  readonly registries: Registries;

  constructor(options: CheckOptions) {
    const rules = options.rules ?? allRules;
    this.registries = options.registries;
    this.severities = options.severities ?? new Map();
    this.ruleById = new Map(rules.map((r) => [r.id, r]));
    const active = rules.filter((r) => this.severityOf(r.id) !== "off");
    // Every schema rule claims its errors, switched off or not: an error of a rule the config turned off
    // must vanish, not fall through to the catch-all.
    this.schemaRules = rules.filter((r): r is SchemaRule => r.scope === "schema").sort((a, b) => a.priority - b.priority);
    this.itemRules = active.filter((r): r is ItemRule => r.scope === "item");
    this.catalogRules = active.filter((r): r is CatalogRule => r.scope === "catalog");
    this.corpusRules = active.filter((r): r is CorpusRule => r.scope === "corpus");
    this.normaliser = new Normaliser(options.registries);
    this.partial = options.partial ?? false;
    this.revisions = options.revisions ?? false;
  }

  private severityOf(ruleId: string): Severity | "off" {
    const rule = this.ruleById.get(ruleId);
    if (!rule) throw new Error(`unknown rule ${ruleId}`);
    return this.severities.get(ruleId) ?? rule.severity;
  }

  private pending(file: string, ruleId: string, report: Report<string>, base: SourcePath = [], range?: Range): Unlocated | undefined {
    const configured = this.severities.get(ruleId);
    if ((configured ?? this.ruleById.get(ruleId)?.severity) === "off") return undefined;
    const severity = configured ?? this.ruleById.get(ruleId)?.messageSeverities?.[report.messageId] ?? this.severityOf(ruleId);
    if (severity === "off") return undefined;
    return {
      file,
      rule: ruleId,
      severity,
      messageId: report.messageId,
      data: definedData(report.data),
      path: [...base, ...(report.path ?? [])],
      target: report.target ?? "value",
      ...(range ? { range } : {}),
    };
  }

  /**
   * Everything that needs only this file; findings come back with their positions. `parse` is the YAML
   * stage: the diff gives one that reuses an earlier revision's items (load/revision.ts).
   */
  checkFile(source: Source, parse: (text: string) => Parsed = parseYaml): CheckedFile {
    const earlier = this.lastFile;
    this.lastFile = undefined;
    const decoded = decode(source.bytes);
    const file: CheckedFile = { path: source.path, items: 0, findings: [], text: decoded.text, directives: scanDirectives(decoded.text) };
    const found: Unlocated[] = [];
    let parsedDocument: ParsedDocument | undefined;
    const add = (ruleId: string, report: Report<string>, base?: SourcePath, range?: Range) => {
      const p = this.pending(source.path, ruleId, report, base, range);
      if (p) found.push(p);
    };
    const finish = () => {
      file.findings = locate({ ...file, ...(parsedDocument ? { document: parsedDocument } : {}) }, found);
      return file;
    };

    if (source.readError !== undefined) {
      add("file-unreadable", unreadableReport(source), [], startOfFile);
      return finish();
    }
    if (decoded.encoding !== "utf-8") {
      add("encoding-not-utf8", { messageId: "transcoded", data: { encoding: decoded.encoding.toUpperCase() } }, [], startOfFile);
    }
    const parsed = parse(decoded.text);
    parsedDocument = parsed.document;
    // A control character is in the text, or written as an escape ("\v") in a double-quoted value.
    if (hasControls(decoded.text) || decoded.text.includes("\\")) {
      for (const [path, codes] of controlsAt(parsed.data)) add("text-control-character", { messageId: "control", data: { codes: codes.join(" ") } }, path);
    }
    for (const problem of parsed.problems) {
      parsedDocument ??= parseWithPositions(decoded.text);
      add(problem.kind, yamlReport(problem), [], offsetsToRange(parsedDocument.lines, problem.start, problem.end));
    }
    if (parsed.fatal) return finish();

    const schemaContext: SchemaContext = { registries: this.registries, allowedKeys: (path) => this.schema.allowedKeys(path) };
    const claimed = new Set<string>();
    for (const error of this.schema.check(parsed.data)) {
      for (const rule of this.schemaRules) {
        const report = rule.claim(error, schemaContext);
        if (!report) continue;
        const key = `${rule.id}\u0000${JSON.stringify([...error.path, ...(report.path ?? [])])}`;
        if (!claimed.has(key)) add(rule.id, report, error.path);
        claimed.add(key);
        break;
      }
    }
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) return finish();

    const kept = (data: unknown, index: number): Item | undefined => {
      const item = earlier?.items.get(data)?.item;
      return item && (item.index === index ? item : { ...item, index });
    };
    const catalog = this.normaliser.catalog(source.path, parsed.data, earlier && kept);
    file.catalog = catalog;
    file.items = catalog.items.length;
    for (const rule of this.catalogRules) {
      rule.check(catalog, { registries: this.registries, text: decoded.text, report: (r) => add(rule.id, r) });
    }
    this.checkItems(catalog, (parsed.data as { items?: unknown }).items, earlier, add);
    return finish();
  }

  /** Runs the item rules, or gives again what they reported for an item the last file had alike. */
  private checkItems(catalog: Catalog, data: unknown, earlier: LastFile | undefined, add: (ruleId: string, report: Report<string>, base: SourcePath) => void): void {
    const scope = this.revisions ? scopeKey(catalog) : "";
    const itemData = Array.isArray(data) ? data : [];
    // Items are known by their data only when each model item stands for the data item at its index.
    const aligned = itemData.length === catalog.items.length;
    const before = aligned && earlier?.scope === scope ? earlier.items : undefined;
    const checked = new Map<unknown, CheckedItem>();
    // One context per rule and file, not per item: the item rules run 78,000 times on a city's catalogs.
    let index = 0;
    let reports: CheckedItem["reports"] = [];
    const itemChecks = this.itemRules.map((rule) => ({
      rule,
      context: {
        catalog,
        registries: this.registries,
        report: (r: Report<string>) => {
          add(rule.id, r, ["items", index]);
          reports.push([rule.id, r]);
        },
      },
    }));
    for (const item of catalog.items) {
      index = item.index;
      const alike = before?.get(itemData[index]);
      if (alike) {
        for (const [ruleId, report] of alike.reports) add(ruleId, report, ["items", index]);
        reports = alike.reports;
      } else {
        reports = [];
        for (const { rule, context } of itemChecks) rule.check(item, context);
      }
      if (this.revisions && aligned) checked.set(itemData[index], { item, reports });
    }
    if (this.revisions) this.lastFile = { scope, items: checked };
  }

  /**
   * Inline suppression comments (and placeholder cascades), applied once every finding of a file, cross-file
   * ones too, is known; then what a once-per-run rule said again is dropped (a suppressed first place
   * leaves the next one to speak).
   */
  applySuppressions(files: readonly CheckedFile[]): void {
    const rules = { severityOf: (id: string) => (this.ruleById.has(id) ? this.severityOf(id) : "off"), known: new Set(this.ruleById.keys()) };
    for (const file of files) file.findings = applyDirectives(file.path, withoutPlaceholderCascades(file.findings), file.directives, rules);
    const once = new Set([...this.ruleById.values()].filter((r) => r.oncePerRun).map((r) => r.id));
    if (once.size) oncePerRun(files, once);
  }

  /**
   * Cross-file findings, keyed by file, unpositioned (the caller has the texts). `sources` gives a
   * catalog's file again, for the rules that look at other files' items (CorpusContext.itemsOf).
   */
  checkCorpus(catalogs: readonly CatalogHeader[], sources: CorpusSources): Map<string, Unlocated[]> {
    const byFile = new Map<string, Unlocated[]>();
    const read = new Map<string, { items: readonly Item[]; text: string }>();
    const reread = (catalog: CatalogHeader) => {
      let file = read.get(catalog.file);
      if (!file) {
        const text = sources.text(catalog.file);
        const items = sources.items?.(catalog.file) ?? this.normaliser.catalog(catalog.file, parseYaml(text).data).items;
        read.set(catalog.file, (file = { items, text }));
      }
      return file;
    };
    for (const rule of this.corpusRules) {
      rule.check(catalogs, {
        registries: this.registries,
        partial: this.partial,
        itemsOf: (catalog) => reread(catalog).items,
        lineOf: (catalog, path) => {
          const { items, text } = reread(catalog);
          return locatorFor(text, items.length).rangeOf(path).line;
        },
        report: ({ catalog, item, ...r }) => {
          const p = this.pending(catalog.file, rule.id, r);
          // Headers carry no items: the rule names its item, for files whose model is not at hand (workers, cache).
          if (p && item) Object.assign(p, { ...(item.id ? { itemId: item.id } : {}), ...(item.name ? { itemName: item.name } : {}), ...(item.category ? { itemCategory: item.category } : {}) });
          if (p) byFile.set(catalog.file, [...(byFile.get(catalog.file) ?? []), p]);
        },
      });
    }
    return byFile;
  }
}

/** A checked file again, by its path as reported: its text, and its items when they were kept. */
export interface CorpusSources {
  text(file: string): string;
  items?(file: string): readonly Item[] | undefined;
}

/** Adds cross-file findings to the files they belong to, positioned from each file's text. */
export function addCorpusFindings(files: readonly CheckedFile[], corpus: Map<string, Unlocated[]>, texts: (file: CheckedFile) => string): void {
  for (const file of files) {
    const found = corpus.get(file.path);
    if (!found) continue;
    file.findings = [...file.findings, ...locate({ ...file, text: texts(file) }, found)].sort(compareFindings);
  }
}

export function checkSources(sources: readonly Source[], options: CheckOptions): CheckResult {
  const checker = new Checker(options);
  const files = sources.map((s) => checker.checkFile(s));
  const catalogs = files.flatMap((f) => (f.catalog ? [f.catalog] : []));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const again: CorpusSources = { text: (path) => byPath.get(path)?.text ?? "", items: (path) => byPath.get(path)?.catalog?.items };
  addCorpusFindings(files, checker.checkCorpus(catalogs, again), (f) => f.text);
  checker.applySuppressions(files);
  return { files, catalogs };
}

/**
 * Keeps the first of each once-per-run finding, in file order, counting the places it stands for. The
 * kept finding is a copy: the findings given may be kept elsewhere (the cache's per-file results).
 */
function oncePerRun(files: readonly CheckedFile[], rules: ReadonlySet<string>): void {
  const first = new Map<string, Finding>();
  for (const file of files) {
    file.findings = file.findings.flatMap((f) => {
      if (!rules.has(f.rule)) return [f];
      const key = JSON.stringify([f.rule, f.messageId, f.data]);
      const seen = first.get(key);
      if (seen) {
        seen.data.places = Number(seen.data.places) + 1;
        return [];
      }
      const kept = { ...withoutMessage(f), data: { ...f.data, places: 1 } };
      first.set(key, kept);
      return [kept];
    });
  }
}

function definedData(data: Data | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data ?? {})) if (value !== undefined) out[key] = value;
  return out;
}

function yamlReport(problem: YamlProblem): Report<string> {
  const data: Data = { detail: problem.detail, key: problem.key, opener: problem.opener, closer: problem.closer };
  const messageId = problem.kind === "yaml-duplicate-key" ? "duplicate" : problem.kind === "yaml-alias" ? "aliases" : (problem.reason ?? "syntax");
  return { messageId, data };
}
/** The values of the parsed data holding control characters, with the characters each holds. */
function controlsAt(data: unknown, path: SourcePath = []): [SourcePath, string[]][] {
  if (typeof data === "string") return hasControls(data) ? [[path, controlsIn(data)]] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => controlsAt(v, [...path, i]));
  if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => controlsAt(v, [...path, k]));
  return [];
}

function unreadableReport(source: Source): Report<string> {
  if (source.folder) return { messageId: "folder", data: { detail: source.readError! } };
  if (source.readError === "ENOTREG") return { messageId: "notRegular" };
  if (source.readError === "EFBIG") return { messageId: "tooLarge", data: { size: Math.ceil(source.size! / 1024 / 1024), limit: source.limit! } };
  return { messageId: "unreadable", data: { detail: source.readError! } };
}
