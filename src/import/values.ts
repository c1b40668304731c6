/**
 * Cell text → values, as published tables write them: ticks (√ ✓ ● 是), channel checklists (■/□ with
 * the Wingdings leftovers t þ 口), numbered content lists, basis cells holding several citations with
 * 【法律】-style prefixes, and the stray spaces a PDF conversion leaves between Chinese characters.
 * Pure functions of the text (and the channel registry's lookup).
 */
import { readDocNo } from "../model/citation.js";

const cjk = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
/** Organ names end so; a space after one separates two organs (《文化部 财政部关于…》), not a PDF break. */
const organEnd = /[部局委厅会院办署府所站室心队处科行]$/;

/** The cell's non-empty lines, each trimmed and with runs of white space folded. */
export function lines(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, " ").trim())
    .filter(Boolean);
}

/** White space between two Chinese characters, as PDF conversion leaves it, dropped; `keep` decides for a space after an organ name. */
function closeUp(line: string, keep: string): string {
  return line.replace(new RegExp(`(?<=[${cjk}])( +)(?=[${cjk}])`, "g"), (_, __, offset: number) => (organEnd.test(line.slice(0, offset)) ? keep : ""));
}

/** A one-line value: lines joined (without a space between Chinese text), PDF spaces closed up. */
export function oneLine(text: string): string {
  return lines(text)
    .map((l) => closeUp(l, " "))
    .reduce((out, line) => (out === "" ? line : new RegExp(`[${cjk}]$`).test(out) || new RegExp(`^[${cjk}]`).test(line) ? out + line : `${out} ${line}`), "");
}

/** 公开主体: several organs on separate lines (or spaced apart) become one value joined by 、. */
export function organs(text: string): string {
  return lines(text)
    .map((l) => closeUp(l, "、"))
    .join("、");
}

const ticks = new Set(["√", "✓", "✔", "●", "是", "■", "☑", "☒", "v", "V", "y", "Y", "yes", "Yes", "x", "X", "×", "✗", "✘", "○", "◎", "▲", "★", "1", "t", "þ", "R"]);
/** What an empty tick cell holds in some tables: nothing ticked. */
const noTicks = new Set(["", "否", "无", "-", "—", "－", "/", "／", "□", "☐", "口", "0", "n", "N", "no"]);
/** ×, ✗ and x mark "no" in a few tables and "yes" in most; they are read as yes and reported. */
const ambiguousTicks = new Set(["x", "X", "×", "✗", "✘", "○", "1", "t", "þ", "R"]);

export type Tick = { on: boolean; guess?: boolean; detail?: string };

/** A tick cell: √ ✓ ● 是 …; any other text ticks it too and is kept as detail (特定群体：低保对象). */
export function tickOf(text: string): Tick {
  const t = oneLine(text).replace(/\s/g, "");
  if (noTicks.has(t)) return { on: false };
  const head = [...t][0]!;
  if (ticks.has(t)) return ambiguousTicks.has(t) ? { on: true, guess: true } : { on: true };
  // "√是" (a page's visible tick and its screen-reader text), "√（低保对象）".
  if (ticks.has(head) && !ambiguousTicks.has(head)) {
    const rest = t.slice(head.length).replace(/^是$/, "").replace(/^[（(:：]|[）)]$/g, "");
    return rest ? { on: true, detail: rest } : { on: true };
  }
  return { on: true, detail: t };
}

const checked = "■☑✔√✓●▣◼þ";
const unchecked = "□☐◻▢";
/** "1." "2、" "（3）" "④" at the start of an entry. */
const numbering = /^(?:\(?（?\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．])\s*/;

export interface ChannelsRead {
  /** the channels as written, those outside the registry as 其他：<text>. */
  values: string[];
  /** texts that were not registered channels (written as 其他：…). */
  unknown: string[];
  /** a checklist whose boxes were Wingdings leftovers (t, þ, 口): read, but reported. */
  leftovers: boolean;
}

/**
 * 公开渠道和载体 as a checklist (■政府网站 □政府公报 …, only the ticked ones kept), a numbered list
 * (1.政府网站 2.两微一端) or free text (政府网站、政务服务中心). `known` is the registry's lookup.
 */
export function channelsOf(text: string, known: (name: string) => string | undefined): ChannelsRead {
  const flat = lines(text).join("\n").replace(/^采用的渠道[：:]/, "");
  const isKnown = (s: string) => known(s) !== undefined || /^其[他它]/.test(s);
  // Wingdings leftovers: a t or þ (not inside a Latin word) before a registered channel's name is a ticked box.
  const leftover = /(?<![A-Za-z])[tþ]\s*(?=[\u4e00-\u9fff])/g;
  const leftovers = [...flat.matchAll(/(?<![A-Za-z])[tþ]\s*([\u4e00-\u9fff][^\s□■口tþ、，,；;]*)/g)].some((m) => isKnown(m[1]!) || [...m[1]!].some((_, i) => isKnown(m[1]!.slice(0, i + 1))));
  const ticked = leftovers ? flat.replace(leftover, "■") : flat;
  // 口 and ¨ stand for □ only where a box stands: at the start of an entry, before a channel's name (not in 窗口).
  const marked = ticked.replace(/(^|[\s、，,；;■□])[口¨]\s*(?=[\u4e00-\u9fff])/g, "$1□");
  const isChecklist = new RegExp(`[${checked}${unchecked}]`).test(marked);
  const entries: string[] = [];
  if (isChecklist) {
    for (const m of marked.matchAll(new RegExp(`([${checked}${unchecked}])\\s*([^${checked}${unchecked}]*)`, "g"))) {
      if (!checked.includes(m[1]!)) continue;
      entries.push(...splitFree(m[2]!.trim().replace(/[、，,；;\s]+$/, ""), known, true));
    }
  } else entries.push(...splitFree(marked, known, false));
  const values: string[] = [];
  const unknown: string[] = [];
  for (const raw of entries) {
    const entry = raw.replace(numbering, "").replace(/[。；;，,、]$/, "").trim();
    if (!entry) continue;
    const other = /^其[他它](?![\s]*[：:])\s*(.+)$/.exec(entry);
    if (other) {
      // 其他基层公共服务平台: a description after 其他 without the colon the format asks for.
      unknown.push(other[1]!);
      values.push(`其他：${other[1]}`);
    } else if (isKnown(entry)) values.push(entry);
    else {
      unknown.push(entry);
      values.push(`其他：${entry}`);
    }
  }
  return { values: [...new Set(values)], unknown, leftovers };
}

