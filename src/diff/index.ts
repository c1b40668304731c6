/**
 * `catalog diff` without the command line: two sides (folders, files, git revisions or in-memory
 * corpora) go through the real checking pipeline, the typed catalogs become comparable views, and the
 * views are matched and compared. What cannot be read is skipped and said so; the rest is compared.
 *
 * Files are paired by name (chunk.ts checks and compares each pair) — in-process, or by the threads
 * of a large input, each taking pairs as it goes (parallel.ts) — and the chunks are merged here:
 * cross-file rules, suppressions, catalogs that paired across chunks, and what could not be compared.
 */
import { Buffer } from "node:buffer";
import { addCorpusFindings, Checker, type CheckedFile, type SeverityOverrides } from "../check/engine.js";
import { rules } from "../check/rules/index.js";
import { decode } from "../load/decode.js";
import { sourceOf, type SourceInput } from "../load/read.js";
import { createRegistries, type RegistryAdditions } from "../model/registries.js";
import type { CatalogHeader } from "../model/types.js";
import { diffChunk, type ChunkInput, type ChunkResult, type Side, type SourcePair } from "./chunk.js";
import { compareViews, summary, type CompareOptions } from "./compare.js";
import { byCodePoint } from "./match.js";
import type { CatalogDiff, DiffResult, Skipped } from "./types.js";

export { hasDifferences } from "./compare.js";
export type { DiffResult } from "./types.js";

export interface DiffSide {
  /** how the side is named in outputs: a folder, a file, a git revision, 工作区 … */
  label: string;
  /** the label names a git revision (or the working tree), not a path: a published notice may show it. */
  revision?: boolean;
  /** a folder's files are left unread here: the thread that checks a file reads it. */
  sources: readonly SourceInput[];
  /**
   * What every display path of this side starts with and a file's name within the side does not
   * ("old/", "HEAD~1:"), so files are recognised across sides by their names.
   */
  root?: string;
}

export interface DiffOptions extends CompareOptions {
  /** the project's local domains and laws. */
  additions?: RegistryAdditions;
  severities?: SeverityOverrides;
}

export interface DiffOutcome {
  result: DiffResult;
  /** the checked files of both sides (old first), with their findings. */
  files: CheckedFile[];
  /** catalogs that could be compared, per side. */
  compared: { old: number; new: number };
}

/**
 * The diff reports errors only (what makes a catalog untrustworthy to compare): rules that cannot
 * give an error are turned off, which also spares clean-but-warned files the positioned re-parse.
 */
export function errorsOnly(severities: SeverityOverrides = new Map()): SeverityOverrides {
  return new Map(rules.map((rule) => [rule.id, (severities.get(rule.id) ?? rule.severity) === "error" ? "error" : "off"]));
}

const sideOf = (side: DiffSide): DiffResult["old"] => ({ label: side.label, ...(side.revision ? { revision: true } : {}) });

const nameIn = (path: string, root = ""): string => (root && path.startsWith(root) ? path.slice(root.length) : path);

/** Both sides as same-named pairs, in name order, with what every chunk needs to know. */
export function chunkInput(old: DiffSide, current: DiffSide, options: DiffOptions): ChunkInput {
  const pairs = new Map<string, SourcePair[]>();
  const add = (side: Side, source: SourceInput, root: string | undefined) => {
    const name = nameIn(source.path, root);
    const list = pairs.get(name) ?? [];
    // Names are unique within a side, except in odd in-memory inputs: a repeated name starts a new pair.
    const open = list.find((p) => !p[side]);
    if (open) open[side] = source;
    else list.push({ [side]: source });
    pairs.set(name, list);
  };
  for (const source of old.sources) add("old", source, old.root);
  for (const source of current.sources) add("new", source, current.root);
  const named = [...pairs.entries()].sort(([a], [b]) => byCodePoint(a, b)).flatMap(([, list]) => list);
  return { pairs: named, additions: options.additions ?? {}, severities: [...errorsOnly(options.severities)], order: Boolean(options.order) };
}

