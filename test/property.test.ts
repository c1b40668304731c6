/**
 * Whatever a file holds, `catalog validate --format json` answers: the real CLI entry on random and
 * mutated catalogs (keys deleted, types changed, unicode and control characters, huge strings, random
 * YAML text, truncation, duplicated lines, anchors and aliases, raw bytes). It never throws, exits 0 or 1
 * (a file the tool cannot take is a finding, never exit 2), prints JSON whose counts agree with its
 * diagnostics, and every position is 1-based, ordered and inside the file. Hostile text in metadata and
 * items reaches no output as a control character and no terminal as an escape sequence.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import jsyaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { decode } from "../src/load/decode.js";
import { runCli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "catalog-property-"));
// An empty project config here, so no catalog.config.yaml further up the temp folder can interfere.
writeFileSync(join(dir, "catalog.config.yaml"), "# property tests: defaults\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const shipped = jsyaml.load(readFileSync(join(import.meta.dirname, "../catalogs/320506-吴中区/社会救助.yaml"), "utf8")) as { items: Json[] };
// Three items keep each run short; the mutations reach every part of them.
const base = { ...shipped, items: shipped.items.slice(0, 3) } as unknown as Json;

interface Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
}

async function validateBytes(bytes: Uint8Array): Promise<void> {
  writeFileSync(join(dir, "catalog.yaml"), bytes);
  const { code, stdout, stderr } = await runCli(["validate", "--format", "json", "catalog.yaml"], { cwd: dir });
  expect(stderr).toBe("");
  expect([0, 1]).toContain(code);
  const output = JSON.parse(stdout) as { summary: { errors: number; warnings: number }; diagnostics: Diagnostic[] };
  const errors = output.diagnostics.filter((d) => d.severity === "error").length;
  expect(output.summary.errors).toBe(errors);
  expect(code).toBe(errors > 0 ? 1 : 0);
  const lines = decode(bytes).text.split("\n").length;
  for (const d of output.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), JSON.stringify(d)).toBe(true);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.endLine).toBeLessThanOrEqual(lines);
  }
}

const validateText = (text: string) => validateBytes(new TextEncoder().encode(text));

// ---- mutations of the catalog object ----

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function mutate(root: Json, path: Path, change: { kind: "delete" } | { kind: "replace"; value: Json }): Json {
  if (path.length === 0) return change.kind === "replace" ? change.value : null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (change.kind === "replace") parent[last] = change.value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const oddCharacters = fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u3000", "\ufeff", "\ud800", "𠀀", "é", "\t", "\r", "〔", "》", "：");
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom("a", "项", " ", "-", ":"), oddCharacters, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 20 });
const hugeText = fc.constantFrom("公".repeat(50_000), "a".repeat(200_000), "《".repeat(10_000));
const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  anyText,
  hugeText,
  fc.constantFrom("", "   ", "0101", "2024-13-45", "其他:", "《》", "国办发〔201680号"),
);
const value: fc.Arbitrary<Json> = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(anyText, leaf, { maxKeys: 3 }));

const objectMutation = fc.record({ at: fc.nat(), change: fc.oneof(fc.constant({ kind: "delete" as const }), value.map((v) => ({ kind: "replace" as const, value: v }))) });

// ---- mutations of the text ----

const yamlish = fc.string({
  unit: fc.constantFrom(":", "-", " ", "\n", "[", "]", "{", "}", "&a", "*a", "!!str", "|", ">", "'", '"', "#", "a", "项", "\t", "%", "@", "`", ",", "?", "---", "..."),
  maxLength: 30,
});

type TextMutation =
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicate-line"; at: number }
  | { kind: "alias"; from: number; to: number };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(yamlish, anyText) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("alias" as const), from: fc.nat(), to: fc.nat() }),
);

function mutateText(text: string, m: TextMutation): string {
  const lines = text.split("\n");
  switch (m.kind) {
    case "truncate":
      return text.slice(0, m.at % (text.length + 1));
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "duplicate-line": {
      const i = m.at % lines.length;
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join("\n");
    }
    case "alias": {
      // Anchor one `key: value` line's value and refer to it from another.
      const pairs = lines.map((l, i) => [i, /^(\s*[^\s#:][^:]*: )(\S.*)$/.exec(l)] as const).filter(([, p]) => p);
      if (pairs.length < 2) return text;
      const [a, pa] = pairs[m.from % pairs.length]!;
      const [b, pb] = pairs[m.to % pairs.length]!;
      const out = [...lines];
      out[a] = `${pa![1]}&x ${pa![2]}`;
      if (b !== a) out[b] = `${pb![1]}*x`;
      return out.join("\n");
    }
  }
}

const mutatedCatalog = fc
  .tuple(fc.array(objectMutation, { maxLength: 4 }), fc.array(textMutation, { maxLength: 3 }), fc.boolean())
  .map(([objectMutations, textMutations, flow]) => {
    let data = base;
    for (const { at, change } of objectMutations) {
      const paths = pathsOf(data);
      data = mutate(data, paths[at % paths.length]!, change);
    }
    const text = jsyaml.dump(data, { flowLevel: flow ? 3 : -1, lineWidth: -1 });
    return textMutations.reduce(mutateText, text);
  });

describe("validate on any input", () => {
  it("answers with well-formed JSON and positions inside the file for mutated catalogs", async () => {
    await fc.assert(fc.asyncProperty(mutatedCatalog, validateText), {
      numRuns: 300,
      examples: [
        [""],
        ["# 只有注释\n"],
        ["\ufeff"],
        ["-\n"],
        ["---\nformat: 1\n---\nformat: 1\n"],
        ["items: *missing\n"],
        ["a: &a [1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"],
        [`${"[".repeat(500)}${"]".repeat(500)}\n`],
        [`items:\n${"  - ".repeat(1)}${"{a: ".repeat(200)}1${"}".repeat(200)}\n`],
        ["jurisdiction:\n  code: 320506\n\tname: x\n"],
        ["\r\n\r\nformat: 1\r\nitems: [\r\n"],
        ["format: 1\rjurisdiction: x\r"],
      ],
    });
  });

  it("answers for random YAML-like text", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(yamlish, anyText), validateText), { numRuns: 150 });
  });

  it("answers for raw bytes in any encoding", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), validateBytes), { numRuns: 100 });
  });
});

// ---- hostile text through every output ----

/** Control characters (a Word manual line break, escape sequences, C1, bidi overrides) among plain text. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom("项", "a", " ", "《", "》"),
    fc.constantFrom("\u000b", "\u000c", "\u0000", "\u0007", "\u0008", "\u001b", "\u001b]0;x\u0007", "\u001b[2J", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066", "\ufeff", "\ufffe", "\r"),
  ),
  minLength: 1,
  maxLength: 12,
});
const metadataFields = [["compiler"], ["revision"], ["issued"], ["jurisdiction", "name"]] as const;
const itemFields = ["name", "category", "subject", "time_limit", "note"] as const;

const hostileCatalog = fc
  .record({ meta: fc.array(fc.tuple(fc.constantFrom(...metadataFields), hostile), { minLength: 1, maxLength: 4 }), items: fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...itemFields), hostile), { maxLength: 4 }) })
  .map(({ meta, items }) => {
    let data = base;
    for (const [path, text] of meta) data = mutate(data, [...path], { kind: "replace", value: `苏州${text}` });
    for (const [i, field, text] of items) data = mutate(data, ["items", i, field], { kind: "replace", value: `事项${text}` });
    const controls = [...meta.map(([, t]) => t), ...items.map(([, , t]) => t)].some((t) => reported.test(t));
    return { text: jsyaml.dump(data, { lineWidth: -1 }), controls };
  });

/** What text-control-character reports: the forbidden characters, the BOM among them. */
const reported = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/;

