#!/usr/bin/env node
// Part of `npm run build`: compiles the catalog and config schemas to standalone validation code beside
// the built modules (dist/check/*-validator.cjs, see src/check/precompiled.ts), so the CLI and every
// worker thread start without compiling them. Generated from schemas/ at each build, never committed,
// so it cannot drift from them.
import { renameSync, writeFileSync } from "node:fs";
import standaloneCode from "ajv/dist/standalone/index.js";
import { precompiledFile } from "../dist/check/precompiled.js";
import { rules } from "../dist/check/rules/index.js";
import { compileCatalogValidator } from "../dist/check/schema.js";
import { compileConfigValidator } from "../dist/load/config.js";

const code = { code: { source: true } };
const validators = {
  "catalog-validator": compileCatalogValidator(code),
  "config-validator": compileConfigValidator(rules.map((r) => r.id), code),
};
for (const [name, { ajv, validate }] of Object.entries(validators)) {
  const file = precompiledFile(name);
  writeFileSync(`${file}.tmp`, standaloneCode(ajv, validate));
  renameSync(`${file}.tmp`, file);
}
