/**
 * .html/.htm, usually a page saved from a county's website: navigation, scripts and layout tables
 * around the catalog. parse5 builds the tree as a browser would (unclosed cells, missing tbody, the
 * mis-nested markup of old CMS pages); script, style and template contents are never text here and
 * never run. Every table becomes a grid (rowspan/colspan resolved); the mapping keeps the ones whose
 * header it recognises. Hidden duplicates (aria-hidden) are skipped: the accessible text is the data.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { decode } from "../../load/decode.js";
import { iconvLite } from "../../lazy.js";
import { limits } from "../limits.js";
import { gridOf, type PlacedCell, type RawTable } from "../table.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const skipped = new Set(["script", "style", "template", "noscript", "head", "select", "button", "svg", "math"]);
const blocks = new Set(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "caption", "section", "article", "header", "footer", "nav", "dt", "dd", "blockquote", "center", "title"]);

/** The page's text: a BOM, else the charset its meta tag declares (GB2312/GBK pages are common), else UTF-8 or GB18030 by content. */
export function pageText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!hasBom && declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return iconvLite().decode(Buffer.from(bytes), "gb18030");
  return decode(bytes).text;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => "tagName" in node;
const hidden = (element: Element) => skipped.has(element.tagName) || attr(element, "aria-hidden") === "true" || attr(element, "hidden") !== undefined;

/** An element's text as lines: <br> and block boundaries break lines, white space collapses as it renders. */
function textOf(element: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "#text") out.push((node as DefaultTreeAdapterMap["textNode"]).value.replace(/[ \t\n\r\f\u00a0]+/g, " "));
    if (!isElement(node) || hidden(node)) return;
    if (node.tagName === "br") out.push("\n");
    const block = blocks.has(node.tagName);
    if (block) out.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) out.push("\n");
  };
  for (const child of element.childNodes) walk(child);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

const span = (element: Element, name: string) => {
  const n = Number.parseInt(attr(element, name) ?? "1", 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/** The table's own rows (not those of tables nested in its cells). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (!isElement(child) || child.tagName === "table") continue;
      if (child.tagName === "tr") rows.push(child);
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) walk(child);
    }
  };
  walk(table);
  return rows;
}

export function readHtml(bytes: Uint8Array, rowLimit: number = limits.rows): RawTable[] {
  const document = parse(pageText(bytes));
  const tables: RawTable[] = [];
  const recent: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.trim();
    if (text) recent.push(text);
    if (recent.length > 8) recent.shift();
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeName === "#text") line += (node as DefaultTreeAdapterMap["textNode"]).value.replace(/[ \t\n\r\f\u00a0]+/g, " ");
    if (node.nodeName === "#document") for (const child of (node as DefaultTreeAdapterMap["document"]).childNodes) walk(child);
    if (!isElement(node) || hidden(node)) return;
    const block = blocks.has(node.tagName) || node.tagName === "br";
    if (block) flush();
    if (node.tagName === "table") {
      const caption = node.childNodes.find((c): c is Element => isElement(c) && c.tagName === "caption");
      const before = [...recent, ...(caption ? [textOf(caption).replace(/\n/g, "")] : [])];
      const rows = ownRows(node).slice(0, rowLimit + 1);
      const placed: PlacedCell[][] = rows.map((tr) =>
        tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th")).map((cell) => ({ text: textOf(cell), colspan: span(cell, "colspan"), rowspan: span(cell, "rowspan") })),
      );
      tables.push({ label: `表${tables.length + 1}`, before, rows: gridOf(placed, { rows: rowLimit + 1, columns: limits.columns + 1 }) });
    }
    for (const child of (node as Element).childNodes) walk(child);
    if (block) flush();
  };
  walk(document as unknown as Node);
  return tables;
}
