/**
 * Parsing a revision of a file whose earlier text was just parsed (the diff's new side): the items
 * written exactly as before are taken from the earlier data, and js-yaml parses only the rest: the
 * items that changed, and the catalog's own keys. A revision changes a few items of each catalog, so
 * this spares most of the second parse.
 *
 * Sound only where an item's meaning is its text alone, so it is used only for files laid out
 * plainly: the top-level `items:` followed by a block sequence at one indentation, and nowhere in the
 * file an anchor, alias or tag (which reach across items), a directive or a document marker. The
 * earlier file must split into exactly as many item texts as it has items. Anything else (and any
 * part that does not parse alone into what it should) is parsed whole, as before; a property test
 * holds the result to js-yaml's parse of the whole text.
 */
import jsyaml from "js-yaml";
import { coreSchema } from "./core-schema.js";

/** Each text → where it first appears. */
function firstPlaces(texts: readonly string[]): Map<string, number> {
  const places = new Map<string, number>();
  for (let i = texts.length - 1; i >= 0; i--) places.set(texts[i]!, i);
  return places;
}

/** The earlier revision's items: each one's text (its lines, from its `- `) and its data, in order. */
export class KnownItems {
  private byText?: Map<string, number>;
  /** how far the earlier items are from the revision's, as last found: an item added or removed shifts the rest. */
  private shift = 0;

  constructor(
    private readonly texts: readonly string[],
    readonly data: readonly unknown[],
  ) {}

  get size(): number {
    return this.texts.length;
  }

  /** Which earlier item is written as `text`, found at `position` in the revision; -1 when none is. */
  find(text: string, position: number): number {
    // Most items keep their place, or move with an item added or removed before them: comparing the
    // item there spares hashing every item's text (a city's catalogs hold 78,000).
    const guess = position + this.shift;
    if (this.texts[guess] === text) return guess;
    this.byText ??= firstPlaces(this.texts);
    const at = this.byText.get(text) ?? -1;
    if (at !== -1) this.shift = at - position;
    return at;
  }
}

interface Layout {
  /** the text before the first item, with the `items:` line. */
  head: string;
  items: string[];
  /** the top-level keys after the items. */
  tail: string;
}

/** Whatever in YAML reaches across items or documents: anchors, aliases, tags; directives and markers. */
function crossesItems(text: string): boolean {
  // One regex scan, not one `includes` per mark: half the time on a city's files.
  return /[&*!]|\n(?:---|\.\.\.|%)/.test(text) || /^(?:---|\.\.\.|%)/.test(text);
}

const space = 32;
const hash = 35;
const dashCode = 45;

/** The offset of the first non-space character of the line at `at`, and whether the line is blank or a comment. */
function lineStart(text: string, at: number): { indent: number; blank: boolean } {
  let i = at;
  while (text.charCodeAt(i) === space) i++;
  const c = text.charCodeAt(i);
  return { indent: i - at, blank: c === 10 || c === 13 || c === hash || Number.isNaN(c) };
}

/**
 * Where the block sequence at indentation `dash` that starts at `first` ends: the first line after it
 * that is neither blank, a comment, more indented, nor another `- ` item at `dash`. One native regex
 * scan: a catalog has hundreds of lines, and this runs twice per file pair.
 */
function sequenceEnd(text: string, first: number, dash: number, alone: boolean): number {
  const end = ((alone ? endsAlone : ends)[dash] ??= new RegExp(`\\n(?= {0,${dash}}[^ \\r\\n#])(?! {${dash}}-${alone ? dashAlone : " "})`, "g"));
  end.lastIndex = first;
  const found = end.exec(text);
  return found ? found.index + 1 : text.length;
}
const ends: RegExp[] = [];
const endsAlone: RegExp[] = [];
/** What may follow an item's `-` when it may stand alone on its line: a space, or the line's end. */
const dashAlone = "(?: |\\r?\\n|$)";

