/** One way to build a validator for the project's schemas (catalog and config alike). */
import type { Ajv as AjvInstance, Options } from "ajv";
import { lazy } from "../lazy.js";

// Loaded on first use: the built CLI validates with precompiled code and never compiles a schema.
const ajvModule = lazy<typeof import("ajv")>("ajv");
const formatsPlugin = lazy<(ajv: AjvInstance, formats: string[]) => AjvInstance>("ajv-formats");

export function createAjv(options: Options): AjvInstance {
  const { Ajv } = ajvModule();
  const addFormats = formatsPlugin();
  const ajv = new Ajv({ allErrors: true, ...options });
  addFormats(ajv, ["date"]);
  ajv.addKeyword("x-title-en");
  return ajv;
}
