/**
 * The git textconv flattening: one line per field (one per entry for lists), header fields first,
 * then items sorted by id, each line tagged `[id]`. `git diff` then shows keyed, per-field hunks and a
 * reordered list is no change at all.
 */
import type { Lang, Localised } from "../i18n.js";
import type { Catalog } from "../model/types.js";
import { catalogView, fieldsOf } from "./fields.js";
import { byCodePoint } from "./match.js";

export function flatten(catalog: Catalog, labels: Readonly<Record<string, Localised>>, lang: Lang): string {
  const view = catalogView(catalog);
  const name = (field: string) => labels[field]?.[lang] ?? field;
  const lines = [`${name("jurisdiction.code")}: ${view.code}`, `${name("domain")}: ${view.domain}`];
  const put = (prefix: string, field: string, value: { type: "text"; text: string } | { type: "list"; entries: { text: string }[] }) => {
    if (value.type === "text") lines.push(`${prefix}${name(field)}: ${value.text}`);
    else for (const entry of value.entries) lines.push(`${prefix}${name(field)}: ${entry.text}`);
  };
  for (const [field, value] of Object.entries(view.fields)) put("", field, value);
  const items = [...view.items].sort((a, b) => byCodePoint(a.id, b.id) || a.index - b.index);
  for (const item of items) for (const [field, value] of Object.entries(fieldsOf(item))) put(`[${item.id}] `, field, value);
  return `${lines.map((l) => l.replace(/\r?\n/g, " ")).join("\n")}\n`;
}
