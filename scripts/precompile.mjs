#!/usr/bin/env node
// Part of `npm run build`: what every run would otherwise work out again at start, written beside the
// built modules. Generated from the sources at each build, never committed, so it cannot drift:
//   dist/check/*-validator.cjs   the catalog and config schemas as standalone ajv code (src/check/precompiled.ts)
//   dist/model/registries.json   the shipped registries, src/registries/*.yaml, as one JSON file
import { renameSync, writeFileSync } from "node:fs";
import standaloneCode from "ajv/dist/standalone/index.js";
import { precompiledFile } from "../dist/check/precompiled.js";
import { rules } from "../dist/check/rules/index.js";
import { compileCatalogValidator } from "../dist/check/schema.js";
import { compileConfigValidator } from "../dist/load/config.js";
import { readShippedRegistries, shippedRegistriesFile } from "../dist/model/registries.js";

function writeAtomic(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const code = { code: { source: true } };
const validators = {
  "catalog-validator": compileCatalogValidator(code),
  "config-validator": compileConfigValidator(rules.map((r) => r.id), code),
};
for (const [name, { ajv, validate }] of Object.entries(validators)) writeAtomic(precompiledFile(name), standaloneCode(ajv, validate));
writeAtomic(shippedRegistriesFile, JSON.stringify(readShippedRegistries()));
