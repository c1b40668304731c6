/** Every text the diff formatters print, in both languages (the notice is Chinese by default). */
import { interpolate, type Lang, type Localised } from "../i18n.js";
import type { DiffFormatContext } from "./formatters/context.js";
import type { CatalogDiff, CatalogSide, DiffResult, ItemDiff, ItemSummary, Refusal, Skipped } from "./types.js";

export const words = {
  summary: {
    zh: "{{old}} → {{new}}：{{catalogs}}；{{items}}",
    en: "{{old}} → {{new}}: {{catalogs}}; {{items}}",
  },
  itemsLead: { zh: "事项{{counts}}", en: "items: {{counts}}" },
  noDifferences: { zh: "{{old}} → {{new}}：没有差异（{{catalogs}} 个目录）", en: "{{old}} → {{new}}: no differences ({{catalogs}} catalogs)" },
  catalogCount: { zh: "{{n}} 个目录", en: "{{n}} catalogs" },
  catalogsAdded: { zh: "新增目录 {{n}} 个", en: "{{n}} added" },
  catalogsRemoved: { zh: "取消目录 {{n}} 个", en: "{{n}} removed" },
  catalogsChanged: { zh: "有调整 {{n}} 个", en: "{{n}} changed" },
  catalogsUnchanged: { zh: "无变化 {{n}} 个", en: "{{n}} unchanged" },
  itemsAdded: { zh: "新增 {{n}} 项", en: "{{n}} added" },
  itemsRemoved: { zh: "取消 {{n}} 项", en: "{{n}} removed" },
  itemsChanged: { zh: "调整 {{n}} 项", en: "{{n}} changed" },
  itemsRenamed: { zh: "其中更名 {{n}} 项", en: "{{n}} renamed" },
  itemsRenumbered: { zh: "可能改号 {{n}} 项", en: "{{n}} possibly renumbered" },
  itemsMoved: { zh: "顺序调整 {{n}} 项", en: "{{n}} moved" },
  itemsNone: { zh: "无变化", en: "none changed" },
  itemsRefused: { zh: "{{n}} 个目录的事项未能比较", en: "items of {{n}} catalogs not compared" },
  skippedCount: { zh: "未能比较的文件 {{n}} 个", en: "{{n}} files not compared" },
  catalogHeading: { zh: "{{name}}（{{code}}）· {{domain}}", en: "{{name}} ({{code}}) · {{domain}}" },
  catalogAdded: { zh: "新增目录，{{n}} 项", en: "new catalog, items: {{n}}" },
  catalogRemoved: { zh: "取消目录，{{n}} 项", en: "catalog removed, items: {{n}}" },
  catalogInfo: { zh: "目录信息", en: "catalog" },
  "status.added": { zh: "新增", en: "added" },
  "status.removed": { zh: "取消", en: "removed" },
  "status.changed": { zh: "调整", en: "changed" },
  markdownTitle: { zh: "目录比较：{{old}} → {{new}}", en: "Catalog diff: {{old}} → {{new}}" },
  renamed: { zh: "更名", en: "renamed" },
  renumberedTo: { zh: "可能改号为 {{id}}，内容相似度 {{percent}}%，请核实", en: "possibly renumbered as {{id}}, {{percent}}% similar: please check" },
  renumberedFrom: { zh: "可能由 {{id}} 改号，内容相似度 {{percent}}%，请核实", en: "possibly renumbered from {{id}}, {{percent}}% similar: please check" },
  moved: { zh: "顺序调整", en: "order changed" },
  movedItem: { zh: "{{id}} {{name}}：第 {{from}} 项 → 第 {{to}} 项", en: "{{id}} {{name}}: position {{from}} → {{to}}" },
  reason: { zh: "调整理由：{{reason}}", en: "reason: {{reason}}" },
  absent: { zh: "（无）", en: "(none)" },
  noRevision: { zh: "未注明版本", en: "revision not stated" },
  noRevisionIssued: { zh: "未注明版本（{{issued}}印发）", en: "revision not stated (issued {{issued}})" },
  revisionIssued: { zh: "{{revision}}（{{issued}}）", en: "{{revision}} ({{issued}})" },
  variousRevisions: { zh: "各目录版本不一（见下文）", en: "various revisions (see each catalog)" },
  noCatalogsSide: { zh: "无目录", en: "no catalogs" },
  "refused.duplicate-ids": {
    zh: "未比较事项：{{side}}中事项编码重复（{{ids}}），无法按编码对应。请先修正（catalog validate 会指出位置）",
    en: "items not compared: the {{side}} repeats item ids ({{ids}}), so items cannot be matched. Fix them first (catalog validate shows where)",
  },
  "refused.missing-ids": {
    zh: "未比较事项：{{side}}中第 {{ids}} 项没有事项编码，无法按编码对应。请先补上（catalog validate 会指出位置）",
    en: "items not compared: items {{ids}} of the {{side}} have no id, so items cannot be matched. Add them first (catalog validate shows where)",
  },
  "side.old": { zh: "调整前版本", en: "old version" },
  "side.new": { zh: "调整后版本", en: "new version" },
  skippedHeading: { zh: "未能比较的文件：", en: "Files not compared:" },
  "skipped.invalid": { zh: "{{file}}：无法读出目录（YAML 错误，或缺少行政区划代码、领域），见上方的检查结果", en: "{{file}}: no catalog could be read (a YAML error, or no jurisdiction code or domain); see the findings above" },
  "skipped.duplicate-catalog": { zh: "{{file}}：同一行政区划和领域有多个文件，无法对应", en: "{{file}}: several files hold this jurisdiction and domain, so they cannot be matched" },
  "skipped.counterpart-invalid": { zh: "{{file}}：另一版本中的同名文件无法读出，未作比较", en: "{{file}}: its counterpart in the other version cannot be read, so it was not compared" },
  // The published notice (调整说明): html and docx.
  noticeTitle: { zh: "{{name}}政务公开事项标准目录调整说明", en: "{{name}}: revision notice for the disclosure catalogs" },
  noticeTitleGeneric: { zh: "政务公开事项标准目录调整说明", en: "Revision notice for the disclosure catalogs" },
  scope: { zh: "调整范围", en: "Scope" },
  compared: { zh: "比较版本", en: "Versions compared" },
  basis: { zh: "调整依据", en: "Basis" },
  statistics: { zh: "本次调整涉及 {{n}} 个目录，共{{items}}。", en: "This revision touches {{n}} catalogs: {{items}}." },
  statisticsCatalogs: { zh: "其中{{parts}}。", en: "Of these, {{parts}}." },
  noticeNoChanges: { zh: "两个版本之间没有调整。", en: "Nothing changed between the two versions." },
  sectionRevisions: { zh: "调整前：{{old}}；调整后：{{new}}", en: "Before: {{old}}; after: {{new}}" },
  sectionAdded: { zh: "新增目录，共 {{n}} 项", en: "New catalog (items: {{n}})" },
  sectionRemoved: { zh: "取消目录，共 {{n}} 项", en: "Catalog withdrawn (items: {{n}})" },
  tableAdded: { zh: "新增事项（{{n}} 项）", en: "Items added ({{n}})" },
  tableRemoved: { zh: "取消事项（{{n}} 项）", en: "Items removed ({{n}})" },
  tableChanged: { zh: "调整事项（{{n}} 项）", en: "Items changed ({{n}})" },
  columnField: { zh: "调整内容", en: "Field" },
  columnBefore: { zh: "调整前", en: "Before" },
  columnAfter: { zh: "调整后", en: "After" },
  columnReason: { zh: "调整理由", en: "Reason" },
  columnRemark: { zh: "说明", en: "Remarks" },
  columnName: { zh: "事项名称", en: "Item" },
  footer: { zh: "本说明由 catalog {{version}} 比较 {{old}} 与 {{new}} 生成{{date}}。", en: "Generated by catalog {{version}} from {{old}} and {{new}}{{date}}." },
  footerDate: { zh: "，{{date}}", en: " on {{date}}" },
} satisfies Record<string, Localised>;

