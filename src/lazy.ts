/**
 * CommonJS packages loaded on first use rather than at start-up. Every worker thread of a large check
 * imports the checking modules afresh, and most runs never need the YAML AST (files without findings),
 * ajv (the built CLI loads precompiled validators) or iconv-lite (files in UTF-8): together they cost
 * a worker a quarter of its start. `require` keeps the call sites synchronous.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const yamlLibrary = lazy<typeof import("yaml")>("yaml");
