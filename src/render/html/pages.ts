/**
 * The HTML pages: one standalone page per catalog, an index per jurisdiction and a site index, each
 * poured into the page template with inline CSS (and, on catalog pages, the filter script) allowed by
 * a Content-Security-Policy of their SHA-256 hashes, so the page loads nothing from anywhere.
 */
import { createHash } from "node:crypto";
import { interpolate } from "../../i18n.js";
import { labels } from "../labels.js";
import type { CatalogHeader } from "../../model/types.js";
import type { NegativeListTable } from "../negative-list.js";
import { villageName, type CatalogEntry, type Format, type JurisdictionEntry, type ListEntry, type SitePlan } from "../site.js";
import type { HtmlTemplates } from "../templates.js";
import { fill, fragment, h, href, Html } from "./markup.js";
import { tableHtml } from "./table.js";

export interface PageOptions {
  templates: HtmlTemplates;
  /** the formats being built: download links are offered for these. */
  formats: ReadonlySet<Format>;
  /** whether each jurisdiction's combined Word file is built (its combined CSV always is). */
  combinedDocx: boolean;
}

interface Crumb {
  label: string;
  href?: string;
}

/** A CSP source for an inline style or script: its SHA-256 hash. */
export const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function page(options: PageOptions, title: string, crumbs: readonly Crumb[], content: Html, withScript: boolean): string {
  const { templates } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(templates.style)}`,
    `script-src ${withScript ? sha256(templates.script) : "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const breadcrumb = h(
    "nav",
    { class: "breadcrumb", "aria-label": labels.breadcrumb },
    h("ol", {}, crumbs.map((c, i) => h("li", i === crumbs.length - 1 ? { "aria-current": "page" } : {}, c.href ? h("a", { href: href(c.href) }, c.label) : c.label))),
  );
  // Template text is trusted: it is the site's own (templates.ts).
  return fill(templates.page, {
    title,
    csp,
    style: new Html(`<style>${templates.style}</style>`),
    script: withScript ? new Html(`<script>${templates.script}</script>`) : "",
    header: new Html(fill(templates.header, { site: labels.siteTitle, title, breadcrumb })),
    footer: new Html(fill(templates.footer, { generated: labels.generated, title })),
    content,
  });
}

function downloadLinks(stem: string, options: PageOptions, title: string, docx = true): Html[] {
  const links: Html[] = [];
  if (options.formats.has("csv")) links.push(h("a", { href: href(`${stem}.csv`), download: `${title}.csv` }, labels.downloadCsv));
  if (docx && options.formats.has("docx")) links.push(h("a", { href: href(`${stem}.docx`), download: `${title}.docx` }, labels.downloadDocx));
  return links;
}

function downloads(label: string, stem: string, options: PageOptions, title: string, docx = true): Html | null {
  const links = downloadLinks(stem, options, title, docx);
  return links.length ? h("p", { class: "downloads" }, `${label}：`, links) : null;
}

function meta(pairs: readonly [string, string | number | undefined][]): Html {
  return h(
    "dl",
    { class: "meta" },
    pairs.filter(([, value]) => value !== undefined && value !== "").map(([term, value]) => h("div", {}, h("dt", {}, term), h("dd", {}, value))),
  );
}

export function catalogPage(entry: CatalogEntry, jurisdiction: JurisdictionEntry, options: PageOptions): string {
  const { table, catalog } = entry;
  const filter = h(
    "div",
    {
      class: "filter",
      id: "filter",
      hidden: true,
      "data-all": labels.filterAll,
      "data-found": labels.filterFound,
      "data-none": labels.filterNone,
    },
    h("label", { for: "q" }, labels.filterLabel),
    h("input", { id: "q", type: "search", autocomplete: "off", "aria-describedby": "filter-hint" }),
    h("span", { id: "filter-hint", class: "hint" }, labels.filterHint),
    h("span", { id: "filter-status", role: "status", "aria-live": "polite" }),
  );
  const content = fragment(
    h("h1", {}, table.title),
    fileMeta(catalog, [labels.itemCount, table.rowCount]),
    downloads(labels.downloads, entry.stem, options, table.title),
    filter,
    table.groups.some((g) => g.names.some((n) => n.rows.some((r) => r.channels.some((m) => !m.on)))) ? h("p", { class: "legend" }, labels.channelLegend) : null,
    h("div", { class: "wrap", tabindex: 0, role: "region", "aria-label": labels.tableRegion }, tableHtml(table, { fragment: false })),
  );
  const crumbs = [{ label: labels.home, href: "../index.html" }, { label: jurisdiction.name, href: "index.html" }, { label: catalog.village ? villageName(table.jurisdiction, jurisdiction.name) : table.domain }];
  return page(options, table.title, crumbs, content, true);
}

