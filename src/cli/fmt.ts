/**
 * `catalog fmt [paths…] [--fix]`: rewrites the spellings that fixable rules report (vocabulary-variant:
 * 特定群众 → 特定群体, 政府服务中心 → 政务服务中心, 区级 → 县级, a domain alias → its name …) to the
 * canonical value. Edits are surgical — only the characters of each value change — so comments, key
 * order, quotes and line endings stay as they were. Without --fix it lists the changes and exits 1 when
 * there are any (for CI). The only command that modifies sources.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { isMap, isScalar, isSeq, parse, parseDocument, Scalar } from "yaml";
import { validate } from "../api.js";
import { ruleById } from "../check/rules/index.js";
import { interpolate, type Lang } from "../i18n.js";
import type { Finding } from "../report/finding.js";
import type { SourcePath } from "../model/types.js";
import { encodeLike } from "../load/decode.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { askedLang } from "./lang.js";
import { fatal, pathsNotFound } from "./messages.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";

export const fmtText = {
  zh: {
    description: "把已知的变体写法改为标准写法（如 特定群众 → 特定群体）；不加 --fix 时只列出要改的地方",
    paths: "要处理的文件或文件夹（默认：配置中的 paths，或 catalogs/）",
    fix: "直接修改文件（只改这些取值，注释和排版不变）",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml）",
    change: "  {{line}}:{{column}}  「{{value}}」→「{{canonical}}」",
    wouldChange: "{{n}} 处写法可以改为标准写法（{{files}} 个文件）。运行 catalog fmt --fix 修改",
    changed: "已修改 {{path}}（{{n}} 处）",
    done: "共把 {{n}} 处改为标准写法（{{files}} 个文件）",
    nothing: "✔ {{files}} 个文件中没有需要改为标准写法的地方",
  },
  en: {
    description: "rewrite known variant spellings to the canonical values (e.g. 特定群众 → 特定群体); without --fix, list what would change",
    paths: "files or folders to format (default: the config's paths, or catalogs/)",
    fix: "rewrite the files (only those values change; comments and layout stay)",
    config: "config file (default: catalog.config.yaml, searched upward)",
    change: "  {{line}}:{{column}}  “{{value}}” → “{{canonical}}”",
    wouldChange: "{{n}} values can be rewritten to the canonical form in {{files}} files. Run catalog fmt --fix to rewrite them",
    changed: "Rewrote {{path}} ({{n}} values)",
    done: "Rewrote {{n}} values to the canonical form in {{files}} files",
    nothing: "✔ {{files}} files: nothing to rewrite",
  },
} satisfies CommandText;

export interface Fix {
  path: SourcePath;
  value: string;
  /** as shown: several values joined by 、 when the value names several (乡、村级 → 乡级、村级). */
  canonical: string;
  /** the list entries the value becomes. */
  values: string[];
  line: number;
  column: number;
}

/** The rewrites fixable rules ask for: findings whose data name the value and its canonical form. */
export function fixesOf(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => {
    const { value, canonical, several } = f.data;
    if (!ruleById.get(f.rule)?.fixable || typeof value !== "string" || typeof canonical !== "string" || value === canonical) return [];
    const values = several ? canonical.split("、") : [canonical];
    return [{ path: f.path, value, canonical, values, line: f.range.line, column: f.range.column }];
  });
}

type Place = "value" | "flow" | "block";

/**
 * The scalar at a source path and where it sits (a mapping's value, a flow or a block list entry); a
 * single value written without a list stands for its entry 0.
 */
function scalarAt(root: unknown, path: SourcePath): { node: Scalar; place: Place } | undefined {
  let node = root;
  let place: Place = "value";
  for (const segment of path) {
    if (isMap(node)) {
      node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value;
      place = "value";
    } else if (isSeq(node) && typeof segment === "number") {
      place = node.flow ? "flow" : "block";
      node = node.items[segment];
    } else if (!(isScalar(node) && segment === 0)) return undefined;
  }
  return isScalar(node) ? { node, place } : undefined;
}

/**
 * Several values in place of one: `[乡级, 村级]` for a mapping's value, `乡级, 村级` inside a flow list,
 * further `- ` entries at the same indentation inside a block list.
 */
