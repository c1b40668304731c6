/**
 * The CI formats (style.md §5.4): one golden file per formatter from one shared set of findings
 * (test/formatters/corpus, rewritten only with UPDATE=1), each output also read back the way its
 * consumer reads it: SARIF against the official 2.1.0 schema, JUnit as XML, GitHub annotation lines with
 * GitHub's escaping, GitLab Code Quality against its documented fields.
 */
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/check/rules/index.js";
import type { Lang } from "../../src/i18n.js";
import type { FileResult, LocalisedFinding } from "../../src/report/finding.js";
import type { FormatContext } from "../../src/report/format-context.js";
import { formatNames, loadFormatter, type FormatName } from "../../src/report/formatters/index.js";
import type { Formatter } from "../../src/report/format-context.js";

const formatters = Object.fromEntries(await Promise.all(formatNames.map(async (name) => [name, await loadFormatter(name)] as const))) as Record<FormatName, Formatter>;
import { localiseFindings } from "../../src/report/localise.js";
import { checkTexts, readFixture } from "../helpers/check.js";
import { validateSarif } from "./sarif-schema.js";
import { expectGolden } from "../helpers/golden.js";

const here = import.meta.dirname;
const corpus = readFixture(join(here, "corpus"), join(here, "corpus"));
// Every severity: errors (duplicate-id, placeholder-unfilled), warnings (vocabulary-variant) and, turned
// down to info here, the stale suppression. The pilot-domain coverage report would only add noise.
const severities = new Map([
  ["suppression-unused", "info" as const],
  ["coverage-pilot-domains", "off" as const],
]);

function resultsIn(lang: Lang, texts: Record<string, string> = corpus): FileResult[] {
  const { files } = checkTexts(texts, { severities: new Map([...severities].filter(([id]) => ruleById.has(id))) });
  return files.map((f) => ({ path: f.path, items: f.items, findings: localiseFindings(f.findings, ruleById, lang) }));
}

const results = resultsIn("zh");
const findings = results.flatMap((r) => r.findings);
/** Only the rules the findings use, so adding a rule elsewhere does not rewrite the goldens. */
const usedRules = new Map([...ruleById].filter(([id]) => findings.some((f) => f.rule === id)));
const docsBase = "https://docs.example.org/catalog/1.2.3/rules/";
const ruleHelp = new Map([...usedRules.keys()].map((id) => [id, `# ${id}\n\nThe page of ${id}.\n`]));
const context = (lang: Lang = "zh", extra: Partial<FormatContext> = {}): FormatContext => ({ lang, color: false, version: "1.2.3", rules: usedRules, docsBase, ruleHelp, ...extra });
const output = (name: FormatName, lang: Lang = "zh", rs: readonly FileResult[] = results, extra: Partial<FormatContext> = {}) => formatters[name](rs, context(lang, extra));

/** A finding to test escaping with: the characters each format must protect. */
function tricky(message: string, file = "catalogs/a,b:c.yaml"): FileResult[] {
  const base = findings.find((f) => f.rule === "vocabulary-variant")!;
  const finding: LocalisedFinding = { ...base, file, message };
  return [{ path: file, items: 1, findings: [finding] }];
}

it("the shared findings have every severity, several rules and a file without findings", () => {
  expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["error", "warning", "info"]));
  expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(4);
  expect(results.some((r) => r.findings.length === 0)).toBe(true);
});

describe("golden files (UPDATE=1 rewrites them)", () => {
  const extension: Record<FormatName, string> = { stylish: "txt", json: "json", sarif: "sarif", github: "txt", junit: "xml", gitlab: "json" };
  for (const name of Object.keys(formatters) as FormatName[]) {
    it(name, () => {
      const file = join(here, "golden", `${name}.${extension[name]}`);
      expectGolden(file, output(name));
    });
  }

  it("every formatter gives the same bytes for the same input", () => {
    for (const name of Object.keys(formatters) as FormatName[]) expect(output(name)).toBe(output(name));
  });
});