/** A published file's own facts: who compiled it, its revision and date, and how many rows it has. */
function fileMeta(catalog: CatalogHeader, count: [string, number]) {
  return meta([[labels.compiler, catalog.compiler], [labels.revision, catalog.revision], [labels.issued, catalog.issued], count]);
}

/** A non-disclosure list's page: the entries and the provision each rests on, in one table. */
export function negativeListPage(list: Extract<ListEntry, { kind: "negative-list" }>, jurisdiction: JurisdictionEntry, options: PageOptions): string {
  const { table, catalog } = list;
  const content = fragment(
    h("h1", {}, table.title),
    fileMeta(catalog, [labels.entryCount, table.rows.length]),
    downloads(labels.downloads, list.stem, options, table.title, false),
    h("div", { class: "wrap", tabindex: 0, role: "region", "aria-label": labels.tableRegion }, negativeListHtml(table)),
  );
  const crumbs = [{ label: labels.home, href: "../index.html" }, { label: jurisdiction.name, href: "index.html" }, { label: table.name }];
  return page(options, table.title, crumbs, content, false);
}

function negativeListHtml(table: NegativeListTable): Html {
  const cell = (row: NegativeListTable["rows"][number], key: NegativeListTable["columns"][number]["key"]) => {
    if (key === "seq") return h("td", { class: "number" }, row.seq);
    if (key === "name") return h("th", { scope: "row" }, row.name);
    return h("td", {}, key === "basis" ? row.basis.map((line, i) => [i ? h("br") : null, line]) : row[key]);
  };
  // Full width like a catalog's table (class "list" caps index tables at 60rem).
  return h(
    "table",
    { class: "entries" },
    h("caption", {}, interpolate(labels.caption, { title: table.title, items: table.rows.length })),
    h("thead", {}, h("tr", {}, table.columns.map((c) => h("th", { scope: "col" }, c.label)))),
    h("tbody", {}, table.rows.map((row) => h("tr", {}, table.columns.map((c) => cell(row, c.key))))),
  );
}

/** The section of a jurisdiction's index that links its supplementary catalogs and non-disclosure lists. */
function listsSection(jurisdiction: JurisdictionEntry, options: PageOptions): Html | null {
  if (!jurisdiction.lists.length) return null;
  const rows = jurisdiction.lists.map((list) => {
    const [stem, name, title, count] =
      list.kind === "supplementary" ? [list.entry.stem, list.entry.table.domain, list.entry.table.title, list.entry.table.rowCount] : [list.stem, list.table.name, list.table.title, list.table.rows.length];
    const issued = (list.kind === "supplementary" ? list.entry.catalog : list.catalog).issued ?? "";
    return h(
      "tr",
      {},
      h("th", {}, options.formats.has("html") ? h("a", { href: href(`${stem}.html`) }, name) : name),
      h("td", { class: "number" }, count),
      h("td", {}, issued),
      h("td", { class: "links" }, downloadLinks(stem, options, title, list.kind === "supplementary")),
    );
  });
  return fragment(
    h("h2", { id: "lists" }, labels.lists),
    h(
      "table",
      { class: "list", "aria-labelledby": "lists" },
      h("thead", {}, h("tr", {}, [labels.listName, labels.entryCount, labels.issued, labels.downloads].map((l) => h("th", { scope: "col" }, l)))),
      h("tbody", {}, rows),
    ),
  );
}

/** Just the table, for pasting into a CMS page: no script, no style, no page furniture. */
export function catalogFragment(entry: CatalogEntry): string {
  return `${tableHtml(entry.table, { fragment: true }).html}\n`;
}

