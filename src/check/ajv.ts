/** One way to build a validator for the project's schemas (catalog and config alike). */
import type { Ajv as AjvInstance, Options } from "ajv";
// Loaded on first use: the built CLI validates with precompiled code and never compiles a schema.
import { ajvFormats, ajvModule } from "../lazy.js";

export function createAjv(options: Options): AjvInstance {
  const { Ajv } = ajvModule();
  const addFormats = ajvFormats();
  const ajv = new Ajv({ allErrors: true, ...options });
  addFormats(ajv, ["date"]);
  ajv.addKeyword("x-title-en");
  return ajv;
}
