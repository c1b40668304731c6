/**
 * The report's content as plain sections, paragraphs and tables of text, which the page (html.ts) and
 * the Word file (docx.ts) both print, so the two always hold the same figures. Charts come on top of this
 * in the page only.
 */
import { interpolate } from "../../i18n.js";
import type { Figures, Move, ReportData } from "../../model/monitor.js";
import { change, severityWord, type ReportWords } from "./text.js";
import type { ReportView } from "./view.js";

export interface Cell {
  text: string;
  /** the row's heading cell (th scope=row). */
  head?: boolean;
  number?: boolean;
  /** a rule id or commit: code, not words. */
  code?: boolean;
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export type SectionId = "summary" | "coverage" | "elements" | "overdue" | "findings" | "since" | "history";

export interface Section {
  id: SectionId;
  heading: string;
  paragraphs: string[];
  /** a short explanation, printed smaller. */
  notes: string[];
  tables: ReportTable[];
}

const head = (text: string, code = false): Cell => ({ text, head: true, ...(code ? { code: true } : {}) });
const num = (value: number | string): Cell => ({ text: String(value), number: true });
const text = (value: string): Cell => ({ text: value });

export const moveText = (move: Move, t: ReportWords): string => {
  const side = (v: number | null) => (v === null ? "—" : String(v));
  return interpolate(t.paren, { text: `${side(move.before)} → ${side(move.after)}`, note: change(move.before, move.after, t) });
};

function summary(data: ReportData, view: ReportView): Section {
  const { t } = view;
  const unplaced = data.current.unplaced.files;
  return {
    id: "summary",
    heading: t.summary,
    paragraphs: [view.summaryText(data.current.totals)],
    notes: unplaced.length ? [interpolate(t.unplaced, { n: unplaced.length, files: unplaced.join(t.listSeparator) })] : [],
    tables: [],
  };
}

function coverage(figures: Figures, view: ReportView): Section {
  const { t } = view;
  // Villages compile no pilot domains' catalogs: they have no row here.
  const compiling = figures.jurisdictions.filter((j) => j.pilot.total > 0);
  const total = compiling[0]?.pilot.total ?? 0;
  const rows = compiling.map((j) => [text(j.code), head(j.name), text(view.level(j.level)), num(j.catalogs), num(`${j.pilot.present}/${j.pilot.total}`), text(j.pilot.missing.join(t.listSeparator) || t.none)]);
  return { id: "coverage", heading: t.coverage, paragraphs: [], notes: [], tables: [{ caption: interpolate(t.coverageCaption, { total }), columns: [t.code, t.jurisdiction, t.level, t.catalogs, t.pilot, t.missingDomains], rows }] };
}

function elements(figures: Figures, view: ReportView): Section {
  const { t } = view;
  const rows = figures.jurisdictions.map((j) => [head(j.name), num(j.items), num(j.elements.items), text(Object.entries(j.elements.byElement).map(([key, n]) => view.counted(view.element(key), n)).join(t.listSeparator) || t.none)]);
  return { id: "elements", heading: t.elements, paragraphs: [], notes: [], tables: [{ caption: t.elementsCaption, columns: [t.jurisdiction, t.items, t.itemsMissing, t.byElement], rows }] };
}

function overdue(figures: Figures, view: ReportView): Section {
  const { t } = view;
  const late = figures.jurisdictions.flatMap((j) => j.overdue.map((r) => [head(j.name), text(r.domain), text(r.file), text(r.dated ?? ""), text(r.from === "issued" ? t.fromIssued : t.fromRevision), text(r.due ?? ""), num(r.daysOverdue)]));
  const undated = figures.jurisdictions.flatMap((j) => j.undated.map((file) => [head(j.name), text(file)]));
  return {
    id: "overdue",
    heading: t.overdue,
    paragraphs: late.length ? [] : [t.overdueNone],
    notes: [interpolate(t.overdueNote, { n: figures.periodMonths })],
    tables: [
      ...(late.length ? [{ caption: interpolate(t.overdueCaption, { n: late.length }), columns: [t.jurisdiction, t.domain, t.file, t.dated, t.from, t.due, t.daysOverdue], rows: late }] : []),
      ...(undated.length ? [{ caption: interpolate(t.undatedCaption, { n: undated.length }), columns: [t.jurisdiction, t.file], rows: undated }] : []),
    ],
  };
}

function findings(figures: Figures, view: ReportView): Section {
  const { t } = view;
  const byJurisdiction = figures.jurisdictions.map((j) => [head(j.name), num(j.findings.error), num(j.findings.warning), num(j.findings.info)]);
  const byRule = figures.rules.map((r) => [head(r.rule, true), text(view.rule(r.rule)), text(severityWord(t, r.severity)), num(r.count)]);
  return {
    id: "findings",
    heading: t.findings,
    paragraphs: byRule.length ? [] : [t.rulesNone],
    notes: [],
    tables: [
      { caption: t.findingsCaption, columns: [t.jurisdiction, t.errors, t.warnings, t.infos], rows: byJurisdiction },
      ...(byRule.length ? [{ caption: t.rulesCaption, columns: [t.rule, t.description, t.severity, t.count], rows: byRule }] : []),
    ],
  };
}

function since(data: ReportData, view: ReportView): Section | undefined {
  if (!data.since) return undefined;
  const { t } = view;
  const m = data.since.movement;
  const names: Record<keyof typeof m.totals, string> = {
    jurisdictions: t.jurisdictions,
    catalogs: t.catalogs,
    items: t.items,
    pilotPresent: t.pilot,
    itemsMissingElements: t.itemsMissing,
    overdue: t.overdueCount,
    errors: t.errors,
    warnings: t.warnings,
    infos: t.infos,
  };
  const totals = (Object.keys(names) as (keyof typeof m.totals)[]).map((k) => [head(names[k]), num(m.totals[k].before ?? 0), num(m.totals[k].after ?? 0), num(change(m.totals[k].before, m.totals[k].after, t))]);
  const jurisdictions = m.jurisdictions.map((j) => [
    head(j.status === "kept" ? j.name : interpolate(t.paren, { text: j.name, note: j.status === "added" ? t.added : t.removed })),
    ...[j.pilotPresent, j.itemsMissingElements, j.overdue, j.errors, j.warnings].map((move) => num(moveText(move, t))),
  ]);
  const rules = m.rules.map((r) => [head(r.rule, true), text(view.rule(r.rule)), num(r.before), num(r.after), num(change(r.before, r.after, t))]);
  const before = `${data.since.revision} ${data.since.date}`;
  return {
    id: "since",
    heading: t.movement,
    paragraphs: [interpolate(t.sinceText, { revision: data.since.revision, date: data.since.date })],
    notes: [],
    tables: [
      { caption: t.movementTotals, columns: [t.figure, t.before, t.after, t.change], rows: totals },
      { caption: interpolate(t.movementCaption, { before, after: data.asOf }), columns: [t.jurisdiction, t.pilot, t.itemsMissing, t.overdueCount, t.errors, t.warnings], rows: jurisdictions },
      ...(rules.length ? [{ caption: t.movementRules, columns: [t.rule, t.description, t.before, t.after, t.change], rows: rules }] : []),
    ],
  };
}

function history(data: ReportData, view: ReportView): Section | undefined {
  if (!data.history.length) return undefined;
  const { t } = view;
  const rows = data.history.map((p) => [head(p.commit, true), text(p.date), num(p.totals.findings.error), num(p.totals.findings.warning), num(p.totals.itemsMissingElements), num(p.totals.overdue), num(`${p.totals.pilotPresent}/${p.totals.pilotPossible}`)]);
  return { id: "history", heading: t.history, paragraphs: [], notes: [], tables: [{ caption: interpolate(t.historyCaption, { n: data.history.length }), columns: [t.commit, t.date, t.errors, t.warnings, t.itemsMissing, t.overdueCount, t.pilot], rows }] };
}

export function reportSections(data: ReportData, view: ReportView): Section[] {
  return [summary(data, view), coverage(data.current, view), elements(data.current, view), overdue(data.current, view), findings(data.current, view), since(data, view), history(data, view)].filter((s): s is Section => s !== undefined);
}

/** The facts printed under the title: the report's date, the period and the revision compared with. */
export function reportFacts(data: ReportData, view: ReportView): [string, string][] {
  const { t } = view;
  return [
    [t.asOf, data.asOf],
    [t.period, interpolate(t.periodValue, { n: data.periodMonths })],
    ...(data.since ? [[t.since, interpolate(t.sinceValue, { revision: data.since.revision, commit: data.since.commit, date: data.since.date })] as [string, string]] : []),
  ];
}

export const reportTitle = (data: ReportData, view: ReportView): string => interpolate(view.t.paren, { text: view.t.title, note: data.asOf });
