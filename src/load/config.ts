/**
 * catalog.config.yaml: found upward from the working directory (or given with --config), validated
 * by schemas/config.schema.json, its errors reported at their positions. A bad config ends the run
 * (exit 2): checking with half a config would give results nobody asked for.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Options, ValidateFunction } from "ajv";
import { createAjv } from "../check/ajv.js";
import { precompiled } from "../check/precompiled.js";
import type { DomainEntry, LawEntry } from "../model/registries.js";
import type { Severity } from "../report/finding.js";
import { schemasDir } from "../paths.js";
import { rangeOf, type Range } from "./positions.js";
import { parseWithPositions, parseYaml } from "./parse.js";
import { decode } from "./decode.js";

export const configNames = ["catalog.config.yaml", "catalog.config.yml"];

export interface LocalDomain {
  name: string;
  slug?: string;
  name_en?: string;
  department?: string;
  guideline?: string;
  aliases?: string[];
  id_prefix?: string;
}

export interface ProjectConfig {
  /** the config file, absolute; undefined when none was found. */
  file?: string;
  /** the folder paths are relative to. */
  dir: string;
  paths?: string[];
  lang?: "zh" | "en";
  rules?: Record<string, Severity | "off">;
  domains?: LocalDomain[];
  /** the project's preferred name of a domain that has several (环境保护 for 生态环境). */
  preferred_domain_names?: string[];
  laws?: Partial<LawEntry>[];
  validate?: { format?: string; outputs?: Record<string, string>; failOn?: Severity; maxWarnings?: number; baseline?: string; maxFileSize?: number };
  build?: { out?: string; formats?: ("html" | "csv" | "docx")[]; templates?: string };
  report?: { out?: string; period?: number };
}

export interface ConfigProblem {
  file: string;
  range: Range;
  keyword: string;
  path: (string | number)[];
  params: Record<string, unknown>;
  detail?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super("invalid config");
  }
}

export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of configNames) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The config validator; rule ids come from the rule index, so a config cannot name a rule that does not exist. */
export function compileConfigValidator(ruleIds: readonly string[], options: Options = {}): { ajv: ReturnType<typeof createAjv>; validate: ValidateFunction } {
  const schema = JSON.parse(readFileSync(join(schemasDir, "config.schema.json"), "utf8")) as Record<string, unknown>;
  const definitions = { ...(schema.definitions as object), ruleId: { type: "string", enum: [...ruleIds] } };
  const ajv = createAjv({ strict: false, ...options });
  return { ajv, validate: ajv.compile({ ...schema, definitions }) };
}

let validateConfig: ValidateFunction | undefined;

/** The config file named (--config) cannot be read. */
export class ConfigUnreadable extends Error {
  constructor(readonly file: string, readonly detail: string) {
    super(`cannot read ${file}: ${detail}`);
  }
}

export function loadConfig(file: string | undefined, cwd: string, ruleIds: readonly string[]): ProjectConfig {
  if (!file) return { dir: cwd };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ConfigUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const text = decode(bytes).text;
  // A config that loads cleanly needs no positions; one with a YAML problem has its AST already.
  const fast = parseYaml(text);
  let document = fast.document;
  const positioned = () => (document ??= parseWithPositions(text));
  const at = (start: number, end: number) => {
    const parsed = positioned();
    const a = parsed.lines.linePos(start);
    const b = parsed.lines.linePos(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  if (document?.doc.errors.length) {
    throw new ConfigError(document.doc.errors.map((e) => ({ file, range: at(e.pos[0], e.pos[1]), keyword: "yaml", path: [], params: {}, detail: e.message.split("\n")[0]! })));
  }
  const data = ((document ? document.doc.toJS({ maxAliasCount: 100 }) : fast.data) ?? {}) as ProjectConfig;
  validateConfig ??= precompiled("config-validator", () => compileConfigValidator(ruleIds).validate);
  if (!validateConfig(data)) {
    throw new ConfigError(
      (validateConfig.errors ?? []).map((e) => {
        const path = e.instancePath.split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const params = e.params as Record<string, unknown>;
        const extra = e.keyword === "additionalProperties" ? [String(params.additionalProperty)] : e.keyword === "propertyNames" ? [String(params.propertyName)] : [];
        return { file, range: rangeOf(positioned(), [...path, ...extra], extra.length ? "key" : "value"), keyword: e.keyword, path: [...path, ...extra], params };
      }),
    );
  }
  return { ...data, file, dir: dirname(file) };
}

/** Local domains need only a name; the registry's other fields get neutral defaults. */
export function localDomains(config: ProjectConfig): DomainEntry[] {
  return (config.domains ?? []).map((d) => ({
    name: d.name,
    slug: d.slug ?? "local",
    name_en: d.name_en ?? d.name,
    department: d.department ?? "",
    guideline: d.guideline ?? "",
    pilot: false,
    ...(d.aliases ? { aliases: d.aliases } : {}),
    ...(d.id_prefix ? { id_prefix: d.id_prefix } : {}),
  }));
}

export function localLaws(config: ProjectConfig): LawEntry[] {
  return (config.laws ?? []).map((l) => ({ kind: "地方性法规", status: "现行有效", ...l }) as LawEntry);
}
