/**
 * Positions by scanning text, for the layouts catalogs are written in: an item's keys one per line at
 * one indentation, values on the key's line (plain, quoted, or a one-line flow list of scalars) or
 * below it (block lists and maps). Each answer is the one the `yaml` AST gives (load/positions.ts,
 * Spectral's closest-node rule); where the scan cannot be sure of that — a value that may continue on
 * the next line, block scalars, anchors, an unusual key, an empty entry — it answers undefined and the
 * AST decides (ast.ts). A property test holds the two equal over generated layouts
 * (test/locator.test.ts). Parsing a 30-item catalog's items with positions costs milliseconds; a
 * county's catalogs with legacy warnings have findings in most items of most files.
 */
import type { Range, Target } from "../load/positions.js";
import type { SourcePath } from "../model/types.js";

/** A node's text: where it starts, and its column (0-based). */
interface At {
  at: number;
  column: number;
}

type Node =
  | { kind: "map"; at: At }
  | { kind: "seq"; at: At }
  | { kind: "flow"; at: At; entries: [number, number][]; end: number }
  | { kind: "scalar"; at: At; end: number }
  | { kind: "null" }
  /** a block scalar: skipped over (its lines are all more indented), never located. */
  | { kind: "opaque" };

interface Pair {
  key: [number, number];
  value: Node;
}

const unsure = Symbol("unsure");
type Maybe<T> = T | typeof unsure;

const keyPattern = /[A-Za-z_][A-Za-z0-9_-]*:(?=[ \r\n]|$)/y;
// Keys the YAML core schema reads as null or booleans: their AST keys do not print as written.
const reservedKey = /^(?:null|true|false)$/i;
const space = 32;

export class TextScan {
  private lineStarts?: number[];
  /** each block map's pairs by where it starts: an item with findings is asked about several of its keys. */
  private readonly mapPairs = new Map<number, Pair[]>();

  /** `items`: where each item's `- ` line starts, and where the last item ends (load/revision.ts's layout). */
  constructor(
    private readonly text: string,
    private readonly items: { starts: readonly number[]; end: number },
  ) {}

  /** The range of a path, or undefined where only the AST can tell. */
  // Stryker disable next-line StringLiteral: only "key" is told apart; any other target is the value
  rangeOf(path: SourcePath, target: Target = "value"): Range | undefined {
    try {
      const span = this.walk(path, target);
      return span === unsure ? undefined : this.range(span[0], span[1]);
    } catch (error) {
      if (error === unsure) return undefined;
      throw error;
    }
  }

  /** Where the path starts: an item found by its `- ` line, else the root map. */
  private start(path: SourcePath): { node: Node; limit: number; rest: SourcePath } {
    const index = path[0] === "items" && typeof path[1] === "number" ? path[1] : undefined;
    if (index === undefined) {
      const first = this.nextContent(0, this.text.length);
      if (first === undefined || this.indentAt(first) !== 0) throw unsure;
      return { node: { kind: "map", at: { at: first, column: 0 } }, limit: this.text.length, rest: path };
    }
    const start = this.items.starts[index];
    if (start === undefined) throw unsure;
    const limit = this.items.starts[index + 1] ?? this.items.end;
    const dash = this.indentAt(start);
    return { node: this.entry(start + dash, dash, limit), limit, rest: path.slice(2) };
  }

  private walk(path: SourcePath, target: Target): Maybe<[number, number]> {
    const { limit, rest, node: first } = this.start(path);
    let node = first;
    let key: [number, number] | undefined;
    for (const segment of rest) {
      if (node.kind === "map") {
        const pairs = this.pairs(node.at, limit);
        const pair = pairs.find((p) => this.text.slice(p.key[0], p.key[1]) === String(segment));
        if (!pair) return this.missing(pairs);
        key = pair.key;
        node = pair.value;
      } else if ((node.kind === "seq" || node.kind === "flow") && typeof segment === "number") {
        const entries = node.kind === "seq" ? this.entries(node.at, limit) : node.entries.map(([s, e]): Node => ({ kind: "scalar", at: { at: s, column: 0 }, end: e }));
        const next = entries[segment];
        if (!next) return this.firstLine(node, limit);
        node = next;
        key = undefined;
      } else {
        // a scalar's first line; below an empty value or a block scalar, firstLine gives up
        return this.firstLine(node, limit);
      }
    }
    if (node.kind === "null") return key ?? unsure;
    if (target === "key" && key) return key;
    return node.kind === "scalar" ? [node.at.at, node.end] : this.firstLine(node, limit);
  }

  /**
   * A finding about a collection marks its first line: to the line break, as a block collection's AST
   * range reaches past it, unless everything is on that line and ends in an empty value.
   */
  private firstLine(node: Node, limit: number): [number, number] {
    if (node.kind === "null" || node.kind === "opaque") throw unsure;
    const start = node.at.at;
    const newline = this.text.indexOf("\n", start);
    if (newline === -1) throw unsure;
    if (node.kind === "scalar" || node.kind === "flow") return [start, Math.min(node.end, newline)];
    if (!this.continues(newline + 1, limit, node)) {
      const only = node.kind === "map" ? this.pairs(node.at, limit)[0]!.value : this.entries(node.at, limit)[0]!;
      this.firstLine(only, limit);
    }
    return [start, newline];
  }