/** Characters no output may carry: C0 but tab, LF and CR (CSV records end in CRLF), DEL, C1, bidi overrides, noncharacters. */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;
const outputsDir = join(dir, "outputs");
const walk = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]));

describe("hostile text in metadata and items", () => {
  it("reaches no HTML, CSV or Word XML part as a control character; every Word XML part is well-formed", async () => {
    await fc.assert(
      fc.asyncProperty(hostileCatalog, async ({ text, controls }) => {
        writeFileSync(join(dir, "catalog.yaml"), text);
        const run = await runCli(["build", "catalog.yaml", "--force", "--out", outputsDir, "--formats", "html,csv,docx", "--fragment"], { cwd: dir });
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        for (const file of walk(outputsDir)) {
          expect(relative(outputsDir, file), "file name").not.toMatch(forbidden);
          if (file.endsWith(".docx")) {
            for (const [part, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
              if (!part.endsWith(".xml") && !part.endsWith(".rels")) continue;
              const xml = strFromU8(bytes);
              expect(xml, `${file} ${part}`).not.toMatch(forbidden);
              expect(XMLValidator.validate(xml), `${file} ${part}`).toBe(true);
            }
          } else if (!file.endsWith(".json")) {
            const content = file.endsWith(".csv") ? decodeCsv(readFileSync(file)) : readFileSync(file, "utf8");
            expect(content, file).not.toMatch(forbidden);
          }
        }
        // The office is told where: a finding for each value holding a control character, none otherwise.
        const checked = await runCli(["validate", "catalog.yaml", "-f", "json"], { cwd: dir });
        expect(checked.stdout.includes("text-control-character")).toBe(controls);
      }),
      { numRuns: 25 },
    );
  });

  it("reaches no terminal format as an ESC byte (stylish, github, diff text, textconv)", async () => {
    writeFileSync(join(dir, "base.yaml"), jsyaml.dump(base, { lineWidth: -1 }));
    await fc.assert(
      fc.asyncProperty(hostileCatalog, async ({ text }) => {
        writeFileSync(join(dir, "catalog.yaml"), text);
        const outputs = [
          await runCli(["validate", "catalog.yaml"], { cwd: dir }),
          await runCli(["validate", "catalog.yaml", "-f", "github"], { cwd: dir }),
          await runCli(["diff", "base.yaml", "catalog.yaml"], { cwd: dir }),
          await runCli(["textconv", "catalog.yaml"], { cwd: dir }),
        ];
        for (const { stdout, stderr } of outputs) {
          expect(stdout).not.toContain("\u001b");
          expect(stdout).not.toContain("\u009b");
          expect(stderr).not.toContain("\u001b");
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** The CSV as text: UTF-8 with BOM. */
const decodeCsv = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
