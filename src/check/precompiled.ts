/**
 * Validators that `npm run build` compiled to standalone code (scripts/precompile.mjs), one
 * file each beside this module in dist/. Compiling a schema at every start costs the CLI, and each
 * of its worker threads, more than a small corpus takes to check. From the sources (tests) there is
 * no such file and the schema is compiled on the spot; a test checks that both give the same errors.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

/** The standalone code's file (CommonJS: ajv-formats' standalone code requires). */
export const precompiledFile = (name: string): string => fileURLToPath(new URL(`./${name}.cjs`, import.meta.url));

export function precompiled(name: string, compile: () => ValidateFunction): ValidateFunction {
  const file = precompiledFile(name);
  return existsSync(file) ? (require(file) as ValidateFunction) : compile();
}
