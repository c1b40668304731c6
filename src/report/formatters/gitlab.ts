/**
 * GitLab Code Quality (a subset of the Code Climate spec): the fields GitLab documents — description,
 * check_name, fingerprint, severity, location.path, location.lines.begin. Fingerprints are unique per
 * finding and stable across runs, so the merge request widget shows only what changed.
 */
import type { Severity } from "../finding.js";
import { fingerprints } from "../fingerprint.js";
import type { Formatter } from "../format-context.js";

const severity: Record<Severity, "info" | "minor" | "major"> = { info: "info", warning: "minor", error: "major" };

export const gitlab: Formatter = (results) => {
  const findings = results.flatMap((r) => r.findings);
  const prints = fingerprints(findings);
  const issues = findings.map((f, i) => ({
    description: f.message,
    check_name: f.rule,
    fingerprint: prints[i]!,
    severity: severity[f.severity],
    location: { path: f.file, lines: { begin: f.range.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
