/**
 * The monitoring figures (月报告、季通报、年考核) of a set of checked files, per jurisdiction: pilot-domain
 * coverage, items missing elements, overdue revisions and findings by rule; and how two sets of figures
 * moved. Pure: the checked headers and findings in, plain data out (report.json is this data).
 */
import type { Finding, Severity } from "../report/finding.js";
import { coverageKey, isDomainCatalog, pilotCoverage } from "./coverage.js";
import type { Registries } from "./registries.js";
import type { CatalogHeader } from "./types.js";

/** One checked file: its display path, its item count and its findings (any severity). */
export interface MonitoredFile {
  path: string;
  items: number;
  findings: readonly Pick<Finding, "rule" | "severity" | "itemIndex" | "path" | "data">[];
}

export type SeverityCounts = Record<Severity, number>;

/** How a catalog's last revision is dated, and whether it is overdue. */
export interface RevisionDate {
  file: string;
  domain: string;
  /** the date the revision is taken to be of (YYYY-MM-DD); absent: undated. */
  dated?: string;
  /** where `dated` comes from: `issued`, or the year (and month) written in `revision`. */
  from?: "issued" | "revision";
  /** `dated` plus the period. */
  due?: string;
  /** days past `due` on the report's date; 0 when not overdue. */
  daysOverdue: number;
}

export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
}

export interface JurisdictionFigures {
  key: string;
  code: string;
  name: string;
  level: string;
  /** domain catalogs (kind catalog) and their items. */
  catalogs: number;
  items: number;
  pilot: { present: number; total: number; missing: string[] };
  /** items of domain catalogs with an element-missing or element-empty finding; `byElement`: findings per element key. */
  elements: { items: number; byElement: Record<string, number> };
  /** domain catalogs not revised within the period, and those without any date to judge by. */
  overdue: RevisionDate[];
  undated: string[];
  /** findings in every file of the jurisdiction (any kind). */
  findings: SeverityCounts;
  rules: RuleCount[];
}

export interface Totals {
  jurisdictions: number;
  catalogs: number;
  items: number;
  pilotPresent: number;
  /** pilot domains × jurisdictions. */
  pilotPossible: number;
  itemsMissingElements: number;
  overdue: number;
  undated: number;
  findings: SeverityCounts;
}

export interface Figures {
  /** the report's date (YYYY-MM-DD), against which revisions are overdue. */
  asOf: string;
  periodMonths: number;
  totals: Totals;
  jurisdictions: JurisdictionFigures[];
  /** findings by rule over every file. */
  rules: RuleCount[];
  /** files that name no jurisdiction (unreadable, unparsable): their findings count in `rules` and `totals` only. */
  unplaced: { files: string[]; findings: SeverityCounts };
}

export interface MonitorOptions {
  asOf: string;
  periodMonths: number;
}

/** The rules whose findings mean an item lacks one of its elements. */
const elementRules = new Set(["element-missing", "element-empty"]);

const noFindings = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** `date` (YYYY-MM-DD) plus `months`, the day clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))));
}

const validDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * The date a catalog's revision is of: `issued` (an ISO date), else the year and month its `revision`
 * label names (`2021年第2版`, `2023年5月修订`), taken at the end of that year or month: a label says no more,
 * and the later date never calls a catalog overdue that might not be.
 */
