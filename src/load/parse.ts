/**
 * Text → data. Clean files take the fast path (js-yaml, several times faster than an AST parse);
 * the `yaml` AST with source positions is built only for files that have something to report
 * (see positions.ts) or that the fast path cannot take (syntax errors, duplicate keys, aliases).
 */
import jsyaml from "js-yaml";
import { LineCounter, parseDocument, type Document } from "yaml";

export type YamlProblemKind = "yaml-syntax" | "yaml-duplicate-key" | "yaml-alias";

export interface YamlProblem {
  kind: YamlProblemKind;
  /** the parser's own words, English: kept for --lang en and for bug reports. */
  detail: string;
  start: number;
  end: number;
  /** for duplicate keys: the key. */
  key?: string;
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
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
    if (!sharesNodes(data)) return { data, fatal: false, problems: [] };
  } catch {
    // fall through: the AST parser reports every problem with its position
  }
  return parseSlow(text);
}

function parseSlow(text: string): Parsed {
  const document = parseWithPositions(text);
  const { doc } = document;
  const problems: YamlProblem[] = doc.errors.map((e) => {
    const duplicate = e.code === "DUPLICATE_KEY";
    const key = duplicate ? keyAt(text, e.pos[0]) : undefined;
    return {
      kind: duplicate ? "yaml-duplicate-key" : "yaml-syntax",
      detail: e.message.split("\n")[0]!,
      start: e.pos[0],
      end: Math.max(e.pos[1], e.pos[0] + 1),
      ...(key ? { key } : {}),
    };
  });
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

/** The key that starts at `offset` (the parser names only its position). */
function keyAt(text: string, offset: number): string | undefined {
  const line = text.slice(offset, text.indexOf("\n", offset) === -1 ? undefined : text.indexOf("\n", offset));
  return /^(["']?)(.*?)\1\s*:/.exec(line)?.[2];
}

function findFirstAlias(text: string): number {
  const m = /(^|[\s[,{:-])\*[^\s,\]}]+/m.exec(text);
  return m ? m.index + m[1]!.length : 0;
}
