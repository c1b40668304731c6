/**
 * The per-file work of a comparison, for one chunk of same-named file pairs: check each file, model
 * it, and compare the catalogs that pair within the chunk (almost all do). Runs in-process or in a
 * worker thread; only findings, headers and differences leave it (plus the few catalogs that did not
 * pair), and typed catalogs are kept only as compact views meanwhile.
 */
import { Buffer } from "node:buffer";
import { Checker, type CheckedFile, type Source } from "../check/engine.js";
import { createRegistries, type RegistryAdditions } from "../model/registries.js";
import type { Catalog, CatalogHeader } from "../model/types.js";
import type { Severity } from "../report/finding.js";
import { compareCatalogs } from "./compare.js";
import { catalogView, type CatalogView } from "./fields.js";
import { catalogKey } from "./match.js";
import type { CatalogDiff } from "./types.js";

export type Side = "old" | "new";

/** Files with the same name within their side (either may be missing). */
export interface SourcePair {
  old?: Source;
  new?: Source;
}

export interface ChunkInput {
  pairs: SourcePair[];
  additions: RegistryAdditions;
  severities: [string, Severity | "off"][];
  order: boolean;
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
  /** catalogs with exactly one file on each side of this chunk, compared. */
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
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const files: ChunkFile[] = [];
  const views = { old: new Map<string, CatalogView[]>(), new: new Map<string, CatalogView[]>() };
  /** Records a checked file; returns its view, which an identical twin may reuse. */
  const take = (side: Side, { file, catalog }: Checked, twin?: CatalogView): CatalogView | undefined => {
    const entry: ChunkFile = { side, file: { ...file, text: "" } };
    let view: CatalogView | undefined;
    if (catalog) {
      const { items: _items, ...header } = catalog;
      entry.header = header;
      if (catalog.jurisdiction.code && catalog.domain) {
        view = twin ? { ...twin, file: catalog.file } : catalogView(catalog);
        entry.key = catalogKey(view);
        views[side].set(entry.key, [...(views[side].get(entry.key) ?? []), view]);
      }
    }
    files.push(entry);
    return view;
  };
  const check = (source: Source): Checked => {
    const { catalog, ...file } = checker.checkFile(source);
    return catalog ? { file, catalog } : { file };
  };
  for (const pair of input.pairs) {
    const old = pair.old && check(pair.old);
    const oldView = old && take("old", old);
    if (!pair.new) continue;
    // Most files are unchanged between revisions: identical bytes are checked and modelled once, and
    // sharing the items tells the comparison there is nothing to compare.
    if (old && Buffer.from(pair.new.bytes).equals(Buffer.from(pair.old!.bytes))) take("new", refiled(old, pair.new.path), oldView);
    else take("new", check(pair.new));
  }
  const diffs: CatalogDiff[] = [];
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
