/**
 * Reads 公开依据 citations in their customary printed forms (docs/format.md, Citations):
 * 《title》, an optional document number in brackets, and article references.
 */
import { numeralPattern, parseNumeral } from "./numerals.js";
import type { ArticleRef, Citation, DocNoProblem } from "./types.js";
import { withoutControls } from "./text.js";

const articlePattern = new RegExp(
  `第(${numeralPattern})条(?:第(${numeralPattern})款)?(?:第?[（(](${numeralPattern})[）)]项|第(${numeralPattern})项)?`,
  "g",
);

const openBrackets = "〔[［(（﹝【";
const closeBrackets = "〕]］)）﹞】";
const pairs: Record<string, string> = { "〔": "〕", "[": "]", "［": "］", "(": ")", "（": "）", "﹝": "﹞", "【": "】" };

/** 令 numbers (国务院令第711号, 住房和城乡建设部令第11号) and 文号 (民发〔2021〕57号), broken forms included. */
const orderNumber = /((?:中华人民共和国)?[\u4e00-\u9fa5]{0,12}令)\s*第\s*(\d+)(?!\d)\s*(号?)/;
const openClass = `[${openBrackets.replace("[", "\\[")}]`;
const closeClass = `[${closeBrackets.replace("]", "\\]")}]`;
// A 3-digit year is read too, to be reported (docNoFrom). Before a bracket any issuer code will do (财社〔2017〕164号, 建村〔2017〕192号); without one, only the
// usual endings (国办发, 民函, 皖民基字) tell an issuer code from a number in running text.
const documentNumber = new RegExp(
  `(?:([\\u4e00-\\u9fa5]{1,10}?)\\s*(${openClass})|([\\u4e00-\\u9fa5]{0,9}[发字函办规令通预]))\\s*(\\d{3,})\\s*(${closeClass}?)\\s*(\\d*)(?!\\d)\\s*(号?)(${closeClass}?)`,
  "g",
);

export interface DocNoReading {
  text: string;
  problems: DocNoProblem[];
  /** the well-formed spelling, when the broken one can be repaired unambiguously. */
  suggestion?: string;
}

export function readDocNo(text: string): DocNoReading | undefined {
  const order = orderNumber.exec(text);
  if (order && !order[3]) {
    // 国务院令第711: the final 号 is missing.
    return { text: order[0].trimEnd(), problems: ["missing-hao"], suggestion: `${order[1]}第${order[2]}号` };
  }
  if (order) {
    // (国令第711号) 号: the stray 号 is part of what was written.
    const stray = /^[）)]?\s*号/.exec(text.slice(order.index + order[0].length))?.[0];
    if (!stray) return { text: order[0], problems: [] };
    return { text: order[0] + stray, problems: ["stray-suffix"], suggestion: `${order[1]}第${order[2]}号` };
  }
  for (const m of text.matchAll(documentNumber)) {
    const reading = docNoFrom(m, text);
    if (reading) return reading;
  }
  return yearless(text);
}

/** A bracket holding only an issuer code, a serial and 号: a 文号 without its year (（渝交计121号）, （国发47号）). */
const yearlessNumber = /[（(]([\u4e00-\u9fa5]{2,10})(\d{1,4})号[）)]/;

function yearless(text: string): DocNoReading | undefined {
  const m = yearlessNumber.exec(text);
  // 第, 年, 月, 日 or 令 in the code mean an order, an announcement or a date (公告2009年第1号, 12月1号), not a 文号.
  if (!m || /[第年月日令]/.test(m[1]!)) return undefined;
  return { text: `${m[1]}${m[2]}号`, problems: ["missing-year"] };
}

