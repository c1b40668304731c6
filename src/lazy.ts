/**
 * CommonJS packages loaded on first use rather than at start-up. Every worker thread of a large check
 * imports the checking modules afresh, and most runs never need the YAML AST (files without findings),
 * ajv (the built CLI loads precompiled validators) or iconv-lite (files in UTF-8): together they cost
 * a worker a quarter of its start. exceljs (reading .xlsx in `catalog import`) cost every command 0.15 s
 * of CPU at start when it was imported at the top of its module. `require` keeps the call sites synchronous. Every such package is
 * named here, in a require() of its own: the build's bundles (scripts/bundle.mjs) drop this module's
 * `require` for the bundler's, which then carries the package, still evaluated on first use.
 */
import type { Ajv, Options } from "ajv";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function lazy<T>(load: () => unknown): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load() as T);
}

export const yamlLibrary = lazy<typeof import("yaml")>(() => require("yaml"));
export const iconvLite = lazy<typeof import("iconv-lite")>(() => require("iconv-lite"));
export const ajvModule = lazy<{ Ajv: new (options: Options) => Ajv }>(() => require("ajv"));
export const excelJs = lazy<typeof import("exceljs")>(() => require("exceljs"));
export const ajvFormats = lazy<(ajv: Ajv, formats: string[]) => Ajv>(() => require("ajv-formats"));
