/**
 * The published change notice (调整说明) as data: title, scope, statistics, then per catalog the
 * 新增 / 取消 / 调整 tables (research/diff.md §4c). The HTML and Word renderers only lay this out, so
 * both say the same thing. Order changes stay out: they are not changes to the public.
 */
import type { Lang } from "../i18n.js";
import { itemFields } from "./fields.js";
import { label, type DiffFormatContext } from "./formatters/context.js";
import type { CatalogDiff, CatalogSide, DiffResult, FieldChange, ItemDiff } from "./types.js";
import { itemCounts, listSeparator, refusalText, renumberingRemark, revisionText, say, sideNames } from "./words.js";

/** A run of text, inserted or deleted when marked. */
export interface Run {
  text: string;
  mark?: "ins" | "del";
}
/** A table cell: paragraphs of runs. */
export type Cell = Run[][];

export interface FieldRow {
  field: string;
  before: Cell;
  after: Cell;
}

/** One changed item: its id and name span the rows of its changed fields. */
export interface ChangedItem {
  id: string;
  name: string;
  reason: string;
  fields: FieldRow[];
}

export interface Table<R> {
  caption: string;
  columns: string[];
  /** what each column holds: a field key, "id" or "remark" (layouts size columns by it). */
  keys: string[];
  rows: R[];
}

export interface NoticeSection {
  heading: string;
  /** revisions, or "new catalog" / "withdrawn". */
  meta: string;
  reason?: string;
  counts?: string;
  added?: Table<Cell[]>;
  removed?: Table<Cell[]>;
  changed?: Table<ChangedItem>;
  refused?: string;
}

export interface Notice {
  lang: Lang;
  title: string;
  /** the jurisdictions concerned, for the document's author property. */
  jurisdictions: string[];
  facts: { label: string; value: string }[];
  statistics: string[];
  sections: NoticeSection[];
  footer: string;
}

const plain = (text: string): Cell => [[{ text }]];
const lines = (texts: readonly string[]): Cell => texts.map((text) => [{ text }]);

/** Entries as paragraphs, those in `marked` (as a multiset) carrying the mark. */
function entries(all: readonly string[], marked: readonly string[], mark: Run["mark"]): Cell {
  const pool = new Map<string, number>();
  for (const m of marked) pool.set(m, (pool.get(m) ?? 0) + 1);
  return all.map((text) => {
    const n = pool.get(text) ?? 0;
    if (n > 0) {
      pool.set(text, n - 1);
      return [{ text, mark }];
    }
    return [{ text }];
  });
}

function sides(change: FieldChange, lang: Lang): { before: Cell; after: Cell } {
  const none = say("absent", lang);
  if (change.type === "list") {
    return {
      before: change.before.length ? entries(change.before, change.removed, "del") : plain(none),
      after: change.after.length ? entries(change.after, change.added, "ins") : plain(none),
    };
  }
  const before = change.segments.filter(([op]) => op !== "+").map(([op, text]): Run => (op === "-" ? { text, mark: "del" } : { text }));
  const after = change.segments.filter(([op]) => op !== "-").map(([op, text]): Run => (op === "+" ? { text, mark: "ins" } : { text }));
  return { before: before.length ? [before] : plain(none), after: after.length ? [after] : plain(none) };
}

function remark(item: ItemDiff, lang: Lang): string {
  const parts = [item.reason ?? "", renumberingRemark(item, lang) ?? ""];
  return parts.filter(Boolean).join(lang === "zh" ? "；" : "; ");
}

const revision = (side: CatalogSide | undefined, lang: Lang) => (side ? revisionText(side, lang) : say("absent", lang));

/** Catalog fields the section heading already states. */
const statedInHeading = new Set(["revision", "issued"]);