export type WordId = keyof typeof words;

export function say(id: WordId, lang: Lang, data: Record<string, string | number> = {}): string {
  return interpolate(words[id][lang], data);
}

export const listSeparator: Record<Lang, string> = { zh: "、", en: ", " };
export const colon: Record<Lang, string> = { zh: "：", en: ": " };

/** A catalog's revision in words: `2024年第1版（2024-08-15）`, or that it states none. */
export function revisionText(side: CatalogSide, lang: Lang): string {
  if (side.revision) return side.issued ? say("revisionIssued", lang, { revision: side.revision, issued: side.issued }) : side.revision;
  return side.issued ? say("noRevisionIssued", lang, { issued: side.issued }) : say("noRevision", lang);
}

/**
 * How a published notice names the two versions: `--label`, else the git revision, else the catalogs'
 * own revision and issue date. Never a folder or file path (which would be the machine's).
 */
export function sideNames(result: DiffResult, context: Pick<DiffFormatContext, "lang" | "sideNames">): { old: string; new: string } {
  const name = (which: "old" | "new") => {
    const given = context.sideNames?.[which];
    if (given) return given;
    if (result[which].revision) return result[which].label;
    const revisions = [...new Set(result.catalogs.flatMap((c) => (c[which] ? [revisionText(c[which], context.lang)] : [])))];
    if (revisions.length === 0) return say("noCatalogsSide", context.lang);
    return revisions.length <= 3 ? revisions.join(listSeparator[context.lang]) : say("variousRevisions", context.lang);
  };
  return { old: name("old"), new: name("new") };
}