export function jurisdictionPage(jurisdiction: JurisdictionEntry, plan: SitePlan, options: PageOptions): string {
  const title = interpolate(labels.jurisdictionTitle, { jurisdiction: jurisdiction.name });
  const { coverage } = jurisdiction;
  const rows = jurisdiction.catalogs.map((entry) =>
    h(
      "tr",
      {},
      h("th", {}, options.formats.has("html") ? h("a", { href: href(`${entry.stem}.html`) }, entry.summary.domain) : entry.summary.domain),
      h("td", { class: "number" }, entry.summary.rowCount),
      h("td", { class: "number" }, entry.summary.groupCount),
      h("td", {}, entry.catalog.issued ?? ""),
      h("td", { class: "links" }, downloadLinks(entry.stem, options, entry.summary.title)),
    ),
  );
  const domains = h(
    "table",
    { class: "list", "aria-labelledby": "domains" },
    h("thead", {}, h("tr", {}, [labels.domain, labels.itemCount, labels.categoryTotal, labels.issued, labels.downloads].map((l) => h("th", { scope: "col" }, l)))),
    h("tbody", {}, rows),
  );
  const combined = interpolate(labels.combined, { jurisdiction: jurisdiction.name });
  const content = fragment(
    h("h1", {}, title),
    meta([
      [labels.code, jurisdiction.code],
      [labels.levelName, jurisdiction.level],
      [labels.domainCount, jurisdiction.catalogs.length],
      [labels.itemCount, jurisdiction.catalogs.reduce((n, e) => n + e.summary.rowCount, 0)],
    ]),
    h("h2", { id: "domains" }, labels.domains),
    domains,
    downloads(labels.downloadAll, jurisdiction.combinedStem, options, combined, options.combinedDocx),
    villageList(jurisdiction, options),
    listsSection(jurisdiction, options),
    h("h2", { id: "coverage" }, labels.coverage),
    h("p", {}, interpolate(labels.coverageSummary, { total: plan.pilotTotal, present: coverage.present.length })),
    coverage.missing.length
      ? fragment(h("p", {}, labels.coverageMissing), h("ul", { class: "missing" }, coverage.missing.map((d) => h("li", {}, d))))
      : h("p", {}, labels.coverageComplete),
    coverage.others.length ? h("p", {}, labels.coverageOthers, coverage.others.join("、")) : null,
  );
  return page(options, title, [{ label: labels.home, href: "../index.html" }, { label: jurisdiction.name }], content, false);
}

/** A township's village lists, each linked to its page; nothing when it has none. */
function villageList(jurisdiction: JurisdictionEntry, options: PageOptions): Html | null {
  if (!jurisdiction.villages.length) return null;
  const rows = jurisdiction.villages.map((entry) =>
    h(
      "tr",
      {},
      h("th", {}, options.formats.has("html") ? h("a", { href: href(`${entry.stem}.html`) }, villageName(entry.table.jurisdiction, jurisdiction.name)) : villageName(entry.table.jurisdiction, jurisdiction.name)),
      h("td", {}, entry.catalog.jurisdiction.code),
      h("td", { class: "number" }, entry.table.rowCount),
      h("td", {}, entry.catalog.issued ?? ""),
      h("td", { class: "links" }, downloadLinks(entry.stem, options, entry.table.title)),
    ),
  );
  return fragment(
    h("h2", { id: "villages" }, labels.villages),
    h(
      "table",
      { class: "list", "aria-labelledby": "villages" },
      h("thead", {}, h("tr", {}, [labels.villageName, labels.code, labels.itemCount, labels.issued, labels.downloads].map((l) => h("th", { scope: "col" }, l)))),
      h("tbody", {}, rows),
    ),
  );
}

export function sitePage(plan: SitePlan, options: PageOptions): string {
  const rows = plan.jurisdictions.map((j) =>
    h(
      "tr",
      {},
      h("td", {}, j.code),
      h("th", {}, h("a", { href: href(`${j.dir}/index.html`) }, j.name)),
      h("td", {}, j.level),
      h("td", { class: "number" }, j.catalogs.length),
      h("td", { class: "number" }, j.catalogs.reduce((n, e) => n + e.summary.rowCount, 0)),
      h("td", { class: "number" }, `${j.coverage.present.length}/${plan.pilotTotal}`),
    ),
  );
  const content = fragment(
    h("h1", {}, labels.siteTitle),
    h(
      "table",
      { class: "list" },
      h("caption", {}, labels.jurisdictions),
      h("thead", {}, h("tr", {}, [labels.code, labels.jurisdictionName, labels.levelName, labels.domainCount, labels.itemCount, labels.pilotCount].map((l) => h("th", { scope: "col" }, l)))),
      h("tbody", {}, rows),
    ),
  );
  return page(options, labels.siteTitle, [{ label: labels.home }], content, false);
}
