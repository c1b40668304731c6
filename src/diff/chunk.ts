/**
 * The per-file work of a comparison, for the same-named file pairs a thread takes: read and check each
 * file, model it, and compare the two catalogs of a pair at once when they are the same catalog
 * (almost all are), so no more than a pair's views are alive at a time. Runs in-process or in a worker
 * thread claiming pairs from a shared counter (threads.ts); only findings, headers and differences leave
 * it, plus the views of the few catalogs that did not pair with their namesake.
 */
import { Buffer } from "node:buffer";
import { Checker, type CheckedFile, type Source } from "../check/engine.js";
import { parseYaml, type Parsed } from "../load/parse.js";
import { sourceOf, type SourceInput } from "../load/read.js";
import { knownItems, parseRevision, type KnownItems } from "../load/revision.js";
import { createRegistries, type RegistryAdditions } from "../model/registries.js";
import type { Catalog, CatalogHeader } from "../model/types.js";
import type { Severity } from "../report/finding.js";
import { claims, detached, type Shared } from "../threads.js";
import { compareCatalogs } from "./compare.js";
import { catalogView, type CatalogView } from "./fields.js";
import { catalogKey } from "./match.js";
import type { CatalogDiff } from "./types.js";

export type Side = "old" | "new";

/** Files with the same name within their side (either may be missing). */
export interface SourcePair {
  old?: SourceInput;
  new?: SourceInput;
}

export interface ChunkInput {
  pairs: SourcePair[];
  additions: RegistryAdditions;
  severities: [string, Severity | "off"][];
  order: boolean;
  /** when set, only the pairs this thread claims from the shared counter; otherwise all. */
  claimed?: Shared["claimed"];
}

export interface ChunkFile {
  side: Side;
  /** without its text (the caller has the bytes) and without its catalog. */
  file: CheckedFile;
  header?: CatalogHeader;
  /** the catalog's (jurisdiction code, domain) key, when it has both. */
  key?: string;
}

export interface ChunkResult {
  files: ChunkFile[];
  /** catalogs compared here: a pair's two files, or a catalog with one file on each side of this chunk. */
  diffs: CatalogDiff[];
  /** usable catalogs that did not pair within the chunk: the caller pairs them across chunks. */
  unpaired: { side: Side; view: CatalogView }[];
}

interface Checked {
  file: CheckedFile;
  catalog?: Catalog;
}

/** A file identical to one already checked, under its own path: same findings, same catalog. */
function refiled({ file, catalog }: Checked, path: string): Checked {
  return {
    file: { ...file, path, findings: file.findings.map((f) => ({ ...f, file: path })) },
    ...(catalog ? { catalog: { ...catalog, file: path } } : {}),
  };
}

export function diffChunk(input: ChunkInput): ChunkResult {
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities), revisions: true });
  const files: ChunkFile[] = [];
  const views = { old: new Map<string, CatalogView[]>(), new: new Map<string, CatalogView[]>() };
  /** Records a checked file; returns its view, which an identical twin may reuse. */
  const take = (side: Side, { file, catalog }: Checked, twin?: CatalogView): CatalogView | undefined => {
    const entry: ChunkFile = { side, file: { ...file, text: "" } };
    let view: CatalogView | undefined;
    if (catalog) {
      const { items: _items, ...header } = catalog;
      entry.header = header;
      if (catalog.jurisdiction.code && (catalog.domain || catalog.supplementary)) {
        view = twin ? { ...twin, file: catalog.file } : catalogView(catalog);
        entry.key = catalogKey(view);
      }
    }
    files.push(detached(entry));
    return view;
  };
  const keep = (side: Side, view: CatalogView) => views[side].set(catalogKey(view), [...(views[side].get(catalogKey(view)) ?? []), view]);
  const check = (source: Source, parse?: (text: string) => Parsed): Checked => {
    const { catalog, ...file } = checker.checkFile(source, parse);
    return catalog ? { file, catalog } : { file };
  };
  // The old file's items by their text, for parsing its revision (load/revision.ts).
  let known: KnownItems | undefined;
  const parseOld = (text: string): Parsed => {
    const parsed = parseYaml(text);
    known = parsed.problems.length ? undefined : knownItems(text, parsed.data);
    return parsed;
  };
  const parseNew = (text: string): Parsed => {
    const data = known && parseRevision(text, known);
    return data === undefined ? parseYaml(text) : { data, fatal: false, problems: [] };
  };
  const diffs: CatalogDiff[] = [];
  const indexes = input.claimed ? claims({ claimed: input.claimed }, input.pairs.length) : input.pairs.keys();
  for (const index of indexes) {
    const pair = input.pairs[index]!;
    const oldSource = pair.old && sourceOf(pair.old);
    known = undefined;
    const old = oldSource && check(oldSource, parseOld);
    const oldView = old && take("old", old);
    let newView: CatalogView | undefined;
    if (pair.new) {
      const newSource = sourceOf(pair.new);
      // Most files are unchanged between revisions: identical bytes are checked and modelled once, and
      // sharing the items tells the comparison there is nothing to compare.
      if (old && Buffer.from(newSource.bytes).equals(Buffer.from(oldSource.bytes))) newView = take("new", refiled(old, newSource.path), oldView);
      else newView = take("new", check(newSource, parseNew));
    }
    // A catalog held by two files of a side is found in the merge, which then drops its diffs.
    if (oldView && newView && catalogKey(oldView) === catalogKey(newView)) diffs.push(detached(compareCatalogs(oldView, newView, { order: input.order })));
    else {
      if (oldView) keep("old", oldView);
      if (newView) keep("new", newView);
    }
  }
  const unpaired: ChunkResult["unpaired"] = [];
  for (const [key, left] of views.old) {
    const right = views.new.get(key);
    if (left.length === 1 && right?.length === 1) {
      diffs.push(compareCatalogs(left[0], right[0], { order: input.order }));
      views.new.delete(key);
    } else unpaired.push(...left.map((view) => ({ side: "old" as const, view })));
  }
  for (const right of views.new.values()) unpaired.push(...right.map((view) => ({ side: "new" as const, view })));
  return { files, diffs, unpaired };
}
