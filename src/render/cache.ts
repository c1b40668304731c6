/**
 * `build --cache`: what each output file was made from, so that a build renders only the outputs whose
 * inputs changed and keeps the rest from the current outputs (render/build.ts's Reuse; write.ts links
 * them into the new version). Per output: its inputs' fingerprint, the content hash of the bytes
 * written and the file's stamp as published; per catalog source: the table summary the index pages
 * need, so an unchanged catalog is not even read. The whole cache belongs to one key (the tool's
 * version, the registries with the config's additions, the output formats and options, the templates)
 * and is dropped when the key differs. A current file is kept only when it is still what was written:
 * its stamp as recorded, or else its content hash as recorded; a file missing, edited or replaced is
 * rendered again. A file that is not a build cache of this tool, or that does not read, is ignored
 * (the caller warns).
 */
import { lstatSync, readFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { cacheFormat, contentHash, readCacheFile, type CacheProblem } from "../check/cache.js";
import type { CatalogHeader } from "../model/types.js";
import type { Reuse } from "./build.js";
import type { CharacterProblem } from "./csv.js";
import type { TableSummary } from "./site.js";

/** The default build cache, beside validate's (one folder for a CI to restore). */
export const defaultBuildCacheName = ".catalog-cache/build.json";

interface Output {
  inputs: string;
  hash: string;
  stamp: string;
  outsideGbk?: CharacterProblem[];
}

interface BuildCacheData {
  tool: "catalog";
  format: typeof cacheFormat;
  kind: "build";
  key: string;
  /** by source content hash. */
  summaries: Record<string, TableSummary>;
  /** by output path (relative to the output folder, `/` separators). */
  outputs: Record<string, Output>;
}

/**
 * Size, modification time, change time and inode: any write to the file, a rename over it or a new
 * copy changes one of them (the change time cannot be set back by hand), and then its content is hashed.
 */
const stampOf = (stats: Stats): string => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const isOutput = (value: unknown): value is Output =>
  isRecord(value) && typeof value.inputs === "string" && typeof value.hash === "string" && typeof value.stamp === "string" && (value.outsideGbk === undefined || Array.isArray(value.outsideGbk));

const isSummary = (value: unknown): value is TableSummary =>
  isRecord(value) && typeof value.title === "string" && typeof value.jurisdiction === "string" && typeof value.domain === "string" && typeof value.rowCount === "number" && typeof value.groupCount === "number";

export class BuildCache {
  private readonly fresh: Pick<BuildCacheData, "summaries" | "outputs"> = { summaries: {}, outputs: {} };
  /** outputs rendered this run, and outputs kept from the current version. */
  rendered = 0;
  kept = 0;

  private constructor(
    private readonly key: string,
    private readonly known: Pick<BuildCacheData, "summaries" | "outputs">,
  ) {}

  static read(file: string, key: string): { cache: BuildCache; problem?: CacheProblem } {
    const { data, problem } = readCacheFile<BuildCacheData>(file, (d) => d.kind === "build" && isRecord(d.summaries) && isRecord(d.outputs));
    const known = data?.key === key ? data : { summaries: {}, outputs: {} };
    return { cache: new BuildCache(key, known), ...(problem ? { problem } : {}) };
  }

  /** The summary kept for a source whose content is `hash`. */
  summary(hash: string): TableSummary | undefined {
    const summary = hash ? this.known.summaries[hash] : undefined;
    return isSummary(summary) ? summary : undefined;
  }

  /** Records the summaries of this run's catalogs (sources gone drop out). */
  keepSummaries(entries: Iterable<[string, TableSummary]>): void {
    for (const [hash, summary] of entries) if (hash) this.fresh.summaries[hash] = summary;
  }

  /**
   * The Reuse a render takes: `current` is the folder of the outputs being replaced (none on a first
   * build), `keep` puts one of its files into the new version, `hashOf` names a catalog's source.
   */
  reuse(current: string | undefined, keep: (path: string) => void, hashOf: (catalog: CatalogHeader) => string): Reuse {
    return {
      hashOf,
      keep: (path, inputs) => {
        const output = this.known.outputs[path];
        if (!current || !isOutput(output) || output.inputs !== inputs || !intact(join(current, path), output)) return undefined;
        keep(path);
        this.fresh.outputs[path] = output;
        this.kept++;
        return { outsideGbk: output.outsideGbk ?? [] };
      },
      rendered: (path, inputs, data, outsideGbk) => {
        this.fresh.outputs[path] = { inputs, hash: contentHash(typeof data === "string" ? Buffer.from(data) : data), stamp: "", ...(outsideGbk.length ? { outsideGbk } : {}) };
        this.rendered++;
      },
    };
  }

  /** After the swap: each output's stamp as published (linking and unlinking change the change time). */
  stamp(out: string): void {
    for (const [path, output] of Object.entries(this.fresh.outputs)) {
      try {
        output.stamp = stampOf(lstatSync(join(out, path)));
      } catch {
        output.stamp = "";
      }
    }
  }

  serialise(): string {
    const data: BuildCacheData = { tool: "catalog", format: cacheFormat, kind: "build", key: this.key, ...this.fresh };
    return JSON.stringify(data);
  }
}

/** The current file is what was written: a regular file with the recorded stamp, or else the recorded content. */
function intact(file: string, output: Output): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch {
    return false;
  }
  if (!stats.isFile()) return false;
  if (output.stamp && stampOf(stats) === output.stamp) return true;
  try {
    return contentHash(readFileSync(file)) === output.hash;
  } catch {
    return false;
  }
}
