/**
 * Header recognition by meaning: each column's heading (and its sub-heading in the official two-row
 * header) names an element, whatever its position or wording among the variants seen in published
 * tables. Columns it cannot name are kept as `x-` keys; numbering columns are dropped.
 */
import type { Cell } from "./table.js";

export type Field = "id" | "domain" | "category" | "name" | "subitem" | "content" | "basis" | "time_limit" | "subject" | "channels" | "audience" | "method" | "levels" | "note";
export type TickField = "audience" | "method" | "levels" | "channels";

export type Column =
  | { kind: "field"; field: Field; label: string }
  /** one of several tick columns under a heading: 全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级, a channel each. */
  | { kind: "tick"; field: TickField; value: string; label: string }
  | { kind: "extension"; key: string; label: string }
  | { kind: "numbering"; label: string }
  | { kind: "empty"; label: string };

/** A heading as compared: no spaces (a heading may break over lines), ASCII brackets. */
export const key = (label: string) => label.replace(/[\s\u00a0\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")");

/** Headings, tried in order (the first that matches names the column). */
const headings: [RegExp, Field | "numbering" | "matter"][] = [
  [/^(序号|编号|序列号|No\.?|[一二三]级(事项)?序号|事项序号|顺序号)$/i, "numbering"],
  [/^(事项编号|事项编码|事项代码|目录编码|编码|ID|id)$/, "id"],
  [/^(领域|所属领域|领域名称)$/, "domain"],
  [/三级(事项|目录)|^三级$/, "subitem"],
  [/一级(事项|目录|类别)|^一级$|^事项类别$|^类别$/, "category"],
  [/二级(事项|目录)|^二级$|^(公开)?事项名称$|^具体事项$/, "name"],
  [/^公开事项$|^事项$/, "matter"],
  [/公开内容|公开要素|^内容/, "content"],
  [/依据/, "basis"],
  [/时限|^公开时间$/, "time_limit"],
  [/主体|^公开(部门|单位)$|^责任(单位|部门)$/, "subject"],
  [/渠道|载体/, "channels"],
  [/公开对象|^对象$/, "audience"],
  [/公开方式|^方式$/, "method"],
  [/层级/, "levels"],
  [/^备注|^说明$/, "note"],
];

export function fieldOf(label: string): Field | "numbering" | "matter" | undefined {
  const k = key(label);
  if (!k) return undefined;
  return headings.find(([pattern]) => pattern.test(k))?.[1];
}

/** Sub-headings the official header prints under 公开事项 / 公开对象 / 公开方式 / 公开层级. */
const subHeading = /^(一级事项|二级事项|三级事项|一级|二级|三级|全社会|社会公众|社会|特定群[体众]|特定对象|特定群体\(请写明\)|特定群体\(请注明\)|主动(公开)?|依申请(公开)?|申请公开|[县区市乡镇村街旗县]?[、(（)）\u4e00-\u9fff]{0,6}级|名称|序号)$/;

export const isSubHeading = (text: string) => subHeading.test(key(text));

const core: ReadonlySet<string> = new Set(["category", "name", "matter", "content", "basis", "time_limit", "subject", "channels", "audience", "method", "levels"]);

/** How strongly a row reads as a header: the distinct core elements its cells name. */
export function headerScore(row: readonly Cell[]): number {
  const found = new Set<string>();
  for (const cell of row) {
    for (const part of cell.text.split(/[·•・]/)) {
      // Headings are short; a long cell is data, whatever words it holds (办理时限、申请对象 …).
      if (key(part).length > 16) continue;
      const f = fieldOf(part);
      if (f && core.has(f)) found.add(f);
    }
  }
  const named = found.has("content") || found.has("basis") || found.has("name") || found.has("matter");
  return named ? found.size : 0;
}

export interface Header {
  /** rows the header takes: 1 or 2. */
  height: number;
  columns: Column[];
  /** each column's heading text (top and sub), for recognising the header repeated on later pages. */
  texts: string[][];
}

/** The header starting at row `at`: a second row of sub-headings is taken when there is one. */
export function readHeader(rows: readonly Cell[][], at: number): Header {
  const top = rows[at]!;
  const next = rows[at + 1];
  const underChannels = (i: number) => top[i] !== undefined && fieldOf(top[i]!.text) === "channels";
  const sub = (c: Cell, i: number) => !c.spanned && c.text.trim() !== "" && c.text !== top[i]!.text && (isSubHeading(c.text) || underChannels(i));
  const subs = next !== undefined && next.some(sub) && next.every((c, i) => !c.text.trim() || c.spanned || c.text === top[i]!.text || sub(c, i) || fieldOf(c.text) !== undefined);
  const height = subs ? 2 : 1;
  const columns = top.map((cell, i) => {
    let upper = cell.text;
    let lower = subs && next![i]!.text !== cell.text ? next![i]!.text : "";
    // A flattened header (CSV): 公开事项·一级事项.
    const flat = /^(.+?)[·•・](.+)$/s.exec(upper);
    if (!lower && flat) [upper, lower] = [flat[1]!, flat[2]!];
    return columnOf(upper, lower);
  });
  return { height, columns, texts: top.map((cell, i) => [key(cell.text), subs ? key(next![i]!.text) : ""].filter(Boolean)) };
}

function columnOf(upperText: string, lowerText: string): Column {
  const upper = key(upperText);
  const lower = key(lowerText);
  const label = [upperText.trim(), lowerText.trim()].filter(Boolean).join("·").replace(/\s+/g, "");
  if (!upper && !lower) return { kind: "empty", label };
  const top = fieldOf(upper);
  if (lower) {
    if (top === "audience" || top === "method" || top === "levels" || top === "channels") return { kind: "tick", field: top, value: lowerText.replace(/\s+/g, ""), label };
    const sub = fieldOf(lower);
    if (sub === "numbering") return { kind: "numbering", label };
    if (sub && sub !== "matter") return { kind: "field", field: sub, label };
  }
  if (top === "numbering") return { kind: "numbering", label };
  if (top === "matter") return { kind: "field", field: "name", label };
  if (top) return { kind: "field", field: top, label };
  return { kind: "extension", key: `x-${label.replace(/[·\s]+/g, "-")}`, label };
}

/** A row that repeats the header, by its columns' heading texts (tables printed over several pages repeat it on each). */
export function repeatsHeader(row: readonly Cell[], texts: Header["texts"]): boolean {
  let same = 0;
  let filled = 0;
  row.forEach((cell, i) => {
    const k = key(cell.text);
    if (!k) return;
    filled++;
    if (texts[i]?.includes(k) || texts[i]?.join("·") === k) same++;
  });
  return filled >= 2 && same / filled >= 0.6;
}
