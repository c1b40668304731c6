/** The default terminal format: findings grouped by file, columns aligned for CJK text, a closing summary. */
import { Chalk } from "chalk";
import stringWidth from "string-width";
import { interpolate } from "../../i18n.js";
import { severityLabel, summarise, type Formatter } from "../format-context.js";

const maxMessageWidth = 80;
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - stringWidth(text)));

const words = {
  zh: {
    clean: "✔ 检查了 {{files}} 个文件、{{items}} 个事项，没有发现问题",
    problems: "✖ {{total}} 个问题（{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 个提示），{{files}} 个文件、{{items}} 个事项",
    noErrors: "{{total}} 个问题（0 个错误，{{warnings}} 个警告，{{infos}} 个提示），{{files}} 个文件、{{items}} 个事项",
    failing: "有错误的文件（{{count}} 个）：",
    failingFile: "  {{path}}（{{n}} 个错误）",
  },
  en: {
    clean: "✔ {{files}} files, {{items}} items checked: no problems",
    problems: "✖ {{total}} problems ({{errors}} errors, {{warnings}} warnings, {{infos}} infos) in {{files}} files, {{items}} items",
    noErrors: "{{total}} problems (0 errors, {{warnings}} warnings, {{infos}} infos) in {{files}} files, {{items}} items",
    failing: "Files with errors ({{count}}):",
    failingFile: "  {{path}} ({{n}} errors)",
  },
};

export const stylish: Formatter = (results, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const w = words[context.lang];
  const colour = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const result of results) {
    if (!result.findings.length) continue;
    out.push(c.underline(result.path));
    const rows = result.findings.map((f) => ({
      position: `${f.range.line}:${f.range.column}`,
      severity: f.severity,
      label: severityLabel[f.severity][context.lang],
      message: f.message,
      rule: f.rule,
    }));
    const positionWidth = Math.max(...rows.map((r) => r.position.length));
    const labelWidth = Math.max(...rows.map((r) => stringWidth(r.label)));
    // Rule ids line up after the messages, but a very long message does not push every row right.
    const messageWidth = Math.min(maxMessageWidth, Math.max(...rows.map((r) => stringWidth(r.message))));
    for (const r of rows) {
      const position = c.dim(r.position.padStart(positionWidth));
      out.push(`  ${position}  ${colour[r.severity](pad(r.label, labelWidth))}  ${pad(r.message, messageWidth)}  ${c.dim(r.rule)}`.trimEnd());
    }
    out.push("");
  }
  const s = summarise(results);
  const total = s.errors + s.warnings + s.infos;
  const data = { ...s, total, failingFiles: s.failingFiles.length };
  if (total === 0) out.push(c.green(interpolate(w.clean, data)));
  else {
    out.push((s.errors ? c.red.bold : c.yellow.bold)(interpolate(s.errors ? w.problems : w.noErrors, data)));
    if (s.failingFiles.length) {
      out.push(interpolate(w.failing, { count: s.failingFiles.length }));
      for (const path of s.failingFiles) {
        const n = results.find((r) => r.path === path)!.findings.filter((f) => f.severity === "error").length;
        out.push(interpolate(w.failingFile, { path, n }));
      }
    }
  }
  return `${out.join("\n")}\n`;
};
