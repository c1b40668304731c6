/**
 * An imported catalog as source text, in the layout of the shipped catalogs: the schema comment, the
 * top-level keys in the documented order, one blank line between items, short lists
 * (channels, audience, method, levels) in flow style. Pure and deterministic: the same table gives the same bytes.
 */
import { Document, isMap, isSeq, YAMLSeq } from "yaml";
import type { ImportedCatalog } from "./map.js";
import type { ImportedNegativeList } from "./negative-list.js";

export function catalogText(catalog: ImportedCatalog, schema: string, source: string): string {
  const doc = new Document({
    format: 1,
    ...(catalog.kind ? { kind: catalog.kind } : {}),
    jurisdiction: catalog.jurisdiction,
    ...(catalog.domain ? { domain: catalog.domain.name } : {}),
    items: catalog.items,
  });
  const items = doc.get("items") as YAMLSeq;
  items.items.forEach((node, i) => {
    if (!isMap(node)) return;
    if (i > 0) node.spaceBefore = true;
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown }).value ?? pair.key);
      if (key !== "content" && key !== "basis" && isSeq(pair.value)) pair.value.flow = true;
    }
  });
  return sourceComment(schema, source) + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A non-disclosure list (kind: negative-list) in the same layout: one blank line between entries. */
export function negativeListText(list: ImportedNegativeList, schema: string, source: string): string {
  const doc = new Document({ format: 1, kind: "negative-list", jurisdiction: list.jurisdiction, entries: list.entries });
  (doc.get("entries") as YAMLSeq).items.forEach((node, i) => {
    if (isMap(node) && i > 0) node.spaceBefore = true;
  });
  return sourceComment(schema, source) + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const sourceComment = (schema: string, source: string) => `# yaml-language-server: $schema=${schema}\n# 由 catalog import 从 ${source.replace(/[\r\n]/g, " ")} 导入\n`;