function severalWritten(values: readonly string[], type: Scalar["type"], place: Place, text: string, start: number): string | undefined {
  const each = values.map((v) => written(v, type));
  if (each.some((v) => v === undefined)) return undefined;
  if (place === "value") return `[${each.join(", ")}]`;
  if (place === "flow") return each.join(", ");
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  // The text as read has LF or CRLF (decode turns a lone CR into LF; writing puts the file's own back).
  const eol = /\r?\n/.exec(text)?.[0] ?? "\n";
  return each.join(`${eol}${prefix}`);
}

/** The canonical value written as the original was: same quotes; plain where YAML reads it back unchanged. */
function written(canonical: string, type: Scalar["type"]): string | undefined {
  if (type === Scalar.QUOTE_SINGLE) return `'${canonical.replace(/'/g, "''")}'`;
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(canonical);
  if (type !== Scalar.PLAIN) return undefined;
  const plain = (parse(`[${canonical}]`) as unknown[])[0] === canonical && (parse(`k: ${canonical}`) as { k: unknown }).k === canonical;
  return plain ? canonical : JSON.stringify(canonical);
}

/** The text with the fixes applied, and the fixes that could be applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const doc = parseDocument(text);
  const edits = fixes.flatMap((fix) => {
    const found = scalarAt(doc.contents, fix.path);
    if (!found || found.node.value !== fix.value || !found.node.range) return [];
    const { node, place } = found;
    const [start, end] = node.range!;
    const replacement = fix.values.length === 1 ? written(fix.values[0]!, node.type) : severalWritten(fix.values, node.type, place, text, start);
    return replacement !== undefined ? [{ fix, start, end, replacement }] : [];
  });
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  if (parseDocument(out).errors.length) throw new Error("catalog fmt produced invalid YAML");
  return { text: out, applied: edits.map((e) => e.fix) };
}

export function registerFmt(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = fmtText[lang];
  program
    .command("fmt")
    .description(t.description)
    .argument("[paths...]", t.paths)
    .option("--fix", t.fix)
    .option("-c, --config <file>", t.config)
    .action(async (paths: string[], flags: { fix?: boolean; config?: string }, command: Command) => {
      setExit(await runFmt(paths, flags, io, askedLang(command, io)));
    });
}

async function runFmt(paths: string[], flags: { fix?: boolean; config?: string }, io: Io, asked: Lang | undefined): Promise<number> {
  const outcome = await validate({ paths, cwd: io.cwd, ...(asked ? { lang: asked } : {}), baseline: false, ...(flags.config ? { configFile: flags.config } : {}) });
  const lang = outcome.lang;
  const t = fmtText[lang];
  if (outcome.missing.length) {
    io.stderr(pathsNotFound(outcome.missing, lang, io.cwd));
    return ExitCode.fatal;
  }
  if (outcome.files.length === 0) {
    io.stderr(fatal("noCatalogs", lang, { paths: paths.join(" ") || "catalogs/" }));
    return ExitCode.fatal;
  }
  let total = 0;
  let files = 0;
  for (const file of outcome.files) {
    const fixes = fixesOf(file.findings);
    if (!fixes.length) continue;
    const { text, applied } = applyFixes(file.text, fixes);
    if (!applied.length) continue;
    total += applied.length;
    files++;
    if (!flags.fix) {
      io.stdout(`${file.path}\n${applied.map((f) => `${interpolate(t.change, { line: f.line, column: f.column, value: f.value, canonical: f.canonical })}\n`).join("")}\n`);
      continue;
    }
    const absolute = resolve(io.cwd, file.path);
    // Written back as it was read: same encoding, BOM and line endings (writeFileAtomic keeps mode, owner and links).
    const bytes = encodeLike(readFileSync(absolute), text);
    if (!bytes) {
      io.stderr(fatal("fmtEncoding", lang, { path: file.path }));
      return ExitCode.fatal;
    }
    try {
      writeFileAtomic(absolute, bytes);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(writeFailure(error, lang, file.path));
      return ExitCode.fatal;
    }
    io.stdout(`${interpolate(t.changed, { path: file.path, n: applied.length })}\n`);
  }
  if (total === 0) {
    io.stdout(`${interpolate(t.nothing, { files: outcome.files.length })}\n`);
    return ExitCode.ok;
  }
  io.stdout(`${interpolate(flags.fix ? t.done : t.wouldChange, { n: total, files })}\n`);
  return flags.fix ? ExitCode.ok : ExitCode.findings;
}
