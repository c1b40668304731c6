/**
 * What the 公开依据 rules (basis-*) share, so that they agree on every citation: whether it is a
 * placeholder rather than a law, the name that stands for the law, the registry laws it resolves to,
 * and how laws and article numbers are written in messages. Laws are known only through the registries.
 */
import { titleKey, type LawEntry, type Registries } from "../model/registries.js";
import type { ArticleRef, Citation, SourcePath } from "../model/types.js";
import type { ItemContent, ItemContext, Report } from "./define-rule.js";
import { placeholderMarker } from "./rules/placeholder-unfilled.js";
import { closest, editDistance } from "./similar.js";

export interface Placeholder {
  /** the placeholder words as written (同上, 及相关规定). */
  text: string;
  /** true when the placeholder is all there is; false when it trails a law (《…》及相关规定). */
  whole: boolean;
}

export interface CitationReading {
  /** the citation still holds `catalog init`'s marker: placeholder-unfilled reports it, no basis rule does. */
  unfilled: boolean;
  placeholder?: Placeholder;
  /** the text that names the law: the title in 《》, or what stands in its place without them. */
  name?: string;
  /** the document number, repaired when it was broken in a repairable way. */
  docNo?: string;
  /** registry laws the name and document number resolve to (both when they agree). */
  laws: LawEntry[];
  /** registry laws the name alone resolves to. */
  lawsByName: LawEntry[];
}

const connector = "(?:及其|以及|及|和|与|等)";
/** What a guideline's template leaves after a title: 、各省……, 等, 等文件. */
const templateResidue = /^(?:等|各(?:省|地|市|县|级))|……|…|\.\.\./;
const qualifier = "(?:国家|省级|省|市级|市|县级|县|上级|各级|地方|本地|其他|其它)*";

interface PlaceholderPatterns {
  /** all of a text is a placeholder (同上, 国家有关规定, 及相关规定). */
  whole: RegExp;
  /** a text ends in one (民政部门相关规定). */
  tail: RegExp;
}

const patternsFor = new WeakMap<Registries, PlaceholderPatterns>();
const readings = new WeakMap<Registries, WeakMap<Citation, CitationReading>>();

function placeholderPatterns(registries: Registries): PlaceholderPatterns {
  let patterns = patternsFor.get(registries);
  if (!patterns) {
    const phrases = [...registries.phrases.basis_placeholders]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    patterns = {
      whole: new RegExp(`^${connector}?${qualifier}(?:${phrases})$`),
      tail: new RegExp(`${connector}?${qualifier}(?:${phrases})$`),
    };
    patternsFor.set(registries, patterns);
  }
  return patterns;
}

/** Layout debris around a name: spaces, bullets, list numbers, trailing punctuation. */
function cleanName(text: string): string {
  return text
    .replace(/[\s\u3000]/g, "")
    .replace(/^(?:[●○■□◆◇▲△★☆·•\-—*]|\d+[.、．]|[（(]\d+[）)])+/, "")
    .replace(/[。；;，,、：:]+$/, "");
}

/**
 * What follows the name, less document number and article references, in the pieces its separators
 * make (及相关规定、根据国务院…: the next citation's lead-in follows); quoted article text after a colon is left out.
 */
function tailOf(citation: Citation): string[] {
  const { raw, title, untitled } = citation;
  let rest: string;
  if (title !== undefined) rest = raw.includes("》") ? raw.slice(raw.indexOf("》") + 1) : "";
  else rest = untitled ? raw.slice(raw.indexOf(untitled) + untitled.length) : raw;
  rest = rest.replace(/[\s\u3000]+/g, "").split(/[:：]/)[0]!;
  for (const text of [citation.docNo, ...citation.articles.map((a) => a.raw), ...citation.badArticles]) if (text) rest = rest.replace(text, "");
  return rest
    .split(/[、，,；;]/)
    .map((piece) => piece.replace(/[\s\u3000()（）[\]［］〔〕。]/g, ""))
    .filter(Boolean);
}

function read(citation: Citation, registries: Registries): CitationReading {
  const lawsNamed = (name: string) => (name ? registries.findLaws(name, undefined) : []);
  const placeholderOnly = (text: string): CitationReading => ({ unfilled: false, placeholder: { text, whole: true }, laws: [], lawsByName: [] });
  if (citation.raw.includes(placeholderMarker)) return { unfilled: true, laws: [], lawsByName: [] };
  const patterns = placeholderPatterns(registries);
  let name = cleanName(citation.title ?? citation.untitled ?? "");
  // Text without a Chinese character (a number where a citation belongs) names no law: value-type's business.
  if (citation.title === undefined && !/\p{Script=Han}/u.test(name)) name = "";
  if (patterns.whole.test(name)) return placeholderOnly(name);
  let placeholder: Placeholder | undefined;
  const inName = citation.title === undefined ? patterns.tail.exec(name) : null;
  if (inName) {
    // Without 《》 the placeholder runs on from the name (政府信息公开条例及相关规定, 民政部门相关规定):
    // it trails a law only if what precedes it is one.
    const head = name.slice(0, inName.index);
    if (!lawsNamed(head).length) return placeholderOnly(name);
    name = head;
    placeholder = { text: inName[0], whole: false };
  } else {
    const pieces = tailOf(citation);
    const rest = pieces.join("");
    const first = pieces[0] ?? "";
    if (rest && (patterns.whole.test(rest) || templateResidue.test(rest))) placeholder = { text: rest, whole: false };
    else if (first && (patterns.whole.test(first) || templateResidue.test(first))) placeholder = { text: first, whole: false };
  }
  // A broken number that can be repaired still says which law is meant.
  const docNo = citation.docNoSuggestion ?? citation.docNo;
  // The notice that issued a document (财政部关于印发〈地方预决算公开操作规程〉的通知) bears its number: it cites it.
  const issued = /关于(?:印发|转发|发布)[《〈<]?(.+?)[》〉>]?的通知$/.exec(name)?.[1];
  const known = issued && !lawsNamed(name).length && lawsNamed(issued).length ? issued : name;
  return {
    unfilled: false,
    ...(placeholder ? { placeholder } : {}),
    ...(name ? { name } : {}),
    ...(docNo ? { docNo } : {}),
    laws: known || docNo ? registries.findLaws(known || undefined, docNo) : [],
    lawsByName: lawsNamed(known),
  };
}