function docNoFrom(m: RegExpMatchArray, text: string): DocNoReading | undefined {
  const [matched, bracketedIssuer, opening, bareIssuer, digits, closing, serial, hao, trailing] = m as unknown as (string | undefined)[];
  const issuer = bracketedIssuer ?? bareIssuer;
  // A year of three digits is a number only whole around it (财预[201]143号: a digit lost); elsewhere three digits are a serial.
  if (digits!.length === 3 && !(opening && closing && pairs[opening] === closing && serial && hao)) return undefined;
  const problems: DocNoProblem[] = [];
  let whole = matched!;
  if (!hao) {
    // Without its 号 a number is read only when it is otherwise whole: 国发〔2014〕25.
    if (!opening || !closing || pairs[opening] !== closing || !serial || digits!.length !== 4) return undefined;
    whole = whole.slice(0, whole.length - (trailing?.length ?? 0)).trimEnd();
    problems.push("missing-hao");
    return { text: whole, problems, suggestion: `${issuer}〔${digits}〕${serial}号` };
  }
  let year = digits!;
  let number = serial!;
  if (!opening || !closing || pairs[opening] !== closing) problems.push("unbalanced-brackets");
  if (digits!.length > 4 && !closing && !serial) {
    // 国办发〔201680号: the year and the serial ran together when the closing bracket was lost.
    year = digits!.slice(0, 4);
    number = digits!.slice(4);
  } else if (digits!.length !== 4) problems.push("missing-year");
  if (!number) problems.push("missing-serial");
  // A bracket after 号 is stray when it belongs around the year (民发〔2018)23号〕); otherwise it usually
  // closes one opened before the number: （民发〔2021〕57号）.
  const misplaced = !!opening && closing !== pairs[opening] && trailing === pairs[opening];
  const enclosed = !!trailing && !misplaced && unclosedBracket(text.slice(0, m.index!)) !== undefined;
  if (trailing && !enclosed) problems.push("stray-suffix");
  const suggestion = /^(19|20)\d\d$/.test(year) && number ? `${issuer}〔${year}〕${number}号` : undefined;
  const written = enclosed ? whole.slice(0, -trailing.length) : whole;
  return { text: written, problems, ...(problems.length && suggestion ? { suggestion } : {}) };
}

/** The last bracket opened in `text` and not closed there. */
function unclosedBracket(text: string): string | undefined {
  const stack: string[] = [];
  for (const ch of text) {
    if (openBrackets.includes(ch)) stack.push(ch);
    else if (closeBrackets.includes(ch) && pairs[stack[stack.length - 1] ?? ""] === ch) stack.pop();
  }
  return stack[stack.length - 1];
}

function readArticles(text: string): { articles: ArticleRef[]; bad: string[] } {
  const articles: ArticleRef[] = [];
  const bad: string[] = [];
  for (const m of text.matchAll(articlePattern)) {
    const article = parseNumeral(m[1]!);
    if (article === undefined || article === 0) {
      bad.push(m[0]);
      continue;
    }
    const ref: ArticleRef = { raw: m[0], article };
    const paragraph = m[2] ? parseNumeral(m[2]) : undefined;
    const clause = m[3] ?? m[4];
    if (paragraph) ref.paragraph = paragraph;
    if (clause) {
      const n = parseNumeral(clause);
      if (n) ref.clause = n;
    }
    articles.push(ref);
  }
  return { articles, bad };
}

/**
 * The document number was written broken across PDF lines: a space between two digits or two Han
 * characters (8 4号, 国 办发). A space between a digit and a Han character (94 号) is a typesetting style.
 */
function writtenSpaced(docNo: string, rest: string): boolean {
  const chars = [...docNo].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const written = new RegExp(chars.join("[\\s\u3000]*")).exec(rest)?.[0] ?? docNo;
  return /\d[\s\u3000]+\d|\p{Script=Han}[\s\u3000]+\p{Script=Han}/u.test(written);
}

/** A bracket opened before the number (（辽政办发〔2014〕74号、…) and never closed after it. */
function openAround(doc: DocNoReading, text: string): boolean {
  const at = text.indexOf(doc.text);
  const open = at === -1 ? undefined : unclosedBracket(text.slice(0, at));
  return open !== undefined && !text.slice(at + doc.text.length).includes(pairs[open]!);
}

function citationFrom(index: number, raw: string, title: string | undefined, rest: string): Citation {
  // Spaces left by line breaks (国发〔2014〕 25 号, 第二十 条) are layout, not text: read without them.
  const compact = rest.replace(/[\s\u3000]+/g, "");
  let doc = readDocNo(compact);
  if (doc && !doc.problems.length && openAround(doc, compact)) {
    doc = { ...doc, problems: ["unclosed-around"], suggestion: doc.text };
  }
  const { articles, bad } = readArticles(doc ? compact.replace(doc.text, "") : compact);
  return {
    index,
    raw,
    structured: false,
    ...(title ? { title } : {}),
    ...(doc ? { docNo: doc.text } : {}),
    docNoProblems: doc?.problems ?? [],
    ...(doc && writtenSpaced(doc.text, rest) ? { docNoSpaced: true } : {}),
    ...(doc?.suggestion ? { docNoSuggestion: doc.suggestion } : {}),
    articles,
    badArticles: bad,
  };
}

/**
 * Where each citation of a text starts: at every 《 outside another title and outside the brackets
 * that follow one, so that an amendment note's title (…》（根据《关于修改〈…〉的决定》修正）) stays in
 * its citation; a list separator ends an unclosed bracket.
 */