describe("sarif", () => {
  it("validates against the official SARIF 2.1.0 schema", () => {
    const log = JSON.parse(output("sarif"));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it("a log without findings validates too", () => {
    expect(validateSarif(JSON.parse(output("sarif", "zh", [])))).toBe(true);
  });

  it("the schema rejects a broken log (the check can fail)", () => {
    const log = JSON.parse(output("sarif"));
    log.runs[0].results[0].level = "fatal";
    delete log.runs[0].tool.driver.name;
    expect(validateSarif(log)).toBe(false);
  });

  it("describes every rule, in the run's language, with its page and default level", () => {
    for (const lang of ["zh", "en"] as const) {
      const driver = JSON.parse(output("sarif", lang)).runs[0].tool.driver;
      expect(driver).toMatchObject({ name: "catalog", version: "1.2.3" });
      expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...usedRules.keys()].sort());
      for (const rule of driver.rules) {
        const meta = ruleById.get(rule.id)!;
        expect(rule.shortDescription.text).toBe(meta.description[lang]);
        expect(rule.fullDescription.text).toBe(meta.description[lang]);
        expect(rule.helpUri).toBe(`https://docs.example.org/catalog/1.2.3/rules/${rule.id}.md`);
        expect(rule.help).toEqual({ text: `${meta.description[lang]}\n${rule.helpUri}`, markdown: ruleHelp.get(rule.id) });
        expect(rule.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[meta.severity]);
        expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      }
    }
  });

  it("each result has its rule index, level, message and a 1-based region in UTF-16 columns", () => {
    const run = JSON.parse(output("sarif")).runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((result: any, i: number) => {
      const f = findings[i]!;
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result.level).toBe({ error: "error", warning: "warning", info: "note" }[f.severity]);
      expect(result.message.text).toBe(f.message);
      const location = result.locations[0].physicalLocation;
      expect(decodeURIComponent(location.artifactLocation.uri)).toBe(f.file);
      expect(location.artifactLocation.uriBaseId).toBe("SRCROOT");
      expect(location.artifactLocation.uri).not.toMatch(/[^\x21-\x7e]/); // percent-encoded: a valid URI reference
      expect(location.region).toEqual({ startLine: f.range.line, startColumn: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn });
    });
  });

  it("names the repository root as the URIs' base, without a machine path", () => {
    const run = JSON.parse(output("sarif")).runs[0];
    expect(Object.keys(run.originalUriBaseIds)).toEqual(["SRCROOT"]);
    expect(run.originalUriBaseIds.SRCROOT.uri).toBeUndefined();
  });

  it("gives URIs from the repository root when run in a subfolder", () => {
    const inSub = JSON.parse(output("sarif", "zh", results, { rootPrefix: "project/" })).runs[0];
    const atRoot = JSON.parse(output("sarif")).runs[0];
    const uris = (run: any) => run.results.map((r: any) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris(inSub)).toEqual(uris(atRoot).map((u: string) => `project/${u}`));
    const up = tricky("m", "../shared/a.yaml");
    expect(JSON.parse(output("sarif", "zh", up, { rootPrefix: "project/sub/" })).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("project/shared/a.yaml");
  });

  it("keeps the most severe results up to the cap and says in a run notification how many were left out", () => {
    const run = JSON.parse(output("sarif", "en", results, { maxResults: 2 })).runs[0];
    expect(validateSarif({ version: "2.1.0", runs: [run] }), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(run.results).toHaveLength(2);
    expect(run.results.map((r: any) => r.level)).toEqual(["error", "error"]);
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThanOrEqual(2);
    const left = findings.length - 2;
    const [note] = run.invocations[0].toolExecutionNotifications;
    expect(note.level).toBe("warning");
    expect(note.message.text).toContain(`only the 2 most severe are listed; ${left} more`);
    expect(JSON.parse(output("sarif")).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("caps at GitHub's stored limit (5,000 results per run) by default", () => {
    const many = Array.from({ length: 5003 }, (_, i) => tricky(`m${i}`, `catalogs/f${i}.yaml`)[0]!);
    const run = JSON.parse(output("sarif", "zh", many)).runs[0];
    expect(run.results).toHaveLength(5000);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain("另有 3 个（3 个警告）未列出");
  });

  it("regions point at the offending text, counted in UTF-16 code units", () => {
    const run = JSON.parse(output("sarif")).runs[0];
    const lines = corpus["catalogs/320506-吴中区/社会救助.yaml"]!.split("\n");
    const variant = run.results.find((r: any) => r.ruleId === "vocabulary-variant" && r.message.text.includes("特定群众"));
    const { startLine, startColumn, endColumn } = variant.locations[0].physicalLocation.region;
    expect(lines[startLine - 1]!.slice(startColumn - 1, endColumn - 1)).toBe("特定群众");
  });

  it("fingerprints are unique, and stable when lines are added above", () => {
    const prints = (rs: FileResult[]) => JSON.parse(formatters.sarif(rs, context())).runs[0].results.map((r: any) => r.partialFingerprints["catalogFinding/v1"]);
    const before = prints(results);
    expect(new Set(before).size).toBe(before.length);
    const shifted = Object.fromEntries(Object.entries(corpus).map(([p, t]) => [p, t.replace("format: 1\n", "format: 1\n# 新增的注释\n\n")]));
    const moved = resultsIn("zh", shifted);
    expect(moved.flatMap((r) => r.findings).map((f) => f.range.line)).not.toEqual(findings.map((f) => f.range.line));
    expect(prints(moved)).toEqual(before);
  });
});

describe("github", () => {
  const annotation = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.*)$/;

  it("one annotation per finding, grouped by file, with the level, position and rule", () => {
    const lines = output("github").trimEnd().split("\n");
    const annotations = lines.filter((l) => !l.startsWith("::group::") && l !== "::endgroup::");
    expect(annotations).toHaveLength(findings.length);
    annotations.forEach((line, i) => {
      const f = findings[i]!;
      const m = annotation.exec(line);
      expect(m, line).not.toBeNull();
      expect(m!.slice(1, 8)).toEqual([
        { error: "error", warning: "warning", info: "notice" }[f.severity],
        f.file,
        String(f.range.line),
        String(f.range.column),
        String(f.range.endLine),
        String(f.range.endColumn),
        f.rule,
      ]);
      expect(m![8]).toBe(f.message);
    });
    expect(lines.filter((l) => l.startsWith("::group::"))).toEqual(results.filter((r) => r.findings.length).map((r) => `::group::${r.path}`));
  });

  it("escapes % CR LF in the message, and also , : in properties, as @actions/core does", () => {
    const [line] = output("github", "zh", tricky("50% 完成\r\n下一行: a, b")).split("\n").filter((l) => l.startsWith("::warning"));
    expect(line).toContain("file=catalogs/a%2Cb%3Ac.yaml,");
    expect(line!.endsWith("::50%25 完成%0D%0A下一行: a, b")).toBe(true);
    expect(line).not.toMatch(/[\r\n]/);
  });

  it("prints nothing when there is nothing to annotate", () => {
    expect(output("github", "zh", results.filter((r) => !r.findings.length))).toBe("");
  });
});

describe("junit", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase"].includes(name) });
  type Case = { name: string; classname: string; file: string; line?: string; failure?: { message: string; type: string; "#text": string } };
  const parse = (xml: string) => parser.parse(xml).testsuites as { tests: string; failures: string; testsuite: { name: string; testcase: Case[] }[] };

  it("parses back with every error and warning as a failed test case at file:line:col", () => {
    const suites = parse(output("junit"));
    const failing = findings.filter((f) => f.severity !== "info");
    expect(Number(suites.failures)).toBe(failing.length);
    const cases = suites.testsuite.flatMap((s) => s.testcase.filter((c) => c.failure));
    expect(cases.map((c) => `${c.classname}:${c.name}`)).toEqual(failing.map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.rule}`));
    cases.forEach((c, i) => {
      const f = failing[i]!;
      expect(c.failure!.message).toBe(f.message);
      expect(c.failure!.type).toBe(f.severity);
      expect(c.failure!["#text"]).toContain(`${f.file}:${f.range.line}:${f.range.column}`);
      expect(c.line).toBe(String(f.range.line));
    });
  });

  it("lists an info finding as a passing test case that says it (infos never fail a run)", () => {
    const suites = parse(output("junit"));
    const infos = findings.filter((f) => f.severity === "info");
    expect(infos.length).toBeGreaterThan(0);
    const cases = suites.testsuite.flatMap((s) => s.testcase).filter((c) => infos.some((f) => c.name === `${f.range.line}:${f.range.column} ${f.rule}`));
    expect(cases).toHaveLength(infos.length);
    for (const c of cases) {
      expect(c.failure).toBeUndefined();
      expect((c as Case & { "system-out": string })["system-out"]).toContain(c.classname);
    }
  });

  it("keeps a line break in a path as a line break in the attribute (not normalised to a space)", () => {
    const xml = output("junit", "zh", tricky("m", "catalogs/a\nb\tc.yaml"));
    expect(xml).toContain('name="catalogs/a&#10;b&#9;c.yaml"');
    const withReferences = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", htmlEntities: true });
    expect(withReferences.parse(xml).testsuites.testsuite.name).toBe("catalogs/a\nb\tc.yaml");
  });

  it("lists a file without findings as one passing test case", () => {
    const suites = parse(output("junit"));
    const clean = results.find((r) => !r.findings.length)!;
    const suite = suites.testsuite.find((s) => s.name === clean.path)!;
    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0]!.failure).toBeUndefined();
    expect(Number(suites.tests)).toBe(findings.length + 1);
  });

  it("escapes markup and control characters so the XML stays well-formed", () => {
    const message = `a < b & "c" 'd' ]]> \u0001 结束`;
    const xml = output("junit", "zh", tricky(message, "catalogs/<x>&.yaml"));
    const suites = parse(xml);
    const failure = suites.testsuite[0]!.testcase[0]!.failure!;
    expect(failure.message).toBe(`a < b & "c" 'd' ]]> \\u0001 结束`);
    expect(suites.testsuite[0]!.name).toBe("catalogs/<x>&.yaml");
    expect(xml).not.toContain("\u0001");
  });
});

describe("gitlab", () => {
  const documented = ["description", "check_name", "fingerprint", "severity", "location"];

  it("is a JSON array of issues with exactly GitLab's documented fields", () => {
    const issues = JSON.parse(output("gitlab")) as any[];
    expect(issues).toHaveLength(findings.length);
    issues.forEach((issue, i) => {
      const f = findings[i]!;
      expect(Object.keys(issue).sort()).toEqual([...documented].sort());
      expect(issue.description).toBe(f.message);
      expect(issue.check_name).toBe(f.rule);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.severity).toBe({ error: "major", warning: "minor", info: "info" }[f.severity]);
      expect(issue.location).toEqual({ path: f.file, lines: { begin: f.range.line } });
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("an empty report is an empty array", () => {
    expect(JSON.parse(output("gitlab", "zh", []))).toEqual([]);
  });
});