/** Chunks back into one outcome, the same whichever way the files were chunked. */
export function mergeChunks(old: DiffSide, current: DiffSide, chunks: readonly ChunkResult[], options: DiffOptions): DiffOutcome {
  const sides = { old, new: current };
  const checker = new Checker({ registries: createRegistries(options.additions), severities: errorsOnly(options.severities) });
  // Bytes are wanted again only for the few files with cross-file findings or without a usable catalog.
  const inputs = { old: new Map(old.sources.map((s) => [s.path, s])), new: new Map(current.sources.map((s) => [s.path, s])) };
  const bytesOf = (side: Side, path: string): Uint8Array => {
    const input = inputs[side].get(path);
    return input ? sourceOf(input).bytes : new Uint8Array();
  };
  const order = { old: new Map(old.sources.map((s, i) => [s.path, i])), new: new Map(current.sources.map((s, i) => [s.path, i])) };
  const entries = chunks.flatMap((c) => c.files);
  const filesOf = (side: Side) =>
    entries
      .filter((e) => e.side === side)
      .sort((a, b) => order[side].get(a.file.path)! - order[side].get(b.file.path)!);

  // Checking's cross-file rules and suppressions, per side, as checkSources does them.
  const checked: Record<Side, CheckedFile[]> = { old: [], new: [] };
  for (const side of ["old", "new"] as const) {
    const list = filesOf(side);
    checked[side] = list.map((e) => e.file);
    const headers = list.flatMap((e) => (e.header ? [e.header as CatalogHeader] : []));
    const textOf = (path: string) => decode(bytesOf(side, path)).text;
    addCorpusFindings(checked[side], checker.checkCorpus(headers, { text: textOf }), (f) => textOf(f.path));
    checker.applySuppressions(checked[side]);
  }

  // Keys held by several files on a side cannot be paired: every file with that key is skipped.
  const filesByKey = { old: new Map<string, string[]>(), new: new Map<string, string[]>() };
  for (const e of entries) if (e.key) filesByKey[e.side].set(e.key, [...(filesByKey[e.side].get(e.key) ?? []), e.file.path]);
  const duplicated = new Set([...filesByKey.old, ...filesByKey.new].filter(([, files]) => files.length > 1).map(([key]) => key));
  const skipped: Skipped[] = [];
  for (const key of duplicated) {
    for (const side of ["old", "new"] as const) for (const file of filesByKey[side].get(key) ?? []) skipped.push({ side, file, reason: "duplicate-catalog" });
  }

  // Files without a usable catalog: skipped, unless byte-identical on both sides (nothing changed).
  const invalid = { old: new Map<string, { file: string; bytes: Uint8Array }>(), new: new Map<string, { file: string; bytes: Uint8Array }>() };
  for (const e of entries) {
    if (!e.key) invalid[e.side].set(nameIn(e.file.path, sides[e.side].root), { file: e.file.path, bytes: bytesOf(e.side, e.file.path) });
  }
  for (const side of ["old", "new"] as const) {
    const other = invalid[side === "old" ? "new" : "old"];
    for (const [name, { file, bytes: content }] of invalid[side]) {
      const twin = other.get(name);
      if (!twin || !Buffer.from(twin.bytes).equals(Buffer.from(content))) skipped.push({ side, file, reason: "invalid" });
    }
  }

  const diffs: CatalogDiff[] = chunks.flatMap((c) => c.diffs).filter((d) => !duplicated.has(`${d.jurisdiction}\u0000${d.domain}`));
  // Catalogs that paired across chunks (a file renamed between the sides), or not at all. One whose
  // file cannot be read on the other side is skipped rather than reported added or removed.
  const rest = chunks.flatMap((c) => c.unpaired).filter(({ view }) => !duplicated.has(`${view.code}\u0000${view.domain}`));
  const keys = { old: new Set(filesByKey.old.keys()), new: new Set(filesByKey.new.keys()) };
  const kept = rest.filter(({ side, view }) => {
    const other = side === "old" ? "new" : "old";
    const brokenTwin = invalid[other].has(nameIn(view.file, sides[side].root)) && !keys[other].has(`${view.code}\u0000${view.domain}`);
    if (brokenTwin) skipped.push({ side, file: view.file, reason: "counterpart-invalid" });
    return !brokenTwin;
  });
  const across = compareViews(
    kept.filter((v) => v.side === "old").map((v) => v.view),
    kept.filter((v) => v.side === "new").map((v) => v.view),
    options,
  );
  const catalogs = [...diffs, ...across].sort((a, b) => byCodePoint(a.jurisdiction, b.jurisdiction) || byCodePoint(a.domain, b.domain));
  skipped.sort((a, b) => byCodePoint(a.side, b.side) || byCodePoint(a.file, b.file));
  const result: DiffResult = { version: 1, old: sideOf(old), new: sideOf(current), summary: summary(catalogs, skipped.length), catalogs, skipped };
  const usable = (side: Side) => [...filesByKey[side]].filter(([key]) => !duplicated.has(key)).length;
  return { result, files: [...checked.old, ...checked.new], compared: { old: usable("old"), new: usable("new") } };
}

/** The benchmark's entry point too: two in-memory corpora in, the comparison out (one thread). */
export function diffSources(old: DiffSide, current: DiffSide, options: DiffOptions = {}): DiffOutcome {
  return mergeChunks(old, current, [diffChunk(chunkInput(old, current, options))], options);
}
