/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): one test suite per file; every error and
 * warning is a failed test case named by its position and rule; an info finding is a passing test case
 * whose output says it (infos never fail a run, so a report of a passing run shows no failure); a file
 * without findings is one passing test case, so the report lists every file checked.
 */
import { severityLabel, type Formatter } from "../format-context.js";

const passed = { zh: "检查通过", en: "no findings" };

/** XML 1.0 cannot carry most control characters at all: they are shown as \u escapes instead. */
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(invalidXml, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** In an attribute, a raw line break or tab would be read back as a space (XML's attribute normalisation). */
const escapeAttribute = (text: string) => escapeXml(text).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values).map(([k, v]) => `${k}="${escapeAttribute(String(v))}"`).join(" ");

const fails = (f: { severity: string }) => f.severity !== "info";

export const junit: Formatter = (results, context) => {
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.filter(fails).length, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites ${attributes({ name: "catalog validate", tests: total, failures, errors: 0 })}>`];
  for (const result of results) {
    const file = result.path;
    out.push(`  <testsuite ${attributes({ name: file, tests: Math.max(1, result.findings.length), failures: result.findings.filter(fails).length, errors: 0, skipped: 0 })}>`);
    if (!result.findings.length) out.push(`    <testcase ${attributes({ name: passed[context.lang], classname: file, file })}/>`);
    for (const f of result.findings) {
      const position = `${f.range.line}:${f.range.column}`;
      const body = `${file}:${position} ${severityLabel[f.severity][context.lang]} ${f.rule}\n${f.message}`;
      out.push(`    <testcase ${attributes({ name: `${position} ${f.rule}`, classname: file, file, line: f.range.line })}>`);
      if (fails(f)) out.push(`      <failure ${attributes({ message: f.message, type: f.severity })}>${escapeXml(body)}</failure>`);
      else out.push(`      <system-out>${escapeXml(body)}</system-out>`);
      out.push(`    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return `${out.join("\n")}\n`;
};
