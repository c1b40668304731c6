/** One way to build a validator for the project's schemas (catalog and config alike). */
import { Ajv, type Options } from "ajv";
import formatsModule from "ajv-formats";

// ajv-formats is CommonJS with a default export; under NodeNext its default sits one level down.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ?? formatsModule) as unknown as (
  ajv: Ajv,
  formats: string[],
) => Ajv;

export function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, ...options });
  addFormats(ajv, ["date"]);
  ajv.addKeyword("x-title-en");
  return ajv;
}