/** The one-line summary every human format starts with; `names` for the versions, else their labels. */
export function summaryLine(result: DiffResult, lang: Lang, names?: { old: string; new: string }): string {
  const { catalogs, items, skipped } = result.summary;
  const base = names ?? { old: result.old.label, new: result.new.label };
  const total = catalogs.added + catalogs.removed + catalogs.changed + catalogs.unchanged;
  if (!catalogs.added && !catalogs.removed && !catalogs.changed && !skipped) return say("noDifferences", lang, { ...base, catalogs: total });
  const sep = lang === "zh" ? "，" : ", ";
  const catalogParts = [
    say("catalogCount", lang, { n: total }),
    ...(catalogs.added ? [say("catalogsAdded", lang, { n: catalogs.added })] : []),
    ...(catalogs.removed ? [say("catalogsRemoved", lang, { n: catalogs.removed })] : []),
    ...(catalogs.changed ? [say("catalogsChanged", lang, { n: catalogs.changed })] : []),
    ...(catalogs.unchanged ? [say("catalogsUnchanged", lang, { n: catalogs.unchanged })] : []),
    ...(skipped ? [say("skippedCount", lang, { n: skipped })] : []),
  ];
  const refused = result.summary.refused ? say("itemsRefused", lang, { n: result.summary.refused }) : "";
  const counted = items.added || items.removed || items.changed || !refused ? say("itemsLead", lang, { counts: itemCounts(items, lang, false) }) : "";
  return say("summary", lang, { ...base, catalogs: catalogParts.join(sep), items: [counted, refused].filter(Boolean).join(sep) });
}

/** 新增 X 项、取消 X 项、调整 X 项（其中更名 X 项…）; `all` keeps zero counts (the notice states all three). */
export function itemCounts(items: ItemSummary, lang: Lang, all: boolean): string {
  const counted = (["added", "removed", "changed"] as const)
    .filter((k) => all || items[k])
    .map((k) => say(k === "added" ? "itemsAdded" : k === "removed" ? "itemsRemoved" : "itemsChanged", lang, { n: items[k] }));
  const details = [
    ...(items.renamed ? [say("itemsRenamed", lang, { n: items.renamed })] : []),
    ...(items.renumbered ? [say("itemsRenumbered", lang, { n: items.renumbered })] : []),
    ...(items.moved ? [say("itemsMoved", lang, { n: items.moved })] : []),
  ];
  const text = counted.length ? counted.join(listSeparator[lang]) : say("itemsNone", lang);
  if (!details.length) return text;
  return lang === "zh" ? `${text}（${details.join("，")}）` : `${text} (${details.join(", ")})`;
}

export function refusalText(refusal: Refusal, lang: Lang): string {
  return say(`refused.${refusal.reason}`, lang, { side: say(`side.${refusal.side}`, lang), ids: refusal.ids.join(listSeparator[lang]) });
}

export function skippedText(skipped: Skipped, lang: Lang): string {
  return say(`skipped.${skipped.reason}`, lang, { file: skipped.file });
}

/** The 可能改号 remark of an item flagged as a likely renumbering, or undefined. */
export function renumberingRemark(item: ItemDiff, lang: Lang): string | undefined {
  if (!item.renumbered) return undefined;
  const percent = Math.round(item.renumbered.similarity * 100);
  return item.status === "removed"
    ? say("renumberedTo", lang, { id: item.renumbered.to, percent })
    : say("renumberedFrom", lang, { id: item.renumbered.from, percent });
}

/** A catalog's heading and status line (新增目录 / 取消目录 / revision → revision), for every text format. */
export function catalogTitle(catalog: CatalogDiff, lang: Lang): { heading: string; status: string } {
  const side = catalog.new ?? catalog.old!;
  const heading = say("catalogHeading", lang, { name: side.name, code: catalog.jurisdiction, domain: catalog.domain });
  const status =
    catalog.status === "added"
      ? say("catalogAdded", lang, { n: catalog.new!.items })
      : catalog.status === "removed"
        ? say("catalogRemoved", lang, { n: catalog.old!.items })
        : `${catalog.old!.revision ?? "—"} → ${catalog.new!.revision ?? "—"}`;
  return { heading, status };
}