/**
 * Where each item of a plainly laid out file starts (its `- ` line) and where the last one ends, or
 * undefined when the layout is not plain. Also what the locate stage's text scan starts from, which
 * takes items whose `-` stands alone on its line too (`alone`: js-yaml's dump at indent 4 writes them so).
 */
export function itemLayout(text: string, alone = false): { keyEnd: number; starts: number[]; end: number } | undefined {
  if (crossesItems(text)) return undefined;
  const key = text.startsWith("items:") ? 0 : text.indexOf("\nitems:") + 1;
  if (key <= 0 && !text.startsWith("items:")) return undefined;
  const keyEnd = text.indexOf("\n", key);
  if (keyEnd === -1 || !/^items:[ \t]*(?:#.*)?\r?$/.test(text.slice(key, keyEnd))) return undefined;
  // The first line that is not blank must be the first `- ` item; its indentation is the sequence's.
  let first = keyEnd + 1;
  let line = lineStart(text, first);
  while (line.blank && first < text.length) {
    first = text.indexOf("\n", first) + 1 || text.length;
    line = lineStart(text, first);
  }
  const dash = line.indent;
  if (line.blank || text.charCodeAt(first + dash) !== dashCode || !startsItem(text, first + dash + 1, alone)) return undefined;
  const at = sequenceEnd(text, first, dash, alone);
  // A top-level key must follow the items, or nothing: anything else is not a plain layout.
  if (at < text.length && lineStart(text, at).indent !== 0) return undefined;
  const starts = [first];
  const marker = `\n${" ".repeat(dash)}-`;
  for (let next = text.indexOf(marker, first); next !== -1 && next + 1 < at; next = text.indexOf(marker, next + 1)) {
    if (startsItem(text, next + marker.length, alone)) starts.push(next + 1);
  }
  return { keyEnd, starts, end: at };
}

/** Whether what follows an item's `-` at `at` makes it an item: a space, or with `alone` the line's end too. */
function startsItem(text: string, at: number, alone: boolean): boolean {
  const c = text.charCodeAt(at);
  if (c === space) return true;
  return alone && (c === 10 || Number.isNaN(c) || (c === 13 && text.charCodeAt(at + 1) === 10));
}

function layout(text: string): Layout | undefined {
  const found = itemLayout(text);
  if (!found) return undefined;
  const { keyEnd, starts, end } = found;
  const items = starts.map((start, i) => text.slice(start, starts[i + 1] ?? end));
  return { head: text.slice(0, keyEnd + 1), items, tail: text.slice(end) };
}

/** The earlier revision's items by their text, or undefined when its layout is not plain. */
export function knownItems(text: string, data: unknown): KnownItems | undefined {
  const parts = layout(text);
  const items = (data as { items?: unknown } | null)?.items;
  if (!parts || !Array.isArray(items) || items.length !== parts.items.length) return undefined;
  return new KnownItems(parts.items, items);
}

/**
 * The data of `text` with known items reused, or undefined: then parse the text whole. The changed
 * items are parsed together with the catalog's own keys, as the file with the known items left out:
 * one js-yaml call (each costs tens of microseconds before it reads a character).
 */
export function parseRevision(text: string, known: KnownItems): unknown {
  const parts = layout(text);
  if (!parts) return undefined;
  const earlier = parts.items.map((item, i) => known.find(item, i));
  const changed = parts.items.filter((_, i) => earlier[i] === -1);
  try {
    const data = jsyaml.load(parts.head + changed.join("") + parts.tail, { schema: coreSchema }) as Record<string, unknown> | null;
    if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
    const fresh = changed.length ? data.items : null;
    if (changed.length ? !Array.isArray(fresh) || fresh.length !== changed.length : data.items !== null) return undefined;
    let next = 0;
    data.items = earlier.map((at) => (at === -1 ? (fresh as unknown[])[next++] : known.data[at]));
    return data;
  } catch {
    return undefined;
  }
}
