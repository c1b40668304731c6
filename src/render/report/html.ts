/**
 * The monitoring report as one self-contained page in the site's style (templates/html/style.css, with
 * the report's own rules after it): inline CSS allowed by its hash, no script, charts as inline SVG
 * (svg.ts) each followed by a table of its figures, and a print stylesheet (A4 portrait, no site header).
 */
import { interpolate } from "../../i18n.js";
import type { Figures, HistoryPoint, JurisdictionFigures, ReportData } from "../../model/monitor.js";
import { fill, h, type Html } from "../html/markup.js";
import { sha256 } from "../html/pages.js";
import { reportFacts, reportSections, reportTitle, type Cell, type ReportTable, type Section, type SectionId } from "./sections.js";
import { barChart, lineChart, type LineSeries, type SeriesStyle } from "./svg.js";
import type { ReportWords } from "./text.js";
import type { ReportView } from "./view.js";

const reportStyle = `
.report .lead { max-width: 60rem; }
.report figure { margin: 1rem 0; overflow-x: auto; }
.report figure svg { width: 100%; max-width: 60rem; height: auto; display: block; }
.report figcaption { font-weight: bold; margin: 0 0 .25rem; }
.report table.list { margin: .5rem 0 1.5rem; max-width: 72rem; }
.report thead th, .report tbody th { word-break: keep-all; }
.report td.number { white-space: nowrap; }
.report table.list th[scope="row"] { font-weight: normal; }
.report .note { color: var(--muted); font-size: .9rem; max-width: 60rem; }
html:lang(en) .meta dt::after { content: ":"; }
@media print {
  @page { size: A4 portrait; margin: 15mm 12mm; }
  .report figure { overflow: visible; break-inside: avoid; }
  .report table.list { break-inside: auto; }
  .report tr, .report h2 { break-inside: avoid; }
  .report h2 { break-after: avoid; }
}
`;

/** Inks with at least 4.5:1 contrast on white, told apart by pattern as well. */
const inks = { accent: "#0b4f8a", error: "#9b1c1c", warning: "#7a4f00", info: "#4a4a4a", other: "#2f6b2f" } as const;

function tableHtml(t: ReportTable): Html {
  const cell = (c: Cell) => {
    const content = c.code ? h("code", {}, c.text) : c.text;
    return c.head ? h("th", { scope: "row" }, content) : h("td", c.number ? { class: "number" } : {}, content);
  };
  return h(
    "table",
    { class: "list" },
    h("caption", {}, t.caption),
    h("thead", {}, h("tr", {}, t.columns.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, t.rows.map((row) => h("tr", {}, row.map(cell)))),
  );
}

function coverageChart(figures: Figures, view: ReportView): Html | null {
  const { t } = view;
  // Villages compile no pilot domains' catalogs: they have no place on this chart.
  const compiling = figures.jurisdictions.filter((j) => j.pilot.total > 0);
  const total = compiling[0]?.pilot.total ?? 0;
  if (!compiling.length) return null;
  return barChart(
    { id: "chart-coverage", title: interpolate(t.coverageCaption, { total }), description: t.coverageChart },
    [{ label: t.pilot, color: inks.accent, fill: "solid" }],
    compiling.map((j) => ({ label: j.name, values: [j.pilot.present], note: `${j.pilot.present}/${j.pilot.total}` })),
    total,
  );
}

const severityStyles = (t: ReportWords): SeriesStyle[] => [
  { label: t.errors, color: inks.error, fill: "solid" },
  { label: t.warnings, color: inks.warning, fill: "hatch" },
  { label: t.infos, color: inks.info, fill: "dots" },
];

function findingsChart(figures: Figures, view: ReportView): Html | null {
  const { t } = view;
  const counts = (j: JurisdictionFigures) => [j.findings.error, j.findings.warning, j.findings.info];
  const largest = Math.max(0, ...figures.jurisdictions.map((j) => counts(j).reduce((a, b) => a + b, 0)));
  if (!largest) return null;
  return barChart(
    { id: "chart-findings", title: t.findingsCaption, description: t.findingsChart },
    severityStyles(t),
    figures.jurisdictions.map((j) => ({ label: j.name, values: counts(j), note: `${t.errors} ${j.findings.error} · ${t.warnings} ${j.findings.warning} · ${t.infos} ${j.findings.info}` })),
    largest,
  );
}

/** The history's series: what a monitoring office follows over time. */
function historySeries(history: readonly HistoryPoint[], t: ReportWords): LineSeries[] {
  return [
    { label: t.errors, color: inks.error, marker: "square", dash: "", values: history.map((p) => p.totals.findings.error) },
    { label: t.warnings, color: inks.warning, marker: "triangle", dash: "6 3", values: history.map((p) => p.totals.findings.warning) },
    { label: t.itemsMissing, color: inks.accent, marker: "circle", dash: "2 3", values: history.map((p) => p.totals.itemsMissingElements) },
    { label: t.overdueCount, color: inks.other, marker: "diamond", dash: "8 3 2 3", values: history.map((p) => p.totals.overdue) },
  ];
}

function historyChart(data: ReportData, view: ReportView): Html | null {
  if (!data.history.length) return null;
  const { t } = view;
  const caption = interpolate(t.historyCaption, { n: data.history.length });
  return lineChart({ id: "chart-history", title: caption, description: t.historyChart }, historySeries(data.history, t), data.history.map((p) => [p.date, p.commit]));
}

/** Each section's chart, placed before its tables. */
const charts: Partial<Record<SectionId, (data: ReportData, view: ReportView) => Html | null>> = {
  coverage: (data, view) => coverageChart(data.current, view),
  findings: (data, view) => findingsChart(data.current, view),
  history: historyChart,
};

function sectionHtml(section: Section, data: ReportData, view: ReportView): Html {
  const chart = charts[section.id]?.(data, view);
  return h(
    "section",
    { "aria-labelledby": section.id },
    h("h2", { id: section.id }, section.heading),
    section.notes.map((n) => h("p", { class: "note" }, n)),
    section.paragraphs.map((p) => h("p", { class: "lead" }, p)),
    chart ? h("figure", {}, chart) : null,
    section.tables.map(tableHtml),
  );
}

export interface HtmlShell {
  /** the site's stylesheet (templates/html/style.css) and its header and footer templates. */
  style: string;
  header: string;
  footer: string;
}

export function reportHtml(data: ReportData, view: ReportView, shell: HtmlShell): string {
  const { t } = view;
  const style = shell.style + reportStyle;
  const csp = ["default-src 'none'", `style-src ${sha256(style)}`, "script-src 'none'", "img-src 'none'", "base-uri 'none'", "form-action 'none'"].join("; ");
  const title = reportTitle(data, view);
  const content = h(
    "main",
    { id: "main", class: "report" },
    h("h1", {}, title),
    h("dl", { class: "meta" }, reportFacts(data, view).map(([dt, dd]) => h("div", {}, h("dt", {}, dt), h("dd", {}, dd)))),
    reportSections(data, view).map((section) => sectionHtml(section, data, view)),
  );
  return [
    "<!DOCTYPE html>",
    `<html lang="${t.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="generator" content="catalog">',
    h("title", {}, title).html,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    h("a", { class: "skip", href: "#main" }, t.skip).html,
    // Template text is trusted (the site's own); the breadcrumb has no place on a single page.
    fill(shell.header, { site: t.site, title, breadcrumb: "" }),
    content.html,
    fill(shell.footer, { generated: t.generated, title }),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
