/** format.md §3: the same exit codes for every command and every output format — decided here only. */
import { severityRank, type Severity } from "../report/finding.js";
import type { FileResult } from "../report/finding.js";

export const ExitCode = { ok: 0, findings: 1, fatal: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface Threshold {
  failOn: Severity;
  maxWarnings?: number;
}

export function exitCodeFor(results: readonly FileResult[], { failOn, maxWarnings }: Threshold): ExitCode {
  const findings = results.flatMap((r) => r.findings);
  if (findings.some((f) => severityRank[f.severity] >= severityRank[failOn])) return ExitCode.findings;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== undefined && warnings > maxWarnings) return ExitCode.findings;
  return ExitCode.ok;
}
