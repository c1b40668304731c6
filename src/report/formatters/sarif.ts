/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers): one run, every rule with
 * its description in the run's language, its help (the rule page, as text and Markdown) and an https
 * link to that page; every finding with a 1-based region (columns count UTF-16 code units, which is
 * what the YAML positions are) and a fingerprint that survives edits elsewhere in the file.
 *
 * URIs are relative to the repository root (uriBaseId SRCROOT, described but not located, so no machine
 * path is written): the same from the root or a subfolder. GitHub's documented limits for one run:
 * 25,000 results are accepted and the 5,000 most severe stored, 1,000 locations per result, 20 tags
 * per rule, 10 MB gzipped; the results are capped (by default at 5,000, most severe kept) and a run
 * notification says how many were left out.
 */
import { posix } from "node:path";
import { interpolate, type Lang } from "../../i18n.js";
import { severities, severityRank, type LocalisedFinding, type Severity } from "../finding.js";
import { fingerprints } from "../fingerprint.js";
import type { Formatter } from "../format-context.js";

const level: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** GitHub stores the 5,000 most severe results of a run and rejects a run of more than 25,000. */
export const defaultMaxResults = 5000;

const omitted = {
  zh: "结果过多：只列出最严重的 {{kept}} 个，另有 {{left}} 个（{{counts}}）未列出。请先修正这些问题，或用 catalog validate 查看全部",
  en: "Too many results: only the {{kept}} most severe are listed; {{left}} more ({{counts}}) are left out. Fix these first, or run catalog validate to see them all",
};
const severityWords = { zh: { error: "错误", warning: "警告", info: "提示" }, en: { error: "errors", warning: "warnings", info: "infos" } };

/** "3 errors, 120 warnings": the left-out findings by severity. */
function countsOf(left: readonly LocalisedFinding[], lang: Lang): string {
  return severities
    .flatMap((s) => {
      const n = left.filter((f) => f.severity === s).length;
      return n ? [lang === "zh" ? `${n} 个${severityWords.zh[s]}` : `${n} ${severityWords.en[s]}`] : [];
    })
    .join(lang === "zh" ? "，" : ", ");
}

/** `reports/社会救助.yaml` → a URI reference: each segment percent-encoded, `/` kept. */
const uriOf = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** `basis-repealed` → `BasisRepealed`: SARIF's `name` is an identifier, distinct from the id. */
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** The most severe `max` findings, in report order (a stable choice: equal severities keep their order). */
function capped(findings: readonly LocalisedFinding[], max: number): Set<number> {
  const order = findings.map((f, i) => i).sort((a, b) => severityRank[findings[b]!.severity] - severityRank[findings[a]!.severity] || a - b);
  return new Set(order.slice(0, max));
}

export const sarif: Formatter = (results, context) => {
  const lang = context.lang;
  const rules = [...context.rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const all = results.flatMap((r) => r.findings);
  const prints = fingerprints(all);
  const kept = capped(all, context.maxResults ?? defaultMaxResults);
  const left = all.filter((_, i) => !kept.has(i));
  const notifications = left.length
    ? [
        {
          level: "warning",
          message: {
            text: interpolate(omitted[lang], {
              kept: kept.size,
              left: left.length,
              counts: countsOf(left, lang),
            }),
          },
          descriptor: { id: "results-capped" },
        },
      ]
    : [];
  const rootPrefix = context.rootPrefix ?? "";
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "catalog",
            version: context.version,
            informationUri: new URL("../../README.md", context.docsBase).href,
            rules: rules.map((rule) => {
              const helpUri = new URL(`${rule.id}.md`, context.docsBase).href;
              const description = rule.description[lang];
              const page = context.ruleHelp?.get(rule.id);
              return {
                id: rule.id,
                name: pascal(rule.id),
                shortDescription: { text: description },
                fullDescription: { text: description },
                help: { text: `${description}\n${helpUri}`, markdown: page ?? `${description}\n\n[${rule.id}](${helpUri})` },
                helpUri,
                defaultConfiguration: { level: level[rule.severity] },
              };
            }),
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { SRCROOT: { description: { text: lang === "zh" ? "仓库根目录" : "the repository root" } } },
        language: lang === "zh" ? "zh-CN" : "en-US",
        columnKind: "utf16CodeUnits",
        results: all.flatMap((f, i) =>
          kept.has(i)
            ? [
                {
                  ruleId: f.rule,
                  ruleIndex: index.get(f.rule) ?? -1,
                  level: level[f.severity],
                  message: { text: f.message },
                  locations: [
                    {
                      physicalLocation: {
                        artifactLocation: { uri: uriOf(posix.normalize(`${rootPrefix}${f.file}`)), uriBaseId: "SRCROOT" },
                        region: { startLine: f.range.line, startColumn: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn },
                      },
                    },
                  ],
                  partialFingerprints: { "catalogFinding/v1": prints[i]! },
                  ...(f.itemId ? { properties: { itemId: f.itemId } } : {}),
                },
              ]
            : [],
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