  /** Whether a collection has content below its first line. */
  private continues(from: number, limit: number, node: Node & { at: At }): boolean {
    const line = this.nextContent(from, limit);
    if (line === undefined) return false;
    const indent = this.indentAt(line);
    return indent > node.at.column || (indent === node.at.column && (node.kind === "map" || this.isDash(line + indent)));
  }

  /** A key the map lacks: the AST points at the map's first entry, key to scalar value. */
  private missing(pairs: readonly Pair[]): [number, number] {
    const first = pairs[0]!;
    if (first.value.kind === "null" || first.value.kind === "opaque") throw unsure;
    return [first.key[0], first.value.kind === "scalar" ? first.value.end : first.key[1]];
  }

  /** The keys of the block map at `map`, with their values (a map's limit is its item's, the same each time). */
  private pairs(map: At, limit: number): Pair[] {
    let pairs = this.mapPairs.get(map.at);
    if (!pairs) this.mapPairs.set(map.at, (pairs = this.readPairs(map, limit)));
    return pairs;
  }

  private readPairs(map: At, limit: number): Pair[] {
    const pairs: Pair[] = [this.pair(map.at, map.column, limit)];
    for (let line = this.nextLine(map.at); line < limit; line = this.nextLine(line)) {
      const indent = this.indentAt(line);
      const at = line + indent;
      if (this.blankOrComment(at)) continue;
      if (indent < map.column) break;
      if (indent > map.column) continue;
      // A list written at its key's indentation belongs to that key.
      if (this.isDash(at)) {
        this.entry(at, indent, limit);
        continue;
      }
      pairs.push(this.pair(at, map.column, limit));
    }
    return pairs;
  }

  private pair(at: number, column: number, limit: number): Pair {
    keyPattern.lastIndex = at;
    if (!keyPattern.test(this.text)) throw unsure;
    const colon = keyPattern.lastIndex - 1;
    if (reservedKey.test(this.text.slice(at, colon))) throw unsure;
    return { key: [at, colon], value: this.value(colon + 1, column, limit, true) };
  }

  /** The entries of the block list at `seq`. */
  private entries(seq: At, limit: number): Node[] {
    const entries: Node[] = [this.entry(seq.at, seq.column, limit)];
    for (let line = this.nextLine(seq.at); line < limit; line = this.nextLine(line)) {
      const indent = this.indentAt(line);
      const at = line + indent;
      if (this.blankOrComment(at)) continue;
      if (indent > seq.column) continue;
      if (indent < seq.column || !this.isDash(at)) break;
      entries.push(this.entry(at, seq.column, limit));
    }
    return entries;
  }

  /** The node of the list entry whose `-` is at `dash`. */
  private entry(dash: number, column: number, limit: number): Node {
    const node = this.value(dash + 1, column, limit, false);
    if (node.kind === "null" || node.kind === "opaque") throw unsure;
    return node;
  }

  /**
   * The node that follows a key's colon or an entry's dash at `from`: on the same line, else on the
   * next line with content, more indented than `column` (or at it, for a list under a key).
   */
  private value(from: number, column: number, limit: number, underKey: boolean): Node {
    let at = from;
    while (this.text.charCodeAt(at) === space) at++;
    if (at === from && !this.endOfLine(at)) throw unsure;
    if (!this.endOfLine(at) && this.text[at] !== "#") return this.inline(at, column, limit);
    const line = this.nextContent(this.nextLine(at), limit);
    if (line === undefined) return { kind: "null" };
    const indent = this.indentAt(line);
    const start = line + indent;
    if (indent > column) return this.inline(start, column, limit);
    if (underKey && indent === column && this.isDash(start)) return { kind: "seq", at: { at: start, column: indent } };
    return { kind: "null" };
  }

  /**
   * A node that starts at `at`, on the line of its key or dash or on a line of its own: a block or
   * compact map or list, or a one-line scalar or flow list. `parent`: the indentation its lines must exceed.
   */
  private inline(at: number, parent: number, limit: number): Node {
    const column = at - this.lineStartOf(at);
    const c = this.text[at]!;
    if (this.isDash(at)) return { kind: "seq", at: { at, column } };
    if (c === '"' || c === "'") return { kind: "scalar", at: { at, column }, end: this.afterValue(this.quoted(at), parent, limit) };
    if (c === "[") return this.flow(at, column, parent, limit);
    if (c === "|" || c === ">") return { kind: "opaque" };
    if ("{&*!%@`?,]}#-:".includes(c)) throw unsure;
    keyPattern.lastIndex = at;
    if (keyPattern.test(this.text)) return { kind: "map", at: { at, column } };
    return { kind: "scalar", at: { at, column }, end: this.plain(at, parent, limit) };
  }