function citationStarts(text: string): number[] {
  const starts: number[] = [];
  let titles = 0;
  let brackets = 0;
  [...text].reduce((offset, ch) => {
    if (ch === "《") {
      if (titles === 0 && brackets === 0) starts.push(offset);
      titles++;
    } else if (ch === "》") titles = Math.max(0, titles - 1);
    else if (starts.length && titles === 0 && "（(".includes(ch)) brackets++;
    else if (starts.length && titles === 0 && "）)".includes(ch)) brackets = Math.max(0, brackets - 1);
    // A list separator inside brackets means the bracket was never closed (（国发〔2014〕47号、《…》).
    else if (titles === 0 && "、；;".includes(ch)) brackets = 0;
    return offset + ch.length;
  }, 0);
  return starts;
}

/** An unclosed 《: the title runs to the first bracket, article reference or list separator. */
const titleEnd = /[（(〔\[［【]|第[0-9零〇一二两三四五六七八九十百千]+条|[、，,；;]/;

/** One string may hold several 《》 titles: each starts a citation of its own. */
export function parseCitationText(index: number, text: string): Citation[] {
  const raw = text.trim();
  const starts = citationStarts(raw);
  if (starts.length === 0) {
    // No 书名号: the title is what precedes the first bracket or article reference.
    const cut = raw.search(/[（(]|第[0-9零〇一二两三四五六七八九十百千]+条/);
    const title = (cut === -1 ? raw : raw.slice(0, cut)).trim();
    const citation = citationFrom(index, raw, undefined, raw.slice(title.length));
    return [{ ...citation, ...(title ? { untitled: title } : {}) }];
  }
  return starts.map((start, i) => {
    const segment = raw.slice(start, starts[i + 1] ?? raw.length).replace(/[、，,；;及和与]+$/, "");
    const close = segment.indexOf("》");
    if (close !== -1) return citationFrom(index, segment, segment.slice(1, close).trim(), segment.slice(close + 1));
    const cut = segment.slice(1).search(titleEnd);
    const end = cut === -1 ? segment.length : cut + 1;
    return { ...citationFrom(index, segment, segment.slice(1, end).trim(), segment.slice(end)), unclosed: true };
  });
}

export interface StructuredCitation {
  title?: unknown;
  doc_no?: unknown;
  articles?: unknown;
}

export function parseStructuredCitation(index: number, source: StructuredCitation): Citation {
  const title = typeof source.title === "string" ? withoutControls(source.title).replace(/[《》]/g, "").trim() : undefined;
  const docText = typeof source.doc_no === "string" ? withoutControls(source.doc_no) : "";
  // As in a citation written inline (citationFrom): spaces left by line breaks are layout, not text.
  const compactDoc = docText.replace(/[\s\u3000]+/g, "");
  const doc = compactDoc ? readDocNo(compactDoc) : undefined;
  const refs = Array.isArray(source.articles) ? source.articles : source.articles === undefined ? [] : [source.articles];
  const articles: ArticleRef[] = [];
  const bad: string[] = [];
  for (const ref of refs) {
    const text = withoutControls(String(ref)).trim();
    if (/^第/.test(text)) {
      const read = readArticles(text);
      articles.push(...read.articles);
      bad.push(...read.bad);
      if (!read.articles.length && !read.bad.length) bad.push(text);
      continue;
    }
    const n = parseNumeral(text.replace(/条$/, ""));
    if (n) articles.push({ raw: text, article: n });
    else bad.push(text);
  }
  return {
    index,
    raw: title ?? "",
    structured: true,
    ...(title ? { title } : {}),
    ...(compactDoc ? { docNo: doc?.text ?? docText } : {}),
    docNoProblems: compactDoc && !doc ? ["missing-serial"] : doc?.problems ?? [],
    ...(doc && writtenSpaced(doc.text, docText) ? { docNoSpaced: true } : {}),
    ...(doc?.suggestion ? { docNoSuggestion: doc.suggestion } : {}),
    articles,
    badArticles: bad,
  };
}

/**
 * A citation in its customary printed form: a string citation as written; a structured one as
 * 《title》（doc_no）第二十条、第二十一条. Renderers and the diff show citations the same way.
 */
export function printedCitation(citation: Citation): string {
  if (!citation.structured) return citation.raw;
  const refs = citation.articles
    .map((a) => a.raw)
    .concat(citation.badArticles)
    .map((ref) => (ref.startsWith("第") ? ref : `第${ref.replace(/条$/, "")}条`));
  const title = citation.title ?? citation.untitled ?? "";
  return `《${title}》${citation.docNo ? `（${citation.docNo}）` : ""}${refs.join("、")}`;
}
