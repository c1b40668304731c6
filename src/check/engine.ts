/**
 * The checking pipeline for a set of sources: decode → parse → schema → model → item and catalog rules
 * → cross-file rules → positions. One bad file never stops the others. Pure: sources come in as bytes,
 * findings go out as data; reading files and printing are the caller's business.
 */
import { decode } from "../load/decode.js";
import { parseWithPositions, parseYaml, type ParsedDocument, type YamlProblem } from "../load/parse.js";
import { offsetsToRange, rangeOf, type Range, type Target } from "../load/positions.js";
import { Normaliser } from "../model/normalise.js";
import type { Registries } from "../model/registries.js";
import type { Catalog, SourcePath } from "../model/types.js";
import { compareFindings, type Finding, type Severity } from "../report/finding.js";
import type { CatalogRule, CorpusRule, Data, ItemRule, Report, Rule, SchemaContext, SchemaRule } from "./define-rule.js";
import { rules as allRules } from "./rules/index.js";
import { catalogSchema } from "./schema.js";

export interface Source {
  /** as reported: relative to the working directory, `/` separators. */
  path: string;
  bytes: Uint8Array;
  /** set instead of usable bytes when the file could not be read. */
  readError?: string;
}

export type SeverityOverrides = ReadonlyMap<string, Severity | "off">;

export interface CheckOptions {
  registries: Registries;
  severities?: SeverityOverrides;
  /** rules to run instead of the shipped set (tests). */
  rules?: readonly Rule[];
}

export interface CheckedFile {
  path: string;
  items: number;
  catalog?: Catalog;
  findings: Finding[];
  /** the decoded text, for suppression comments and positions. */
  text: string;
}

export interface CheckResult {
  files: CheckedFile[];
  catalogs: Catalog[];
}

type Pending = Omit<Finding, "range" | "path" | "target"> & { path: SourcePath; target: Target; range?: Range };

interface FileState {
  file: CheckedFile;
  parsed?: ParsedDocument;
  pending: Pending[];
}

export function checkSources(sources: readonly Source[], options: CheckOptions): CheckResult {
  const schema = catalogSchema();
  const rules = options.rules ?? allRules;
  const severityOf = (rule: Rule): Severity | "off" => options.severities?.get(rule.id) ?? rule.severity;
  const active = rules.filter((r) => severityOf(r) !== "off");
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const schemaRules = active.filter((r): r is SchemaRule => r.scope === "schema").sort((a, b) => a.priority - b.priority);
  const itemRules = active.filter((r): r is ItemRule => r.scope === "item");
  const catalogRules = active.filter((r): r is CatalogRule => r.scope === "catalog");
  const corpusRules = active.filter((r): r is CorpusRule => r.scope === "corpus");
  const normaliser = new Normaliser(options.registries);
  const states = new Map<string, FileState>();
  const catalogs: Catalog[] = [];

  const add = (state: FileState, ruleId: string, report: Report<string>, base: SourcePath = [], range?: Range) => {
    const rule = ruleById.get(ruleId);
    if (!rule) throw new Error(`unknown rule ${ruleId}`);
    const severity = severityOf(rule);
    if (severity === "off") return;
    state.pending.push({
      file: state.file.path,
      rule: ruleId,
      severity,
      messageId: report.messageId,
      data: definedData(report.data),
      path: [...base, ...(report.path ?? [])],
      target: report.target ?? "value",
      ...(range ? { range } : {}),
    });
  };

  for (const source of sources) {
    const decoded = decode(source.bytes);
    const file: CheckedFile = { path: source.path, items: 0, findings: [], text: decoded.text };
    const state: FileState = { file, pending: [] };
    states.set(source.path, state);
    if (source.readError !== undefined) {
      add(state, "file-unreadable", { messageId: "unreadable", data: { detail: source.readError } }, [], { line: 1, column: 1, endLine: 1, endColumn: 1 });
      continue;
    }
    if (decoded.encoding !== "utf-8") {
      add(state, "encoding-not-utf8", { messageId: "transcoded", data: { encoding: decoded.encoding.toUpperCase() } }, [], {
        line: 1, column: 1, endLine: 1, endColumn: 1,
      });
    }
    const parsed = parseYaml(decoded.text);
    if (parsed.document) state.parsed = parsed.document;
    for (const problem of parsed.problems) reportYamlProblem(state, problem, add);
    if (parsed.fatal) continue;

    const schemaContext: SchemaContext = {
      registries: options.registries,
      allowedKeys: (path) => schema.allowedKeys(path),
    };
    const claimed = new Set<string>();
    for (const error of schema.check(parsed.data)) {
      for (const rule of schemaRules) {
        const report = rule.claim(error, schemaContext);
        if (!report) continue;
        const key = `${rule.id}\u0000${JSON.stringify([...error.path, ...(report.path ?? [])])}`;
        if (!claimed.has(key)) add(state, rule.id, report, error.path);
        claimed.add(key);
        break;
      }
    }
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) continue;

    const catalog = normaliser.catalog(source.path, parsed.data);
    file.catalog = catalog;
    file.items = catalog.items.length;
    catalogs.push(catalog);
    for (const rule of catalogRules) {
      rule.check(catalog, { registries: options.registries, report: (r) => add(state, rule.id, r) });
    }
    for (const item of catalog.items) {
      const base = ["items", item.index];
      for (const rule of itemRules) {
        rule.check(item, { catalog, registries: options.registries, report: (r) => add(state, rule.id, r, base) });
      }
    }
  }

  for (const rule of corpusRules) {
    rule.check(catalogs, {
      registries: options.registries,
      report: ({ catalog, ...r }) => add(states.get(catalog.file)!, rule.id, r),
    });
  }

  return { files: [...states.values()].map(resolve), catalogs };
}

function definedData(data: Data | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data ?? {})) if (value !== undefined) out[key] = value;
  return out;
}

function reportYamlProblem(
  state: FileState,
  problem: YamlProblem,
  add: (state: FileState, ruleId: string, report: Report<string>, base: SourcePath, range?: Range) => void,
): void {
  const parsed = (state.parsed ??= parseWithPositions(state.file.text));
  const range = offsetsToRange(parsed.lines, problem.start, problem.end);
  const data: Data = { detail: problem.detail, ...(problem.key ? { key: problem.key } : {}) };
  const messageId = problem.kind === "yaml-duplicate-key" ? "duplicate" : problem.kind === "yaml-alias" ? "aliases" : "syntax";
  add(state, problem.kind, { messageId, data }, [], range);
}

/** Positions are looked up only now, and only for files with findings: clean files never pay for the AST. */
function resolve(state: FileState): CheckedFile {
  const { file } = state;
  if (state.pending.length === 0) return file;
  const parsed = (state.parsed ??= parseWithPositions(file.text));
  const items = file.catalog?.items;
  file.findings = state.pending
    .map((p): Finding => {
      const itemIndex = p.path[0] === "items" && typeof p.path[1] === "number" ? p.path[1] : undefined;
      const item = itemIndex !== undefined ? items?.[itemIndex] : undefined;
      return {
        ...p,
        range: p.range ?? rangeOf(parsed, p.path, p.target),
        ...(itemIndex !== undefined ? { itemIndex } : {}),
        ...(item?.id ? { itemId: item.id } : {}),
        ...(item?.name ? { itemName: item.name } : {}),
        ...(item?.category ? { itemCategory: item.category } : {}),
      };
    })
    .sort(compareFindings);
  return file;
}
