/**
 * .docx: the body's paragraphs and tables in order (fflate opens the zip within limits, fast-xml-parser
 * reads word/document.xml). Merges: gridSpan is a colspan; a run of vMerge cells is one cell with a
 * rowspan. Symbols inserted from the Wingdings fonts (☑ □ written as w:sym) become ■ and □; deleted
 * revisions are left out.
 */
import { XMLParser } from "fast-xml-parser";
import { catalogBounds, ImportError, limits, type TableBounds } from "../limits.js";
import { gridOf, type PlacedCell, type RawTable } from "../table.js";
import { openZip, xmlText } from "../zip.js";

type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

/** Formatting (run, paragraph, table properties), bookmarks and proofing marks carry no text: dropped while parsing, which halves the tree. */
const unused = new Set(["w:rPr", "w:pPr", "w:tblPr", "w:tblGrid", "w:sectPr", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd", "w:lastRenderedPageBreak", "w:tcW", "w:tcBorders", "w:shd", "w:vAlign", "w:trHeight", "w:cantSplit", "w:tblHeader", "w:del", "w:delText", "w:commentRangeStart", "w:commentRangeEnd"]);
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: (name: string) => name !== "w:val" && name !== "w:char",
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  jPath: false,
  updateTag: (tag: string) => !unused.has(tag) && tag,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@")!;
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attrOf = (node: XmlNode, name: string) => node[":@"]?.[name];
const find = (nodes: readonly XmlNode[], tag: string) => nodes.find((n) => tagOf(n) === tag);

/** Wingdings code points (as Word writes them, F000 + the character) for ticked and empty boxes. */
const symbols: Record<string, string> = {
  F0FE: "■", F0FC: "■", F06E: "■", F078: "■", F0A7: "■", F052: "■", F050: "■",
  F06F: "□", F0A8: "□", F071: "□", F0A3: "□", F0A1: "□", F02A: "□",
};
const wrappers = new Set(["w:r", "w:hyperlink", "w:ins", "w:smartTag", "w:fldSimple", "w:sdt", "w:sdtContent", "w:customXml", "w:moveTo"]);

/** A paragraph's text: runs, tabs, breaks and symbols. */
function paragraphText(nodes: readonly XmlNode[]): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    // Word joiners only steer line breaking (our own outputs keep document numbers whole with them): not text.
    if (tag === "w:t") out += childrenOf(node).map((t) => String(t["#text"] ?? "").replace(/\u2060/g, "")).join("");
    else if (tag === "w:tab") out += "\t";
    else if (tag === "w:br" || tag === "w:cr") out += "\n";
    else if (tag === "w:noBreakHyphen") out += "-";
    else if (tag === "w:sym") out += symbols[(attrOf(node, "w:char") ?? "").toUpperCase()] ?? "";
    else if (wrappers.has(tag)) out += paragraphText(childrenOf(node));
  }
  return out;
}

/** A cell's text: its paragraphs (and any nested table's) one per line. */
function cellText(nodes: readonly XmlNode[]): string {
  const lines: string[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:p") lines.push(paragraphText(childrenOf(node)));
    else if (tag === "w:tbl") lines.push(...tableRows(node, limits.rows).flatMap((row) => row.map((c) => c.text)));
    else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") lines.push(cellText(childrenOf(node)));
  }
  return lines.join("\n");
}

interface WordCell extends PlacedCell {
  column: number;
  vMerge?: "restart" | "continue";
}

/** The cells of a row, looking through content controls that wrap them. */
function rowCells(nodes: readonly XmlNode[]): XmlNode[] {
  return nodes.flatMap((n) => (tagOf(n) === "w:tc" ? [n] : ["w:sdt", "w:sdtContent", "w:customXml"].includes(tagOf(n)) ? rowCells(childrenOf(n)) : []));
}

function tableRows(table: XmlNode, rowLimit: number): PlacedCell[][] {
  const rows = childrenOf(table).filter((n) => tagOf(n) === "w:tr").slice(0, rowLimit + 1);
  const out: WordCell[][] = [];
  for (const tr of rows) {
    const trPr = find(childrenOf(tr), "w:trPr");
    let column = Number(attrOf(find(trPr ? childrenOf(trPr) : [], "w:gridBefore") ?? {}, "w:val") ?? 0) || 0;
    const cells: WordCell[] = [];
    for (const tc of rowCells(childrenOf(tr))) {
      const pr = childrenOf(find(childrenOf(tc), "w:tcPr") ?? {});
      const colspan = Math.max(1, Number(attrOf(find(pr, "w:gridSpan") ?? {}, "w:val") ?? 1) || 1);
      const merge = find(pr, "w:vMerge");
      const vMerge = merge ? (attrOf(merge, "w:val") === "restart" ? "restart" : "continue") : undefined;
      cells.push({ text: cellText(childrenOf(tc)), colspan, rowspan: 1, column, ...(vMerge ? { vMerge } : {}) });
      column += colspan;
      if (column > limits.columns * 4) break;
    }
    out.push(cells);
  }
  // A vMerge continuation adds a row to the cell that began the run above it, and is itself no cell.
  const open = new Map<number, WordCell>();
  return out.map((cells) =>
    cells.filter((cell) => {
      if (cell.vMerge === "continue") {
        const start = open.get(cell.column);
        if (start) {
          start.rowspan++;
          return false;
        }
      }
      if (cell.vMerge) open.set(cell.column, cell);
      else open.delete(cell.column);
      return true;
    }),
  );
}

export function readDocx(bytes: Uint8Array, bounds: TableBounds = catalogBounds): RawTable[] {
  const rowLimit = bounds.rows;
  const parts = openZip(bytes, (name) => name === "word/document.xml", bounds);
  const xml = xmlText(parts, "word/document.xml");
  if (xml === undefined) throw new ImportError("unreadable", { detail: "word/document.xml" });
  const document = parser.parse(xml) as XmlNode[];
  const body = childrenOf(find(childrenOf(find(document, "w:document") ?? {}), "w:body") ?? {});
  const tables: RawTable[] = [];
  const recent: string[] = [];
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "w:p") {
        const text = paragraphText(childrenOf(node)).trim();
        if (text) recent.push(text);
        if (recent.length > 8) recent.shift();
      } else if (tag === "w:tbl") {
        tables.push({ label: `表${tables.length + 1}`, before: [...recent], rows: gridOf(tableRows(node, rowLimit), { rows: rowLimit + 1, columns: limits.columns + 1 }) });
      } else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") walk(childrenOf(node));
    }
  };
  walk(body);
  return tables;
}