  /** Where a one-line plain scalar ends (before a comment and trailing spaces). */
  private plain(at: number, parent: number, limit: number): number {
    const end = this.contentEnd(at);
    const comment = this.text.slice(at, end).indexOf(" #");
    let stop = comment === -1 ? end : at + comment;
    // (the value's first character is not a space: the loop stops there)
    while (this.text.charCodeAt(stop - 1) === space) stop--;
    const value = this.text.slice(at, stop);
    if (value.includes(": ") || value.endsWith(":") || value.includes("\t")) throw unsure;
    // A more indented line below would continue the scalar.
    const next = this.nextNonBlank(this.nextLine(at), limit);
    if (next !== undefined && this.indentAt(next) > parent) throw unsure;
    return stop;
  }

  /** Where a quoted scalar closed on its own line ends. */
  private quoted(at: number): number {
    const quote = this.text[at];
    const end = this.contentEnd(at);
    for (let i = at + 1; i < end; i++) {
      const c = this.text[i];
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) {
        if (quote === "'" && this.text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    throw unsure;
  }

  /** A one-line flow list of scalars, each entry's span. */
  private flow(at: number, column: number, parent: number, limit: number): Node {
    const entries: [number, number][] = [];
    const end = this.contentEnd(at);
    let i = at + 1;
    const skip = () => {
      while (this.text.charCodeAt(i) === space) i++;
    };
    skip();
    if (this.text[i] === "]") return { kind: "flow", at: { at, column }, entries, end: this.afterValue(i + 1, parent, limit) };
    for (;;) {
      const start = i;
      const c = this.text[i];
      if (c === '"' || c === "'") i = this.quoted(i);
      else {
        // At the line's end c is a line break: the entry is empty, and as no `,` follows it the list is given up below.
        if ("[]{},#&*!|>%@`?:-".includes(c!)) throw unsure;
        while (i < end && !",]".includes(this.text[i]!)) {
          if ("[{}#:\t".includes(this.text[i]!)) throw unsure;
          i++;
        }
      }
      let stop = i;
      // (an entry's first character is not a space: the loop stops there)
      while (this.text.charCodeAt(stop - 1) === space) stop--;
      entries.push([start, stop]);
      skip();
      if (this.text[i] === "]") return { kind: "flow", at: { at, column }, entries, end: this.afterValue(i + 1, parent, limit) };
      if (this.text[i] !== ",") throw unsure;
      i++;
      skip();
    }
  }

  /** A closed value may be followed on its line by spaces and a comment only, and by nothing more indented below. */
  private afterValue(end: number, parent: number, limit: number): number {
    let i = end;
    while (this.text.charCodeAt(i) === space) i++;
    if (!this.endOfLine(i) && !(this.text[i] === "#" && i > end)) throw unsure;
    const next = this.nextNonBlank(this.nextLine(end), limit);
    if (next !== undefined && this.indentAt(next) > parent && !this.blankOrComment(next + this.indentAt(next))) throw unsure;
    return end;
  }

  private isDash(at: number): boolean {
    return this.text[at] === "-" && (this.text.charCodeAt(at + 1) === space || this.endOfLine(at + 1));
  }

  private endOfLine(at: number): boolean {
    const c = this.text[at];
    return c === undefined || c === "\n" || (c === "\r" && this.text[at + 1] === "\n");
  }

  private blankOrComment(at: number): boolean {
    return this.endOfLine(at) || this.text[at] === "#";
  }

  private indentAt(line: number): number {
    let i = line;
    while (this.text.charCodeAt(i) === space) i++;
    return i - line;
  }

  /** The start of the line after the one `at` is on (the text's length on the last line). */
  private nextLine(at: number): number {
    const newline = this.text.indexOf("\n", at);
    return newline === -1 ? this.text.length : newline + 1;
  }

  /** Before the line's break. */
  private contentEnd(at: number): number {
    const newline = this.text.indexOf("\n", at);
    const end = newline === -1 ? this.text.length : newline;
    return this.text[end - 1] === "\r" ? end - 1 : end;
  }

  private lineStartOf(at: number): number {
    return this.text.lastIndexOf("\n", at - 1) + 1;
  }

  /** The next line, from `line` on, that is neither blank nor a comment. */
  private nextContent(line: number, limit: number): number | undefined {
    for (let at = line; at < limit; at = this.nextLine(at)) if (!this.blankOrComment(at + this.indentAt(at))) return at;
    return undefined;
  }

  /** The next line, from `line` on, that is not blank. */
  private nextNonBlank(line: number, limit: number): number | undefined {
    for (let at = line; at < limit; at = this.nextLine(at)) if (!this.endOfLine(at + this.indentAt(at))) return at;
    return undefined;
  }

  private range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  private position(offset: number): { line: number; col: number } {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a search from one past the last line start ends on the same line
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - starts[low]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
