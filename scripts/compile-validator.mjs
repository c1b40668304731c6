#!/usr/bin/env node
// Part of `npm run build`: compiles the catalog schema to standalone validation code beside the built
// schema stage (dist/check/catalog-validator.cjs), so the CLI and every worker thread start without
// compiling it. Generated from schemas/ at each build, never committed, so it cannot drift.
import { writeFileSync, renameSync } from "node:fs";
import standaloneCode from "ajv/dist/standalone/index.js";
import { compileCatalogValidator, standaloneValidatorFile } from "../dist/check/schema.js";

const { ajv, validate } = compileCatalogValidator({ code: { source: true } });
const temporary = `${standaloneValidatorFile}.tmp`;
writeFileSync(temporary, standaloneCode(ajv, validate));
renameSync(temporary, standaloneValidatorFile);
