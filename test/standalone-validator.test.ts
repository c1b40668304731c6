// The built CLI validates with the standalone code `npm run build` compiles from the schema
// (scripts/compile-validator.mjs); the sources compile the schema at run time. Both must give the
// same errors, in the same order, on every catalog the tests ship: clean, defective and fixtures.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { compileCatalogValidator } from "../src/check/schema.js";

const root = join(import.meta.dirname, "..");
const built = join(root, "dist/check/catalog-validator.cjs");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Every document that parses; files that do not are the YAML rules' business, not the schema's. */
function documents(): { file: string; data: unknown }[] {
  const files = ["catalogs", "test/defects", "test/rules", "test/fixtures"].flatMap((d) => (existsSync(join(root, d)) ? yamlFiles(join(root, d)) : []));
  return files.flatMap((file) => {
    try {
      return [{ file, data: jsyaml.load(readFileSync(file, "utf8"), { schema: jsyaml.CORE_SCHEMA }) }];
    } catch {
      return [];
    }
  });
}

describe("the standalone catalog validator", () => {
  it("is built by npm run build", () => {
    expect(existsSync(built)).toBe(true);
  });

  it("gives the errors the schema compiled at run time gives", () => {
    const standalone = createRequire(import.meta.url)(built) as ValidateFunction;
    const { validate: compiled } = compileCatalogValidator();
    const docs = documents();
    expect(docs.length).toBeGreaterThan(50);
    let invalid = 0;
    for (const { file, data } of docs) {
      const verdict = compiled(data);
      expect(standalone(data), file).toBe(verdict);
      expect(standalone.errors ?? null, file).toEqual(compiled.errors ?? null);
      if (!verdict) invalid++;
    }
    // The comparison means something only if some documents break the schema.
    expect(invalid).toBeGreaterThan(10);
  });
});
