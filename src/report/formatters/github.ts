/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff, grouped
 * per file in the log. Escaping follows @actions/core: data escapes % CR LF, properties also `:` and `,`.
 */
import { terminalText } from "../../model/text.js";
import type { Severity } from "../finding.js";
import type { Formatter } from "../format-context.js";

const command: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export const escapeData = (text: string) => terminalText(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    if (!result.findings.length) continue;
    lines.push(`::group::${escapeData(result.path)}`);
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.range.line}`,
        `col=${f.range.column}`,
        `endLine=${f.range.endLine}`,
        `endColumn=${f.range.endColumn}`,
        `title=${escapeProperty(f.rule)}`,
      ];
      lines.push(`::${command[f.severity]} ${properties.join(",")}::${escapeData(f.message)}`);
    }
    lines.push("::endgroup::");
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
};
