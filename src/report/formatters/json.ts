/** format.md §3: the stable, versioned machine format. Positions are 1-based, as everywhere. */
import { summarise, type Formatter } from "../format-context.js";

export const json: Formatter = (results) => {
  const s = summarise(results);
  const diagnostics = results.flatMap((r) =>
    r.findings.map((f) => ({
      file: f.file,
      line: f.range.line,
      column: f.range.column,
      endLine: f.range.endLine,
      endColumn: f.range.endColumn,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      ...(f.itemId ? { itemId: f.itemId } : {}),
    })),
  );
  const summary = { files: s.files, items: s.items, errors: s.errors, warnings: s.warnings, infos: s.infos };
  return `${JSON.stringify({ version: 1, summary, diagnostics }, null, 2)}\n`;
};
