/**
 * The official SARIF 2.1.0 schema (test/fixtures/sarif-schema-2.1.0.json, from OASIS) as a validator.
 * It is draft-04, which ajv 8 reads only through ajv-draft-04; its formats (uri, uri-reference,
 * date-time) are checked too, with ajv-formats.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import draft04Module from "ajv-draft-04";
import formatsModule from "ajv-formats";

// Both are CommonJS with a default export; under NodeNext the default sits one level down.
type Module<T> = { default?: T };
const Ajv04 = ((draft04Module as unknown as Module<typeof draft04Module>).default ?? draft04Module) as unknown as typeof draft04Module.default;
const addFormats = ((formatsModule as unknown as Module<typeof formatsModule>).default ?? formatsModule) as unknown as typeof formatsModule.default;

const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);

export const validateSarif = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/sarif-schema-2.1.0.json"), "utf8")) as object);
