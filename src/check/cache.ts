/**
 * `--cache`: what checking one file found, kept between runs under the file's content hash, so an
 * unchanged file is neither parsed nor checked again. Only the per-file phase is kept (findings before
 * cross-file rules and suppressions, the catalog's header, its suppression comments): the cross-file
 * rules run over every header on every run, so they still see everything. The whole cache belongs to
 * one key — the tool's version, the rules' severities, the registries with the config's additions and
 * the file size limit —
 * and is dropped when the key differs. A file that is not a cache this tool wrote, or that does not
 * read, is ignored with a warning (the caller's), never trusted.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CatalogHeader } from "../model/types.js";
import type { CheckedFile } from "./engine.js";

/** A file's per-file results, without its text. */
export interface CachedFile {
  file: CheckedFile;
  header?: CatalogHeader;
}

interface CacheData {
  tool: "catalog";
  format: 1;
  key: string;
  /** by the path as reported: content hash, the size and time the file had then, and results. */
  files: Record<string, Entry>;
}

interface Entry {
  hash: string;
  stamp: string;
  result: CachedFile;
}

/**
 * A file's size and modification time: when they are as recorded, its content hash is taken as
 * recorded, without reading it (as ESLint's and Prettier's caches do). A CI checkout gives every file
 * a new time, and then each is read and hashed.
 */
export const stampOf = (stats: { size: number; mtimeMs: number }): string => `${stats.size}:${stats.mtimeMs}`;

export const cacheFormat = 1;

/** The default cache file, beside the config (a CI restores the folder). */
export const defaultCacheName = ".catalog-cache/validate.json";

export const contentHash = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("base64url");

/** What every cached result depends on besides the file itself. */
export function cacheKey(parts: { version: string; severities: readonly [string, string][]; registries: unknown; maxFileMb?: number | undefined }): string {
  return createHash("sha256").update(JSON.stringify([parts.version, [...parts.severities].sort(), parts.registries, parts.maxFileMb ?? null])).digest("base64url");
}

export type CacheProblem = "unreadable" | "foreign" | "stale";

export class ResultCache {
  private readonly fresh: CacheData["files"] = {};
  private constructor(
    private readonly key: string,
    private readonly known: CacheData["files"],
  ) {}

  /** The cache in `file`, or an empty one and why the file's could not be used (no file: no problem). */
  static read(file: string, key: string): { cache: ResultCache; problem?: CacheProblem } {
    const { data, problem } = readCacheFile<CacheData>(file, (d) => typeof d.files === "object" && d.files !== null && !Array.isArray(d.files));
    // Another version, other rules or registries: every entry is stale, quietly (that is what a key is for).
    return { cache: new ResultCache(key, data?.key === key ? data.files : {}), ...(problem ? { problem } : {}) };
  }

  /** The content hash recorded for `path` if the file still has the size and time it had then. */
  hashFor(path: string, stamp: string): string | undefined {
    const entry = this.known[path];
    return entry?.stamp === stamp && typeof entry.hash === "string" ? entry.hash : undefined;
  }

  /** The results kept for `path` when its content is still `hash`; the entry is kept for the next run. */
  get(path: string, hash: string, stamp: string): CachedFile | undefined {
    const entry = this.known[path];
    if (!entry || entry.hash !== hash || !isCachedFile(entry.result, path)) return undefined;
    this.fresh[path] = { ...entry, stamp };
    return entry.result;
  }

  set(path: string, hash: string, stamp: string, result: CachedFile): void {
    this.fresh[path] = { hash, stamp, result };
  }

  /** This run's entries only: files gone or renamed drop out. */
  serialise(): string {
    const data: CacheData = { tool: "catalog", format: cacheFormat, key: this.key, files: this.fresh };
    return JSON.stringify(data);
  }
}

/** An entry is used only when it has the shape this version writes (a hand-edited cache is not trusted). */
function isCachedFile(value: unknown, path: string): value is CachedFile {
  const file = (value as Partial<CachedFile> | null)?.file;
  return !!file && file.path === path && Array.isArray(file.findings) && Array.isArray(file.directives) && typeof file.items === "number";
}

/**
 * A cache file's data when this tool wrote it in this format (`valid` checks the rest of its shape);
 * otherwise why it cannot be used. A missing file is no problem: there is just no data.
 */
export function readCacheFile<T extends { key: string }>(file: string, valid: (data: Record<string, unknown>) => boolean): { data?: T; problem?: CacheProblem } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? {} : { problem: "unreadable" };
  }
  let data: Record<string, unknown> | null;
  try {
    data = JSON.parse(text) as Record<string, unknown> | null;
  } catch {
    return { problem: "unreadable" };
  }
  if (!data || typeof data !== "object" || data.tool !== "catalog" || data.format !== cacheFormat || !valid(data)) return { problem: "foreign" };
  return { data: data as unknown as T };
}