/** Free text split at separators, keeping a registered name that holds one (社区/企事业单位、村公示栏). */
function splitFree(text: string, known: (name: string) => string | undefined, checklistEntry: boolean): string[] {
  // 其他：A、B in a checklist is one box with two descriptions.
  const other = /^其[他它]\s*[：:]\s*(.+)$/s.exec(text);
  if (checklistEntry && other) return other[1]!.split(/[、，,；;\n]/).map((d) => d.trim()).filter(Boolean).map((d) => `其他：${d}`);
  const byNumber = text.split(/\s*(?=(?:^|[\s；;、，,])?(?:\d{1,2}[.．、](?!\d)|[①-⑳]))/).filter(Boolean);
  const pieces = (byNumber.length > 1 ? byNumber : [text]).flatMap((p) => p.split(/[、，,；;\n]|\s+(?=\S)/));
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!.trim();
    if (!piece) continue;
    const joined = i + 1 < pieces.length ? `${piece}、${pieces[i + 1]!.trim()}` : "";
    if (joined && known(joined) !== undefined) {
      out.push(joined);
      i++;
    } else out.push(piece);
  }
  return out;
}

/** 公开内容: one entry per line, or per number of a numbered list written on one line. */
export function contentOf(text: string): string[] {
  return lines(text).flatMap(splitNumbered);
}

/** "1.受理部门 2.办理条件" → its entries, when the numbers run 1, 2, 3 …; else the line as it is. */
function splitNumbered(line: string): string[] {
  const marks = [...line.matchAll(/(?:(?:^|(?<=[\s；;。，,]))(?:(\d{1,2})[.．、](?!\d)|[(（](\d{1,2})[)）])|([①-⑳]))/g)];
  const numberOf = (m: RegExpMatchArray) => (m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]));
  const run: RegExpMatchArray[] = [];
  for (const m of marks) if (numberOf(m) === run.length + 1) run.push(m);
  if (run.length < 2 || run[0]!.index !== 0) return [line];
  return run
    .map((m, i) => line.slice(m.index! + m[0].length, run[i + 1]?.index ?? line.length).trim().replace(/[；;，,]$/, ""))
    .filter(Boolean);
}

/**
 * 公开依据: one citation per line, a line holding several 《》 titles split before each, 【法律】-style
 * prefixes and list numbers dropped, PDF spaces closed up (a space after an organ kept: 《文化部 财政部…》).
 */
export function basisOf(text: string): string[] {
  return withContinuations(lines(text).map((l) => closeUp(l, " ").replace(/(?<=[《〔（(\d])\s+|\s+(?=[》〕）)\d])/g, (space, offset: number, whole: string) => (/[\da-zA-Z]/.test(whole[offset - 1] ?? "") && /[\da-zA-Z]/.test(whole[offset + space.length] ?? "") ? space : ""))))
    .flatMap(citations)
    .map((c) => c.replace(/^\s*(?:\d{1,2}[.．、](?!\d)|[①-⑳])\s*/, "").replace(/^【[^】]{1,10}】\s*/, "").replace(/(?:[；;，,。、]|以及|和|及)+$/, "").trim())
    .filter(Boolean);
}

/**
 * Lines joined where a narrow cell wrapped one citation: a line with no title of its own that starts with
 * a number in brackets（国务院令第649号）or an article (第十一条) belongs to the title above it, when that
 * title has none yet.
 */
function withContinuations(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    // Only what the title above still lacks: its number, or its article.
    const number = /^[（(〔［\[]/.test(line) && readDocNo(line) !== undefined && above !== undefined && readDocNo(above) === undefined;
    const article = /^第[0-9零〇一二两三四五六七八九十百千]+条/.test(line) && above !== undefined && !/第[0-9零〇一二两三四五六七八九十百千]+条/.test(above);
    if (!line.includes("《") && above?.includes("《") && (number || article)) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

/** A line cut before each 《 that opens a new title (not one nested in a title, not the first). */
function citations(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let closed = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "《") {
      if (depth === 0 && closed) {
        const cut = /(?:【[^】]{1,10}】)?$/.exec(line.slice(start, i))!;
        out.push(line.slice(start, i - cut[0].length));
        start = i - cut[0].length;
        closed = false;
      }
      depth++;
    } else if (ch === "》" && depth > 0 && --depth === 0) closed = true;
  }
  out.push(line.slice(start));
  return out;
}
