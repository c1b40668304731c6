/**
 * The annotation file (`--notes`): reasons for changes (调整理由), which no tool can infer, written by
 * the people who made them, per catalog and per item id; plus the notice's title and basis. Validated
 * by schemas/diff-notes.schema.json, errors positioned like the config's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { createAjv } from "../check/ajv.js";
import { parseWithPositions } from "../load/parse.js";
import { rangeOf, type Range } from "../load/positions.js";
import { schemasDir } from "../paths.js";
import type { CatalogDiff, DiffResult, ItemDiff } from "./types.js";

export interface CatalogNotes {
  jurisdiction: string;
  domain: string;
  reason?: string;
  items?: Record<string, string>;
}

export interface Notes {
  title?: string;
  basis?: string;
  catalogs?: CatalogNotes[];
}

export interface NotesProblem {
  range: Range;
  keyword: string;
  path: (string | number)[];
  params: Record<string, unknown>;
  detail?: string;
}

export type NotesReading = { notes: Notes; problems?: undefined } | { problems: NotesProblem[]; notes?: undefined };

let validateNotes: ValidateFunction | undefined;

export function readNotes(text: string): NotesReading {
  const parsed = parseWithPositions(text);
  const at = (start: number, end: number): Range => {
    const a = parsed.lines.linePos(start);
    const b = parsed.lines.linePos(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  if (parsed.doc.errors.length) {
    return { problems: parsed.doc.errors.map((e) => ({ range: at(e.pos[0], e.pos[1]), keyword: "yaml", path: [], params: {}, detail: e.message.split("\n")[0]! })) };
  }
  const data = (parsed.doc.toJS({ maxAliasCount: 100 }) ?? {}) as Notes;
  // An unquoted code (jurisdiction: 320506) reads as a number; it can only mean the code.
  for (const c of Array.isArray(data.catalogs) ? data.catalogs : []) {
    if (c && typeof c === "object" && typeof c.jurisdiction === "number") c.jurisdiction = String(c.jurisdiction);
  }
  validateNotes ??= createAjv({ strict: false }).compile(JSON.parse(readFileSync(join(schemasDir, "diff-notes.schema.json"), "utf8")) as object);
  if (validateNotes(data)) return { notes: data };
  return {
    problems: (validateNotes.errors ?? []).map((e) => {
      const path = e.instancePath.split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
      const params = e.params as Record<string, unknown>;
      const key = e.keyword === "additionalProperties" ? String(params.additionalProperty) : e.keyword === "propertyNames" ? String(params.propertyName) : undefined;
      const full = key !== undefined ? [...path, key] : path;
      return { range: rangeOf(parsed, full, key !== undefined ? "key" : "value"), keyword: e.keyword, path: full, params };
    }),
  };
}

export interface AppliedNotes {
  result: DiffResult;
  /** notes that name a catalog or item the comparison does not report as changed: "320506 社会救助 SJ-09-09". */
  unused: string[];
}

/** Copies the reasons into the result, so every format (json included) carries them. */
export function applyNotes(result: DiffResult, notes: Notes): AppliedNotes {
  const byKey = new Map((notes.catalogs ?? []).map((c) => [`${c.jurisdiction} ${c.domain}`, c]));
  const used = new Set<string>();
  const catalogs = result.catalogs.map((catalog): CatalogDiff => {
    const key = `${catalog.jurisdiction} ${catalog.domain}`;
    const note = byKey.get(key);
    if (!note || catalog.status === "unchanged") return catalog;
    if (note.reason) used.add(key);
    const items = catalog.items.map((item): ItemDiff => {
      const reason = note.items?.[item.id];
      if (!reason) return item;
      used.add(`${key} ${item.id}`);
      return { ...item, reason };
    });
    return { ...catalog, items, ...(note.reason ? { reason: note.reason } : {}) };
  });
  const unused = [...byKey.entries()].flatMap(([key, note]) => [
    ...(note.reason && !used.has(key) ? [key] : []),
    ...Object.keys(note.items ?? {})
      .map((id) => `${key} ${id}`)
      .filter((k) => !used.has(k)),
  ]);
  const notice = { ...(notes.title ? { title: notes.title } : {}), ...(notes.basis ? { basis: notes.basis } : {}) };
  return { result: { ...result, catalogs, ...(Object.keys(notice).length ? { notice } : {}) }, unused };
}

/** Removed items (and removed catalogs) that no reason explains: the notice should say why. */
export function removalsWithoutReason(result: DiffResult): { catalog: CatalogDiff; item?: ItemDiff }[] {
  return result.catalogs.flatMap((catalog) => {
    if (catalog.status === "removed") return catalog.reason ? [] : [{ catalog }];
    return catalog.items.filter((i) => i.status === "removed" && !i.reason).map((item) => ({ catalog, item }));
  });
}
