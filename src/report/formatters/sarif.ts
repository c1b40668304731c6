/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers): one run, every rule with
 * its description in the run's language and a link to its page, every finding with a 1-based region
 * (columns count UTF-16 code units, which is what the YAML positions are) and a fingerprint that
 * survives edits elsewhere in the file.
 */
import type { Severity } from "../finding.js";
import { fingerprints } from "../fingerprint.js";
import type { Formatter } from "../format-context.js";

const level: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** `reports/社会救助.yaml` → a URI reference: each segment percent-encoded, `/` kept. */
const uriOf = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** `basis-repealed` → `BasisRepealed`: SARIF's `name` is an identifier, distinct from the id. */
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

export const sarif: Formatter = (results, context) => {
  const rules = [...context.rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = results.flatMap((r) => r.findings);
  const prints = fingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "catalog",
            version: context.version,
            // docsBase is the folder of the rule pages, docs/rules/ in the package.
            informationUri: new URL("../../README.md", context.docsBase).href,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascal(rule.id),
              shortDescription: { text: rule.description[context.lang] },
              fullDescription: { text: rule.description[context.lang] },
              helpUri: new URL(`${rule.id}.md`, context.docsBase).href,
              defaultConfiguration: { level: level[rule.severity] },
            })),
          },
        },
        language: context.lang === "zh" ? "zh-CN" : "en-US",
        columnKind: "utf16CodeUnits",
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? -1,
          level: level[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.file) },
                region: { startLine: f.range.line, startColumn: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn },
              },
            },
          ],
          partialFingerprints: { "catalogFinding/v1": prints[i]! },
          ...(f.itemId ? { properties: { itemId: f.itemId } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
