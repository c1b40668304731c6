/**
 * Text → data. Clean files take the fast path (js-yaml, several times faster than an AST parse);
 * the `yaml` AST with source positions is built only for files that have something to report
 * (see positions.ts) or that the fast path cannot take (syntax errors, duplicate keys, aliases).
 */
import jsyaml from "js-yaml";
import type { Document, LineCounter, YAMLError } from "yaml";
import { yamlLibrary } from "../lazy.js";
import { coreSchema } from "./core-schema.js";

export type YamlProblemKind = "yaml-syntax" | "yaml-duplicate-key" | "yaml-alias";

/** The common slips behind a syntax error, which users can be told about in their own words. */
export type SyntaxReason = "unclosed" | "tab" | "indent" | "colon";

export interface YamlProblem {
  kind: YamlProblemKind;
  /** the parser's own words, English: kept for --lang en and for bug reports. */
  detail: string;
  start: number;
  end: number;
  /** for duplicate keys: the key. */
  key?: string;
  /** for syntax errors: the slip behind it, when recognised. */
  reason?: SyntaxReason;
  /** for an unclosed bracket or quote: the opening character and the missing closing one. */
  opener?: string;
  closer?: string;
}

export interface Parsed {
  data: unknown;
  /** syntax problems stop checking the file (their cascades would only mislead). */
  fatal: boolean;
  problems: YamlProblem[];
  /** present when the slow path already built it, so positions can reuse it. */
  document?: ParsedDocument;
}

export interface ParsedDocument {
  doc: Document;
  lines: LineCounter;
}

/** Aliases beyond this many make a document an "alias bomb" (billion laughs). */
export const maxAliasCount = 100;

export function parseWithPositions(text: string): ParsedDocument {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { doc, lines };
}

/** True when some object is reachable twice: only aliases make that happen in parsed YAML. */
function sharesNodes(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return false;
}

export function parseYaml(text: string): Parsed {
  try {
    const data = jsyaml.load(text, { schema: coreSchema, json: false });
    // Aliases need `*`; most catalogs have none, and then no node can be shared.
    if (!text.includes("*") || !sharesNodes(data)) return { data, fatal: false, problems: [] };
  } catch {
    // fall through: the AST parser reports every problem with its position
  }
  return parseSlow(text);
}

function parseSlow(text: string): Parsed {
  const document = parseWithPositions(text);
  const { doc } = document;
  const problems: YamlProblem[] = [];
  let syntax: YamlProblem | undefined;
  for (const error of doc.errors) {
    if (error.code === "DUPLICATE_KEY") {
      const key = keyAt(text, error.pos[0]);
      problems.push({ kind: "yaml-duplicate-key", detail: firstLine(error), start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1), ...(key ? { key } : {}) });
      continue;
    }
    // One slip (a tab, a lost bracket) trips the parser on every later line: like a compiler's first
    // error, only the earliest is worth reading, and checking stops there anyway.
    const problem = syntaxProblem(doc, text, error);
    if (!syntax || problem.start < syntax.start) syntax = problem;
  }
  if (syntax) problems.push(syntax);
  const fatal = problems.some((p) => p.kind === "yaml-syntax");
  if (fatal) return { data: undefined, fatal, problems, document };
  try {
    return { data: doc.toJS({ maxAliasCount }), fatal: false, problems, document };
  } catch (error) {
    const first = findFirstAlias(text);
    problems.push({
      kind: "yaml-alias",
      detail: error instanceof Error ? error.message : String(error),
      start: first,
      end: first + 1,
    });
    return { data: undefined, fatal: true, problems, document };
  }
}

const firstLine = (error: YAMLError) => error.message.split("\n")[0]!;

const reasonByCode: Partial<Record<YAMLError["code"], SyntaxReason>> = {
  TAB_AS_INDENT: "tab",
  BAD_INDENT: "indent",
  MULTILINE_IMPLICIT_KEY: "colon",
  BLOCK_AS_IMPLICIT_KEY: "colon",
};

function syntaxProblem(doc: Document, text: string, error: YAMLError): YamlProblem {
  const detail = firstLine(error);
  const open = unclosedAt(doc, text, error.pos[0]);
  // The parser notices an unclosed bracket or quote where the file ends or the indentation drops;
  // the slip is at the opening character.
  if (open) return { kind: "yaml-syntax", detail, start: open.start, end: open.start + 1, reason: "unclosed", opener: open.opener, closer: open.closer };
  const start = pastIndentation(text, error.pos[0]);
  const reason = reasonByCode[error.code];
  return { kind: "yaml-syntax", detail, start, end: Math.max(error.pos[1], start + 1), ...(reason ? { reason } : {}) };
}

const closers: Record<string, string> = { "[": "]", "{": "}", '"': '"', "'": "'" };

/** The innermost flow collection or quoted scalar that reaches `offset` without its closing character. */
function unclosedAt(doc: Document, text: string, offset: number): { start: number; opener: string; closer: string } | undefined {
  let found: { start: number; opener: string; closer: string } | undefined;
  const { isCollection, isScalar, visit } = yamlLibrary();
  visit(doc, (_key, node) => {
    const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
    if (!(quoted || (isCollection(node) && node.flow)) || !node.range) return;
    const [start, end, nodeEnd] = node.range;
    if (!(start < offset && offset <= nodeEnd)) return;
    const opener = text[start]!;
    const closer = closers[opener];
    const written = text.slice(start, end).trimEnd();
    const closed = closer !== undefined && written.length > 1 && written.endsWith(closer);
    if (closer && !closed && (!found || start > found.start)) found = { start, opener, closer };
  });
  return found;
}

/** Parsers place indentation errors at the start of the line; the user looks for the first character. */
function pastIndentation(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (!/^ *$/.test(text.slice(lineStart, offset))) return offset;
  let at = offset;
  while (text[at] === " ") at++;
  return at;
}

/** The key that starts at `offset` (the parser names only its position). */
function keyAt(text: string, offset: number): string | undefined {
  const line = text.slice(offset, text.indexOf("\n", offset) === -1 ? undefined : text.indexOf("\n", offset));
  return /^(["']?)(.*?)\1\s*:/.exec(line)?.[2];
}

function findFirstAlias(text: string): number {
  const m = /(^|[\s[,{:-])\*[^\s,\]}]+/m.exec(text);
  return m ? m.index + m[1]!.length : 0;
}