const digits = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 20 → 二十: the ordinals of official headings (一、二、…), up to 99. */
export function chineseOrdinal(n: number): string {
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ""}十${n % 10 ? digits[n % 10] : ""}`;
}

const ordinal = (n: number, lang: Lang) => (lang === "zh" && n < 100 ? `${chineseOrdinal(n)}、` : `${n}. `);

function section(catalog: CatalogDiff, context: DiffFormatContext, position: number): NoticeSection {
  const { lang } = context;
  const side = (catalog.new ?? catalog.old)!;
  const added = catalog.items.filter((i) => i.status === "added");
  const removed = catalog.items.filter((i) => i.status === "removed");
  const changed = catalog.items.filter((i) => i.status === "changed");
  const meta =
    catalog.status === "added"
      ? say("sectionAdded", lang, { n: added.length })
      : catalog.status === "removed"
        ? say("sectionRemoved", lang, { n: removed.length })
        : say("sectionRevisions", lang, { old: revision(catalog.old, lang), new: revision(catalog.new, lang) });
  const id = label(context, "id");
  const out: NoticeSection = {
    heading: ordinal(position, lang) + say("catalogHeading", lang, { name: side.name, code: catalog.jurisdiction, domain: catalog.domain }),
    meta,
    // A new or withdrawn catalog's count is already in `meta`.
    ...(catalog.status === "changed" ? { counts: itemCounts({ ...catalog.summary, renumbered: 0, moved: 0 }, lang, true) } : {}),
    ...(catalog.reason ? { reason: catalog.reason } : {}),
    ...(catalog.refused ? { refused: refusalText(catalog.refused, lang) } : {}),
  };
  if (added.length) {
    // The optional columns only when an added item fills them, as in the catalog's own table.
    const optional = new Set<string>(["note", "subitem", "audience_detail"]);
    const fields = itemFields.filter((f) => !optional.has(f) || added.some((i) => i.fields?.[f]));
    const withRemarks = added.some((i) => remark(i, lang));
    out.added = {
      caption: say("tableAdded", lang, { n: added.length }),
      columns: [id, ...fields.map((f) => label(context, f)), ...(withRemarks ? [say("columnRemark", lang)] : [])],
      keys: ["id", ...fields, ...(withRemarks ? ["remark"] : [])],
      rows: added.map((item) => [
        plain(item.id),
        ...fields.map((f) => {
          const value = item.fields?.[f];
          return Array.isArray(value) ? lines(value) : plain(value ?? "");
        }),
        ...(withRemarks ? [plain(remark(item, lang))] : []),
      ]),
    };
  }
  if (removed.length) {
    out.removed = {
      caption: say("tableRemoved", lang, { n: removed.length }),
      columns: [id, label(context, "category"), label(context, "name"), say("columnReason", lang)],
      keys: ["id", "category", "name", "remark"],
      rows: removed.map((item) => [plain(item.id), plain(item.category), plain(item.name), plain(remark(item, lang))]),
    };
  }
  const catalogRows = catalog.changes.filter((c) => !statedInHeading.has(c.field));
  const changedItems: ChangedItem[] = [
    ...(catalogRows.length ? [{ id: "—", name: say("catalogInfo", lang), reason: "", fields: catalogRows.map((c) => ({ field: label(context, c.field), ...sides(c, lang) })) }] : []),
    ...changed.map((item) => ({ id: item.id, name: item.name, reason: remark(item, lang), fields: (item.changes ?? []).map((c) => ({ field: label(context, c.field), ...sides(c, lang) })) })),
  ];
  if (changedItems.length) {
    out.changed = {
      caption: say("tableChanged", lang, { n: changed.length }),
      columns: [id, say("columnName", lang), say("columnField", lang), say("columnBefore", lang), say("columnAfter", lang), say("columnReason", lang)],
      keys: ["id", "name", "field", "before", "after", "remark"],
      rows: changedItems,
    };
  }
  return out;
}

export function notice(result: DiffResult, context: DiffFormatContext): Notice {
  const { lang } = context;
  const shown = result.catalogs.filter((c) => c.status !== "unchanged");
  const names = [...new Set(shown.map((c) => (c.new ?? c.old)!.name))];
  const title = result.notice?.title ?? (names.length === 1 ? say("noticeTitle", lang, { name: names[0]! }) : say("noticeTitleGeneric", lang));
  const scope = names.map((name) => {
    const domains = shown.filter((c) => (c.new ?? c.old)!.name === name).map((c) => c.domain);
    return lang === "zh" ? `${name}：${domains.join("、")}` : `${name}: ${domains.join(", ")}`;
  });
  const { catalogs, items } = result.summary;
  const versions = sideNames(result, context);
  const statistics = shown.length
    ? [
        say("statistics", lang, { n: shown.length, items: itemCounts({ ...items, renumbered: 0, moved: 0 }, lang, true) }),
        ...(catalogs.added || catalogs.removed
          ? [
              say("statisticsCatalogs", lang, {
                parts: [...(catalogs.added ? [say("catalogsAdded", lang, { n: catalogs.added })] : []), ...(catalogs.removed ? [say("catalogsRemoved", lang, { n: catalogs.removed })] : [])].join(listSeparator[lang]),
              }),
            ]
          : []),
      ]
    : [say("noticeNoChanges", lang)];
  return {
    lang,
    title,
    jurisdictions: names,
    facts: [
      ...(scope.length ? [{ label: say("scope", lang), value: scope.join(lang === "zh" ? "；" : "; ") }] : []),
      { label: say("compared", lang), value: `${versions.old} → ${versions.new}` },
      ...(result.notice?.basis ? [{ label: say("basis", lang), value: result.notice.basis }] : []),
    ],
    statistics,
    sections: shown.map((c, i) => section(c, context, i + 1)),
    footer: say("footer", lang, {
      version: context.version,
      old: versions.old,
      new: versions.new,
      date: context.date ? say("footerDate", lang, { date: context.date }) : "",
    }),
  };
}
