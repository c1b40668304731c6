/** The default terminal format: findings grouped by file, columns aligned for CJK text, a closing summary. */
import { Chalk } from "chalk";
import { displayWidth } from "../width.js";
import { counted, interpolate, type Noun } from "../../i18n.js";
import { terminalText } from "../../model/text.js";
import { severityLabel, summarise, type Formatter } from "../format-context.js";

const maxMessageWidth = 80;
/** `text` (whose display width is `own`) padded to `width` columns. */
const pad = (text: string, own: number, width: number) => text + " ".repeat(Math.max(0, width - own));

const nouns = {
  problem: { zh: "个问题", en: ["problem", "problems"] },
  error: { zh: "个错误", en: ["error", "errors"] },
  warning: { zh: "个警告", en: ["warning", "warnings"] },
  info: { zh: "个提示", en: ["info", "infos"] },
  file: { zh: "个文件", en: ["file", "files"] },
  item: { zh: "个事项", en: ["item", "items"] },
} satisfies Record<string, Noun>;

const words = {
  zh: {
    clean: "✔ 检查了 {{files}}、{{items}}，没有发现问题",
    cleanQuiet: "✔ 检查了 {{files}}、{{items}}，没有错误（另有 {{hidden}} 个警告或提示未显示，去掉 -q 可查看）",
    problems: "{{mark}}{{total}}（{{errors}}，{{warnings}}，{{infos}}），{{files}}、{{items}}",
    failing: "有错误的文件（{{count}} 个）：",
    failingFile: "  {{path}}（{{errors}}）",
  },
  en: {
    clean: "✔ {{files}}, {{items}} checked: no problems",
    cleanQuiet: "✔ {{files}}, {{items}} checked: no errors ({{hidden}} warnings or infos not shown; drop -q to see them)",
    problems: "{{mark}}{{total}} ({{errors}}, {{warnings}}, {{infos}}) in {{files}}, {{items}}",
    failing: "Files with errors ({{count}}):",
    failingFile: "  {{path}} ({{errors}})",
  },
};

export const stylish: Formatter = (results, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const w = words[context.lang];
  const colour = { error: c.red, warning: c.yellow, info: c.blue };
  const labelWidths = { error: displayWidth(severityLabel.error[context.lang]), warning: displayWidth(severityLabel.warning[context.lang]), info: displayWidth(severityLabel.info[context.lang]) };
  const out: string[] = [];
  for (const result of results) {
    if (!result.findings.length) continue;
    out.push(c.underline(terminalText(result.path)));
    const rows = result.findings.map((f) => ({
      position: `${f.range.line}:${f.range.column}`,
      severity: f.severity,
      label: severityLabel[f.severity][context.lang],
      labelWidth: labelWidths[f.severity],
      message: f.message,
      // Measured once: a city's legacy warnings are tens of thousands of messages.
      messageWidth: displayWidth(f.message),
      rule: f.rule,
    }));
    const positionWidth = Math.max(...rows.map((r) => r.position.length));
    const labelWidth = Math.max(...rows.map((r) => r.labelWidth));
    // Rule ids line up after the messages, but a very long message does not push every row right.
    const messageWidth = Math.min(maxMessageWidth, Math.max(...rows.map((r) => r.messageWidth)));
    for (const r of rows) {
      const position = c.dim(r.position.padStart(positionWidth));
      out.push(`  ${position}  ${colour[r.severity](pad(r.label, r.labelWidth, labelWidth))}  ${pad(r.message, r.messageWidth, messageWidth)}  ${c.dim(r.rule)}`.trimEnd());
    }
    out.push("");
  }
  const s = summarise(results);
  const { lang } = context;
  const total = s.errors + s.warnings + s.infos;
  const data = {
    mark: s.errors ? "✖ " : "",
    total: counted(total, nouns.problem, lang),
    errors: counted(s.errors, nouns.error, lang),
    warnings: counted(s.warnings, nouns.warning, lang),
    infos: counted(s.infos, nouns.info, lang),
    files: counted(s.files, nouns.file, lang),
    items: counted(s.items, nouns.item, lang),
  };
  if (total === 0) out.push(c.green(interpolate(context.hidden ? w.cleanQuiet : w.clean, { ...data, hidden: context.hidden ?? 0 })));
  else {
    out.push((s.errors ? c.red.bold : c.yellow.bold)(interpolate(w.problems, data)));
    if (s.failingFiles.length) {
      out.push(interpolate(w.failing, { count: s.failingFiles.length }));
      for (const path of s.failingFiles) {
        const n = results.find((r) => r.path === path)!.findings.filter((f) => f.severity === "error").length;
        out.push(interpolate(w.failingFile, { path: terminalText(path), errors: counted(n, nouns.error, lang) }));
      }
    }
  }
  return `${out.join("\n")}\n`;
};
