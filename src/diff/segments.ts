/**
 * Inline differences inside a changed text value, computed once here for every formatter:
 * numbers, ids and 《…》 titles are whole tokens, punctuation is its own token,
 * Chinese runs are split into words by Intl.Segmenter, then an LCS runs over the tokens. When most of
 * a value changed, or it is short, the whole old and new values are shown instead of confetti.
 * Lengths are counted in code points, never bytes or UTF-16 units.
 */
import { diffArrays } from "diff";
import type { Segment } from "./types.js";

/**
 * 《Titles》, article and number references (第十一条, 第649号), ASCII/full-width alphanumeric runs (20,
 * SJ-01-01, 2021-06-30), spaces, one punctuation mark, then other runs (split into words below).
 */
const reference = "第[0-9０-９零〇一二两三四五六七八九十百千]+[条款项章节号]";
const alphanumeric = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ";
const tokenPattern = new RegExp(
  `《[^《》]*》|${reference}|[${alphanumeric}]+(?:[._\\-/:][${alphanumeric}]+)*|\\s+|[\\p{P}\\p{S}]|(?:(?!${reference})[^\\s\\p{P}\\p{S}${alphanumeric}])+`,
  "gu",
);
const isReference = new RegExp(`^${reference}$`, "u");
const words = new Intl.Segmenter("zh", { granularity: "word" });

/** Values shorter than this (in characters) are shown whole: 县级 → 乡级, 主动 → 依申请. */
const shortValue = 8;
/** Above this share of changed characters the whole values are shown. */
const wholeAbove = 0.5;

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const [token] of text.matchAll(tokenPattern)) {
    if (/^\p{Script=Han}/u.test(token) && !token.startsWith("《") && !isReference.test(token)) {
      for (const { segment } of words.segment(token)) out.push(segment);
    } else out.push(token);
  }
  return out;
}

export const length = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/**
 * A revision repeats the same change in many places (every catalog's 版本 and 印发日期, a law renamed
 * in every item citing it): segments are worked out once per pair of values. The arrays are shared
 * between the changes that have them, so nothing may modify them. Bounded, as a city's diff can hold
 * many distinct changes.
 */
const known = new Map<string, Segment[]>();
const knownLimit = 20_000;

/** Segments from `before` to `after`; `null` is an absent value. */
export function segments(oldValue: string | null, newValue: string | null): Segment[] {
  const before = oldValue ?? "";
  const after = newValue ?? "";
  const key = `${before}\u0000${after}`;
  let found = known.get(key);
  if (!found) {
    if (known.size >= knownLimit) known.clear();
    known.set(key, (found = computeSegments(before, after)));
  }
  return found;
}

function computeSegments(before: string, after: string): Segment[] {
  if (before === after) return before ? [["=", before]] : [];
  if (!before) return [["+", after]];
  if (!after) return [["-", before]];
  const whole: Segment[] = [
    ["-", before],
    ["+", after],
  ];
  if (Math.max(length(before), length(after)) < shortValue) return whole;
  const runs = diffArrays(tokens(before), tokens(after));
  let changed = 0;
  for (const run of runs) if (run.added || run.removed) changed += length(run.value.join(""));
  if (changed / (length(before) + length(after)) > wholeAbove) return whole;
  return tidy(runs.map((run): Segment => [run.added ? "+" : run.removed ? "-" : "=", run.value.join("")]));
}

/**
 * Between two equal stretches, removals come before additions; a one-character equal stretch between
 * changes (a 的, a 、) is folded into both sides so the reader sees one change, not two.
 */
function tidy(raw: readonly Segment[]): Segment[] {
  const groups: { removed: string; added: string; same?: string }[] = [];
  let current = { removed: "", added: "" };
  const flush = () => {
    if (current.removed || current.added) groups.push(current);
    current = { removed: "", added: "" };
  };
  raw.forEach(([op, text], i) => {
    if (op === "-") current.removed += text;
    else if (op === "+") current.added += text;
    else {
      const between = i > 0 && i < raw.length - 1 && (current.removed || current.added) && length(text) === 1;
      if (between) {
        current.removed += text;
        current.added += text;
        return;
      }
      flush();
      groups.push({ removed: "", added: "", same: text });
    }
  });
  flush();
  const out: Segment[] = [];
  const push = (op: Segment[0], text: string) => {
    const last = out[out.length - 1];
    if (last && last[0] === op) out[out.length - 1] = [op, last[1] + text];
    else out.push([op, text]);
  };
  for (const g of groups) {
    if (g.same !== undefined) push("=", g.same);
    if (g.removed) push("-", g.removed);
    if (g.added) push("+", g.added);
  }
  return out;
}