/** How the basis rules read a citation; read once per citation. */
export function readCitation(citation: Citation, registries: Registries): CitationReading {
  let cache = readings.get(registries);
  if (!cache) readings.set(registries, (cache = new WeakMap()));
  let reading = cache.get(citation);
  if (!reading) cache.set(citation, (reading = read(citation, registries)));
  return reading;
}

/** A citation that names a law to check: not a bare placeholder, not left for placeholder-unfilled. */
/**
 * The check of a basis rule that judges each citation by itself: its reports depend on the citation
 * and the registries alone. Normalisation shares one Citation between basis entries written alike, so
 * each is judged once per rule and its reports are given again for every item that cites it.
 */
export function eachCitation<M extends string>(
  judge: (citation: Citation, registries: Registries, report: (report: Report<M>) => void) => void,
): (item: ItemContent, context: ItemContext<M>) => void {
  const judged = new WeakMap<Registries, WeakMap<Citation, Report<M>[]>>();
  return (item, { report, registries }) => {
    let known = judged.get(registries);
    if (!known) judged.set(registries, (known = new WeakMap()));
    for (const citation of item.basis) {
      let reports = known.get(citation);
      if (!reports) {
        const found: Report<M>[] = [];
        judge(citation, registries, (r) => found.push(r));
        known.set(citation, (reports = found));
      }
      for (const r of reports) report(r);
    }
  };
}

export function citesLaw(reading: CitationReading): boolean {
  return !reading.unfilled && !reading.placeholder?.whole;
}

/** Where a finding about a citation goes: its entry in `basis`, or a key of a structured one. */
export function citationPath(citation: Citation, key?: "title" | "doc_no" | "articles"): SourcePath {
  return citation.structured && key ? ["basis", citation.index, key] : ["basis", citation.index];
}

/** A citation as messages show it: 《title》, or the name written without 《》, in quotation marks. */
export function citationLabel(citation: Citation, reading?: CitationReading): string {
  if (citation.title !== undefined) return `《${citation.title}》`;
  const name = reading?.name ?? citation.untitled ?? citation.raw;
  // A name that holds quotes of its own (“十三五”…规划) is set off with corner brackets, not doubled quotes.
  return /[“”]/.test(name) ? `「${name}」` : `“${name}”`;
}

/** A registry law as messages show it: 《title》（doc_no）. */
export function lawLabel(law: LawEntry): string {
  return law.doc_no ? `《${law.title}》（${law.doc_no}）` : `《${law.title}》`;
}

/**
 * The registry law a title probably means: a title or short name a slip away (政府信息公开条件 for
 * 条例; one slip per 8 characters), or the one title that contains it (a truncated title). A title that merely
 * contains a registry title (…促进法实施条例) is another document, and is not suggested.
 */
export function likelyLaw(name: string, registries: Registries): LawEntry | undefined {
  const byKey = new Map<string, LawEntry>();
  for (const law of registries.laws) {
    for (const title of [law.title, ...(law.short ?? [])]) {
      const key = titleKey(title);
      // Prefer the version in force when versions share a title.
      if (!byKey.has(key) || law.status === "现行有效") byKey.set(key, law);
    }
  }
  const key = titleKey(name);
  const near = closest(key, byKey.keys());
  // Short titles differ by a word (农业保险条例, 失业保险条例): allow one slip per 8 characters only.
  if (near && editDistance(key, near) <= Math.floor([...key].length / 8)) return byKey.get(near);
  if ([...key].length < 4) return undefined;
  const laws = new Set([...byKey.keys()].filter((k) => k.includes(key)).map((k) => byKey.get(k)!));
  return laws.size === 1 ? [...laws][0] : undefined;
}

const digitChars = "零一二三四五六七八九";

function spellNumber(n: number): string {
  if (n >= 10 && n < 20) return `十${n % 10 ? digitChars[n % 10] : ""}`;
  let out = "";
  let zero = false;
  for (const [value, unit] of [[1000, "千"], [100, "百"], [10, "十"], [1, ""]] as const) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += digitChars[digit]! + unit;
  }
  return out || "零";
}

/** 第二十六条, or 第26条 when the citation writes its article numbers in Arabic digits. */
export function articleText(article: number, like?: ArticleRef): string {
  return like && /[0-9０-９]/.test(like.raw) ? `第${article}条` : `第${spellNumber(article)}条`;
}

/** An article reference as messages show it: as written when it reads 第…条, else spelled out (二十 → 第二十条). */
export function citedArticle(ref: ArticleRef): string {
  return ref.raw.startsWith("第") ? ref.raw : articleText(ref.article, ref);
}
