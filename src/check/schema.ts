/**
 * The JSON Schema stage: schemas/catalog.schema.json (the same file editors use) compiled with ajv
 * (precompiled by the build: precompiled.ts), and its errors turned into SchemaErrors carrying the
 * value and the users' name for the node.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import { createAjv } from "./ajv.js";
import { precompiled } from "./precompiled.js";
import type { Localised } from "../i18n.js";
import type { SourcePath } from "../model/types.js";
import { schemasDir } from "../paths.js";
import type { SchemaError } from "./define-rule.js";

type SchemaNode = {
  $ref?: string;
  title?: string;
  "x-title-en"?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
};

const readSchema = (name: string): SchemaNode => JSON.parse(readFileSync(join(schemasDir, name), "utf8")) as SchemaNode;

/** The catalog validator, compiled from the schema files; `options` lets the build ask for its source code. */
export function compileCatalogValidator(options: Options = {}): { ajv: Ajv; validate: ValidateFunction } {
  const ajv = createAjv({ strict: true, strictTypes: false, allowUnionTypes: true, messages: false, ...options });
  ajv.addSchema(readSchema("vocabularies.json"), "vocabularies.json");
  return { ajv, validate: ajv.compile({ ...readSchema("catalog.schema.json"), $id: "catalog.schema.json" }) };
}

export class CatalogSchema {
  private readonly validate = precompiled("catalog-validator", () => compileCatalogValidator().validate);
  private readonly root = readSchema("catalog.schema.json");
  private readonly vocabularies = readSchema("vocabularies.json");

  /** Errors for one document, in document order of their paths. */
  check(data: unknown): SchemaError[] {
    if (this.validate(data)) return [];
    // An `if` error only says its branch failed; the branch's own errors say what is wrong.
    return (this.validate.errors ?? []).filter((e) => e.keyword !== "if").map((e) => this.toSchemaError(e, data));
  }

  private toSchemaError(error: ErrorObject, data: unknown): SchemaError {
    const path = pointerToPath(error.instancePath, data);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === "required") path.push(String(params.missingProperty));
    if (error.keyword === "additionalProperties") path.push(String(params.additionalProperty));
    const label = this.labelAt(path);
    return { keyword: error.keyword, path, params, value: valueAt(data, path), ...(label ? { label } : {}) };
  }

  private resolve(node: SchemaNode | undefined): SchemaNode | undefined {
    let current = node;
    for (let guard = 0; current?.$ref && guard < 10; guard++) {
      const [file, pointer] = current.$ref.split("#");
      const base = file ? this.vocabularies : this.root;
      const name = pointer?.replace("/definitions/", "") ?? "";
      const target: SchemaNode | undefined = base.definitions?.[name];
      // Keep the referring node's own title (e.g. `level` titled 层级 refers to a shared definition).
      current = target ? { ...target, ...withoutRef(current) } : undefined;
    }
    return current;
  }

  /** The schema node describing `path`, or undefined past what the schema describes. */
  nodeAt(path: SourcePath): SchemaNode | undefined {
    let node = this.resolve(this.root);
    for (const segment of path) {
      if (!node) return undefined;
      node = this.resolve(typeof segment === "number" ? node.items : node.properties?.[segment]);
    }
    return node;
  }

  /** by the path with its list indexes left out: every item's `subject` has one label. */
  private readonly labels = new Map<string, Localised | undefined>();

  labelAt(path: SourcePath): Localised | undefined {
    // Messages name an element for each of a city's 20,000 findings; walking the schema for each was a
    // tenth of the time spent localising them.
    const key = path.map((s) => (typeof s === "number" ? "#" : `.${s}`)).join("");
    if (this.labels.has(key)) return this.labels.get(key);
    const node = this.nodeAt(path);
    const label = node?.title ? { zh: node.title, en: node["x-title-en"] ?? node.title } : undefined;
    this.labels.set(key, label);
    return label;
  }

  allowedKeys(path: SourcePath): { key: string; label?: Localised }[] {
    const node = this.nodeAt(path);
    return Object.entries(node?.properties ?? {}).map(([key, child]) => {
      const resolved = this.resolve(child);
      return resolved?.title ? { key, label: { zh: resolved.title, en: resolved["x-title-en"] ?? resolved.title } } : { key };
    });
  }
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** JSON pointer → path; a segment is a list index only where the data there is a list. */
function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return path;
}

export function valueAt(data: unknown, path: SourcePath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

let shared: CatalogSchema | undefined;

/** The compiled schema, built once per process (compiling is the expensive part). */
export function catalogSchema(): CatalogSchema {
  shared ??= new CatalogSchema();
  return shared;
}