export function revisionDate(catalog: Pick<CatalogHeader, "issued" | "revision">): { dated: string; from: "issued" | "revision" } | undefined {
  const issued = /^(\d{4})-(\d{2})-(\d{2})$/.exec(catalog.issued ?? "");
  if (issued && validDate(Number(issued[1]), Number(issued[2]), Number(issued[3]))) return { dated: catalog.issued!, from: "issued" };
  const label = /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/.exec(catalog.revision ?? "");
  if (!label) return undefined;
  const year = Number(label[1]);
  const month = label[2] && Number(label[2]) >= 1 && Number(label[2]) <= 12 ? Number(label[2]) : 12;
  return { dated: isoDate(new Date(Date.UTC(year, month, 0))), from: "revision" };
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function revisionOf(catalog: CatalogHeader, options: MonitorOptions): RevisionDate {
  const date = revisionDate(catalog);
  if (!date) return { file: catalog.file, domain: catalog.domain, daysOverdue: 0 };
  const due = addMonths(date.dated, options.periodMonths);
  return { file: catalog.file, domain: catalog.domain, ...date, due, daysOverdue: Math.max(0, days(due, options.asOf)) };
}

function countRules(findings: readonly MonitoredFile["findings"][number][]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}`;
    const entry = counts.get(key) ?? { rule: f.rule, severity: f.severity, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => byCodePoint(a.rule, b.rule) || byCodePoint(a.severity, b.severity));
}

function severities(findings: readonly MonitoredFile["findings"][number][]): SeverityCounts {
  const counts = noFindings();
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The element a finding of an element rule is about: the missing key, or the key under the item. */
const elementOf = (f: MonitoredFile["findings"][number]) => String(f.data.key ?? (f.path.length > 2 ? f.path[2] : "row"));

/** The figures of one checked set of files. `headers`: the typed catalogs (any kind) of those files. */
export function monitorFigures(files: readonly MonitoredFile[], headers: readonly CatalogHeader[], registries: Registries, options: MonitorOptions): Figures {
  const coverage = new Map(pilotCoverage(headers, registries).map((c) => [c.key, c]));
  const headerOf = new Map(headers.map((h) => [h.file, h]));
  const pilotTotal = registries.domains.filter((d) => d.pilot).length;
  const groups = new Map<string, { header: CatalogHeader; files: MonitoredFile[] }>();
  const unplaced: MonitoredFile[] = [];
  for (const file of [...files].sort((a, b) => byCodePoint(a.path, b.path))) {
    const header = headerOf.get(file.path);
    const key = header ? coverageKey(header) : "";
    if (!header || !key) {
      unplaced.push(file);
      continue;
    }
    const group = groups.get(key) ?? { header, files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  const jurisdictions = [...groups]
    .map(([key, { header, files: own }]): JurisdictionFigures => {
      const covered = coverage.get(key);
      // Only domain catalogs count as catalogs; a jurisdiction with none covers no pilot domain.
      const domainFiles = own.filter((f) => isDomainCatalog(headerOf.get(f.path)!));
      const elementFindings = domainFiles.flatMap((f) => f.findings.filter((x) => elementRules.has(x.rule) && x.itemIndex !== undefined).map((x) => ({ file: f.path, finding: x })));
      const byElement: Record<string, number> = {};
      for (const { finding } of elementFindings) byElement[elementOf(finding)] = (byElement[elementOf(finding)] ?? 0) + 1;
      const revisions = domainFiles.map((f) => revisionOf(headerOf.get(f.path)!, options));
      const findings = own.flatMap((f) => f.findings);
      const { jurisdiction } = covered?.catalogs[0] ?? header;
      const village = own.every((f) => headerOf.get(f.path)!.kind === "village-list");
      return {
        key,
        code: jurisdiction.code,
        name: jurisdiction.zone ?? jurisdiction.name,
        level: jurisdiction.level.canonical ?? jurisdiction.level.raw,
        catalogs: domainFiles.length,
        items: domainFiles.reduce((n, f) => n + f.items, 0),
        // The pilot domains are a county's and a township's to compile; a village has only its village lists.
        pilot: village ? { present: 0, total: 0, missing: [] } : { present: covered?.present.length ?? 0, total: pilotTotal, missing: covered?.missing ?? registries.domains.filter((d) => d.pilot).map((d) => d.name) },
        elements: { items: new Set(elementFindings.map(({ file, finding }) => `${file}\u0000${finding.itemIndex}`)).size, byElement: Object.fromEntries(Object.entries(byElement).sort(([a], [b]) => byCodePoint(a, b))) },
        overdue: revisions.filter((r) => r.daysOverdue > 0),
        undated: revisions.filter((r) => !r.dated).map((r) => r.file),
        findings: severities(findings),
        rules: countRules(findings),
      };
    })
    .sort((a, b) => byCodePoint(a.code, b.code) || byCodePoint(a.name, b.name));
  const all = files.flatMap((f) => f.findings);
  const sum = (of: (j: JurisdictionFigures) => number) => jurisdictions.reduce((n, j) => n + of(j), 0);
  return {
    asOf: options.asOf,
    periodMonths: options.periodMonths,
    totals: {
      jurisdictions: jurisdictions.length,
      catalogs: sum((j) => j.catalogs),
      items: sum((j) => j.items),
      pilotPresent: sum((j) => j.pilot.present),
      pilotPossible: sum((j) => j.pilot.total),
      itemsMissingElements: sum((j) => j.elements.items),
      overdue: sum((j) => j.overdue.length),
      undated: sum((j) => j.undated.length),
      findings: severities(all),
    },
    jurisdictions,
    rules: countRules(all),
    unplaced: { files: unplaced.map((f) => f.path), findings: severities(unplaced.flatMap((f) => f.findings)) },
  };
}

/** A figure then and now; `before` is null for a jurisdiction the earlier figures do not have (and `after` for one gone). */
export interface Move {
  before: number | null;
  after: number | null;
}

export interface JurisdictionMove {
  key: string;
  code: string;
  name: string;
  status: "added" | "removed" | "kept";
  pilotPresent: Move;
  itemsMissingElements: Move;
  overdue: Move;
  errors: Move;
  warnings: Move;
}

export interface Movement {
  totals: Record<"jurisdictions" | "catalogs" | "items" | "pilotPresent" | "itemsMissingElements" | "overdue" | "errors" | "warnings" | "infos", Move>;
  jurisdictions: JurisdictionMove[];
  /** every rule with findings on either side. */
  rules: { rule: string; before: number; after: number }[];
}

const figuresOf = (j: JurisdictionFigures | undefined) => ({
  pilotPresent: j ? j.pilot.present : null,
  itemsMissingElements: j ? j.elements.items : null,
  overdue: j ? j.overdue.length : null,
  errors: j ? j.findings.error : null,
  warnings: j ? j.findings.warning : null,
});

const flatTotals = (t: Totals) => ({
  jurisdictions: t.jurisdictions,
  catalogs: t.catalogs,
  items: t.items,
  pilotPresent: t.pilotPresent,
  itemsMissingElements: t.itemsMissingElements,
  overdue: t.overdue,
  errors: t.findings.error,
  warnings: t.findings.warning,
  infos: t.findings.info,
});

/** How the figures moved from `before` to `after`. */
export function movement(before: Figures, after: Figures): Movement {
  const old = new Map(before.jurisdictions.map((j) => [j.key, j]));
  const now = new Map(after.jurisdictions.map((j) => [j.key, j]));
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  const jurisdictions = keys
    .map((key): JurisdictionMove => {
      const [b, a] = [old.get(key), now.get(key)];
      const { code, name } = (a ?? b)!;
      const [fb, fa] = [figuresOf(b), figuresOf(a)];
      const move = (k: keyof typeof fb): Move => ({ before: fb[k], after: fa[k] });
      return {
        key,
        code,
        name,
        status: !b ? "added" : !a ? "removed" : "kept",
        pilotPresent: move("pilotPresent"),
        itemsMissingElements: move("itemsMissingElements"),
        overdue: move("overdue"),
        errors: move("errors"),
        warnings: move("warnings"),
      };
    })
    .sort((x, y) => byCodePoint(x.code, y.code) || byCodePoint(x.name, y.name));
  const [tb, ta] = [flatTotals(before.totals), flatTotals(after.totals)];
  const totals = Object.fromEntries(Object.keys(ta).map((k) => [k, { before: tb[k as keyof typeof tb], after: ta[k as keyof typeof ta] }])) as Movement["totals"];
  const ruleTotals = (figures: Figures) => {
    const m = new Map<string, number>();
    for (const r of figures.rules) m.set(r.rule, (m.get(r.rule) ?? 0) + r.count);
    return m;
  };
  const [rb, ra] = [ruleTotals(before), ruleTotals(after)];
  const rules = [...new Set([...rb.keys(), ...ra.keys()])].sort(byCodePoint).map((rule) => ({ rule, before: rb.get(rule) ?? 0, after: ra.get(rule) ?? 0 }));
  return { totals, jurisdictions, rules };
}

/** One point of the history series: a commit's totals. */
export interface HistoryPoint {
  /** the commit, abbreviated to 7 characters. */
  commit: string;
  /** its committer date (YYYY-MM-DD, China Standard Time), the date its figures are judged as of. */
  date: string;
  totals: Totals;
}

/** report.json: the monitoring report's figures (docs/report.md). */
export interface ReportData {
  version: 1;
  asOf: string;
  periodMonths: number;
  current: Figures;
  /** with --since: the same figures at that revision, as of its commit date, and how they moved. */
  since?: { revision: string; commit: string; date: string; figures: Figures; movement: Movement };
  /** the last commits that changed the catalogs, oldest first; empty when not asked for. */
  history: HistoryPoint[];
}

/** A time (seconds since the epoch) as a date in China Standard Time, the catalogs' own time zone. */
export const chinaDate = (seconds: number): string => isoDate(new Date((seconds + 8 * 3600) * 1000));
