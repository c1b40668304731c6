/**
 * The schemas as contracts. (1) `validate --format json` output, as the CLI prints it, matches
 * schemas/validate-output.schema.json (format.md §3). (2) Every error the catalog schema can raise is
 * claimed by a specific rule, and "schema-invalid" reports whatever no specific rule claims.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ruleById, rules } from "../src/check/rules/index.js";
import { messageOf } from "../src/report/localise.js";
import { checkTexts, findingsOf, withoutCoverage } from "./helpers/check.js";
import { runCli } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>;
const validateOutput = new Ajv({ allErrors: true, strict: true }).compile(readJson("schemas/validate-output.schema.json"));

interface Diagnostic {
  file: string;
  line: number;
  severity: string;
  rule: string;
}
interface Output {
  summary: { files: number; errors: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
}

async function jsonOutput(args: string[]): Promise<Output> {
  const { stdout, stderr } = await runCli(["validate", "--format", "json", ...args], { cwd: root });
  expect(stderr).toBe("");
  const output = JSON.parse(stdout) as unknown;
  expect(validateOutput(output), JSON.stringify(validateOutput.errors, null, 2)).toBe(true);
  return output as Output;
}

describe("validate --format json", () => {
  it.each(["zh", "en"])("matches its schema on every rule fixture (--lang %s)", async (lang) => {
    const output = await jsonOutput(["--lang", lang, "test/rules"]);
    const { summary, diagnostics } = output;
    const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
    expect([summary.errors, summary.warnings, summary.infos]).toEqual([count("error"), count("warning"), count("info")]);
    expect(new Set(diagnostics.map((d) => d.rule)).size).toBeGreaterThan(10);
    for (const d of diagnostics) {
      expect(existsSync(join(root, d.file)), d.file).toBe(true);
      expect(ruleById.has(d.rule), d.rule).toBe(true);
    }
  });

  it("matches its schema on the shipped catalogs, with no errors", async () => {
    const output = await jsonOutput(["catalogs"]);
    expect(output.summary.files).toBeGreaterThan(0);
    expect(output.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("is a schema that rejects what the contract forbids", async () => {
    const output = await jsonOutput(["test/rules/duplicate-id/fail.yaml"]);
    const first = output.diagnostics[0]!;
    const broken = [
      { ...output, diagnostics: [{ ...first, line: 0 }] },
      { ...output, diagnostics: [{ ...first, severity: "fatal" }] },
      { ...output, diagnostics: [{ ...first, rule: "Duplicate_ID" }] },
      { ...output, diagnostics: [{ ...first, file: "test\\rules\\duplicate-id\\fail.yaml" }] },
      { ...output, version: 2 },
    ];
    for (const b of broken) expect(validateOutput(b), JSON.stringify(b).slice(0, 120)).toBe(false);
  });
});

describe("the catalog schema and the schema rules", () => {
  const item = `
  - id: SJ-01-01
    category: 综合业务
    name: 政策法规文件
    content: [社会救助相关法律、法规、规章和规范性文件]
    basis: [《社会救助暂行办法》（国务院令第649号）]
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 苏州市吴中区民政局
    channels: [政府网站]
    audience: 全社会
    method: 主动
    levels: [县级, 乡级]`;
  const catalog = (change: Record<string, string | undefined> = {}) => {
    const lines: Record<string, string | undefined> = {
      format: "1",
      jurisdiction: '\n  code: "320506"\n  name: 苏州市吴中区\n  level: 县级',
      domain: "社会救助",
      items: item,
      ...change,
    };
    return Object.entries(lines).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`])).join("\n") + "\n";
  };
  /** A violation of each keyword that can fail in catalog.schema.json (and the vocabularies it uses). */
  const violations: Record<string, { source: string; rule: string }> = {
    type: { source: catalog({ revision: "2024" }), rule: "value-type" },
    required: { source: catalog({ domain: undefined }), rule: "element-missing" },

    additionalProperties: { source: catalog({ 领域: "社会救助" }), rule: "key-unknown" },
    pattern: { source: catalog({ jurisdiction: '\n  code: "32050"\n  name: 苏州市吴中区\n  level: 县级' }), rule: "jurisdiction-code-format" },
    minLength: { source: catalog({ compiler: '""' }), rule: "element-empty" },
    minItems: { source: catalog({ items: "[]" }), rule: "element-empty" },
    enum: { source: catalog({ format: "2" }), rule: "value-format" },
    format: { source: catalog({ issued: "2024-13-01" }), rule: "value-format" },
  };

  it("uses only keywords whose errors a specific rule claims", () => {
    const keywords = new Set<string>();
    const applicators = new Set(["properties", "patternProperties", "items", "definitions", "$ref", "allOf", "then", "else"]);
    // An `if` schema only chooses a branch: its failures are never errors (schema.ts drops the `if` error itself).
    const annotations = new Set(["$schema", "title", "description", "examples", "default", "x-title-en", "$comment", "if"]);
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (applicators.has(key)) {
          if (key === "$ref") continue;
          Object.values(key === "items" || key === "then" || key === "else" ? { value } : (value as object)).forEach(walk);
        } else if (!annotations.has(key)) {
          keywords.add(key);
          if (key === "additionalProperties" && typeof value === "object") walk(value);
        }
      }
    };
    walk(readJson("schemas/catalog.schema.json"));
    walk(readJson("schemas/vocabularies.json"));
    // A keyword added to the schema must get a violation here, and a rule that claims it.
    expect([...keywords].sort()).toEqual(Object.keys(violations).sort());
  });

  it("asks a negative list for its entries, not for a catalog's domain and items", () => {
    const found = findingsOf(checkTexts({ "list.yaml": catalog({ kind: "negative-list", domain: undefined, items: undefined }) }, { severities: withoutCoverage }));
    expect(found.map((f) => [f.rule, f.path.join(".")])).toEqual([["element-missing", "entries"]]);
    const catalogFound = findingsOf(checkTexts({ "catalog.yaml": catalog({ domain: undefined, items: undefined }) }, { severities: withoutCoverage }));
    expect(catalogFound.map((f) => [f.rule, f.path.join(".")]).sort()).toEqual([["element-missing", "domain"], ["element-missing", "items"]]);
  });

  it.each(Object.entries(violations))("claims %s errors with a specific rule, never the catch-all", (_keyword, { source, rule }) => {
    const found = findingsOf(checkTexts({ "catalog.yaml": source })).map((f) => f.rule);
    expect(found).toContain(rule);
    expect(found).not.toContain("schema-invalid");
  });

  it('reports an error no specific rule claims as "schema-invalid", at its node, in both languages', () => {
    // With value-type left out, a type error has no specific rule: the catch-all must still report it.
    const withoutValueType = rules.filter((r) => r.id !== "value-type");
    const [finding, ...rest] = findingsOf(checkTexts({ "catalog.yaml": catalog({ revision: "2024" }) }, { rules: withoutValueType, severities: withoutCoverage }));
    expect(rest).toEqual([]);
    expect([finding!.rule, finding!.range.line, finding!.range.column, finding!.data.keyword]).toEqual(["schema-invalid", 19, 11, "type"]);
    for (const lang of ["zh", "en"] as const) {
      const message = messageOf(finding!, ruleById.get("schema-invalid")!, lang);
      expect(message).not.toMatch(/\{\{|\}\}/);
      expect(message).toContain(lang === "zh" ? "版本" : "revision");
    }
  });
});
