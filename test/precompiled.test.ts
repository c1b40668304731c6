// What `npm run build` works out ahead for the built CLI (scripts/precompile.mjs) must be what the
// sources work out at run time: the standalone validators give the same errors, in the same order, as
// the schemas compiled now, on every catalog the tests ship (clean, defective and fixtures) and on
// configs valid and invalid; the registries' JSON is the YAML's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { rules } from "../src/check/rules/index.js";
import { compileCatalogValidator } from "../src/check/schema.js";
import { compileConfigValidator } from "../src/load/config.js";
import { readShippedRegistries } from "../src/model/registries.js";

const root = join(import.meta.dirname, "..");
const built = (name: string) => join(root, `dist/check/${name}.cjs`);
const load = (name: string) => createRequire(import.meta.url)(built(name)) as ValidateFunction;

/** Every document through both validators: same verdict, same errors. Returns how many were invalid. */
function compareOn(docs: { file: string; data: unknown }[], standalone: ValidateFunction, compiled: ValidateFunction): number {
  let invalid = 0;
  for (const { file, data } of docs) {
    const verdict = compiled(data);
    expect(standalone(data), file).toBe(verdict);
    expect(standalone.errors ?? null, file).toEqual(compiled.errors ?? null);
    if (!verdict) invalid++;
  }
  return invalid;
}

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

describe("what the build works out ahead", () => {
  it("are built by npm run build", () => {
    expect(existsSync(built("catalog-validator"))).toBe(true);
    expect(existsSync(built("config-validator"))).toBe(true);
  });

  it("check catalogs as the schema compiled at run time does", () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThan(50);
    // The comparison means something only if some documents break the schema.
    expect(compareOn(docs, load("catalog-validator"), compileCatalogValidator().validate)).toBeGreaterThan(10);
  });

  it("check configs as the schema compiled at run time does", () => {
    const configs = [
      readFileSync(join(root, "catalog.config.yaml"), "utf8"),
      "rules:\n  basis-unknown-law: warning\n  no-such-rule: error\n",
      "rules:\n  subject-generic: loud\n",
      "lang: fr\npaths: catalogs\n",
      "validate:\n  maxWarnings: -1\n  format: stylish\nbuild:\n  formats: [html, pdf]\nunknown: 1\n",
      "laws:\n  - title: 苏州市某条例\n    status: 现行有效\n  - id: 42\ndomains:\n  - slug: x\n",
    ].map((text, i) => ({ file: `config ${i}`, data: jsyaml.load(text) }));
    const { validate: compiled } = compileConfigValidator(rules.map((r) => r.id));
    expect(compareOn(configs, load("config-validator"), compiled)).toBeGreaterThanOrEqual(5);
  });

  // The built CLI and its workers are bundles (scripts/bundle.mjs): each must still find the files
  // beside its modules, or it would quietly compile the schemas and parse the YAML at every start.
  it("are what the built CLI and its worker threads load", () => {
    const record = join(mkdtempSync(join(tmpdir(), "catalog-exists-")), "record.txt");
    const run = spawnSync(process.execPath, ["--import", pathToFileURL(join(root, "test/helpers/record-exists.mjs")).href, join(root, "bin/catalog.js"), "validate", "catalogs"], {
      cwd: root,
      env: { ...process.env, CATALOG_WORKERS: "2", RECORD_EXISTS: record },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const answers = readFileSync(record, "utf8").trim().split("\n").map((line) => line.split("\t"));
    const asked = (file: string) => answers.filter(([path]) => path === join(root, file)).map(([, found]) => found);
    // Once by the main thread, once by the worker; and the worker entry itself was found.
    expect(asked("dist/check/catalog-validator.cjs")).toEqual(["true", "true"]);
    expect(asked("dist/model/registries.json")).toEqual(["true", "true"]);
    expect(asked("dist/check/worker.js")).toContain("true");
  });

  it("write the registries as they are in src/registries", () => {
    const built = JSON.parse(readFileSync(join(root, "dist/model/registries.json"), "utf8")) as unknown;
    expect(built).toEqual(readShippedRegistries());
  });
});
