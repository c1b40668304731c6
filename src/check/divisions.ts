/**
 * A jurisdiction's code and name checked against the divisions registry (model/divisions.ts), once per
 * code and name: what the rules jurisdiction-code-registry (disagreement) and jurisdiction-code-unverified
 * (the data cannot say) report. Only well-formed 6- and 9-digit codes are judged (jurisdiction-code-format
 * reports the others), and a development zone written with `zone` is judged by its administering division.
 */
import { divisions, foldName } from "../model/divisions.js";
import type { Jurisdiction } from "../model/types.js";

export type DivisionFinding = { source: string; cutoff: string; known?: string; suggested?: string } & (
  | { kind: "otherName"; known: string }
  | { kind: "otherCode"; suggested: string }
  | { kind: "prefecture"; known: string }
  | { kind: "unverified" }
);

const checked = new Map<string, DivisionFinding | undefined>();

/** The one code of `length` digits the name points to, searched under each prefix in turn. */
function codeFor(name: string, prefixes: readonly string[], length: number): string | undefined {
  const data = divisions();
  for (const prefix of prefixes) {
    let found = data.named(name, prefix, length);
    // 朝阳区 is in Beijing and in Changchun: a full name that names its city or province tells them apart.
    if (found.length > 1) found = found.filter((code) => [code.slice(0, 4), code.slice(0, 2)].some((p) => { const up = data.name(p); return up !== undefined && up !== "市辖区" && name.includes(up); }));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Whether a full name names the division: it ends with the data's name, or with the short form a 民族乡
 * or autonomous county goes by (南美拉祜族乡 → 南美乡, 峨边彝族自治县 → 峨边县).
 */
function names(fullName: string, known: string): boolean {
  const folded = foldName(fullName);
  if (folded.endsWith(known)) return true;
  const ethnic = /族(自治)?([乡镇县旗])$/.exec(known);
  if (!ethnic) return false;
  for (let k = 2; k < known.indexOf("族"); k++) if (folded.endsWith(known.slice(0, k) + ethnic[2]!)) return true;
  return false;
}

function judge(code: string, name: string): DivisionFinding | undefined {
  const data = divisions();
  const base = { source: data.source.title, cutoff: data.source.cutoff };
  const known = data.name(code);
  const township = code.length === 9;
  // A township is looked for in its county; a county in its province, then everywhere.
  const prefixes = township ? [code.slice(0, 6)] : [code.slice(0, 2), ""];
  if (known !== undefined) {
    if (!name || names(name, known)) return undefined;
    const suggested = codeFor(name, prefixes, code.length);
    return { ...base, kind: "otherName", known, ...(suggested && suggested !== code ? { suggested } : {}) };
  }
  const suggested = name ? codeFor(name, prefixes, code.length) : undefined;
  if (suggested) return { ...base, kind: "otherCode", suggested };
  const prefecture = !township && code.endsWith("00") ? data.name(code.slice(0, 4)) : undefined;
  if (prefecture !== undefined && prefecture !== "市辖区") return { ...base, kind: "prefecture", known: prefecture };
  return { ...base, kind: "unverified" };
}

export function divisionCheck({ code, name }: Jurisdiction): DivisionFinding | undefined {
  if (!/^[1-9]\d{5}(\d{3})?$/.test(code)) return undefined;
  const key = `${code}\u0000${name}`;
  if (!checked.has(key)) checked.set(key, judge(code, name));
  return checked.get(key);
}
