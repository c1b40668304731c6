/**
 * Table body rows as WordprocessingML written directly from a template: the bytes `docx` writes for
 * `new TableRow({ cantSplit: true, children: cells.map((c) => textCell(c.lines, { ...c, keepNext })) })` in a
 * table (test/render/docx-rows.test.ts compares the two on real catalogs and hostile text), without
 * the object tree `docx` builds and serialises per cell (~5 ms a row, most of a build's time).
 * Only what body rows use is written: width, alignment, font and size, vertical merges.
 */
import { cellLineHeight, cellMargin, numberLanguage, partFont, runParts, type Align, type PartKind } from "./official.js";
import { escapeXml } from "./package.js";

export interface BodyCell {
  lines: readonly string[];
  /** twips */
  width: number;
  fontName: string;
  fontSize: number;
  align?: Align;
  /** rows this cell spans downwards (the rows below leave the column out, as with docx's rowSpan). */
  rowSpan?: number;
}

export interface BodyRow {
  cells: BodyCell[];
  /** keep with the next row (its paragraphs' keep-with-next). */
  keepNext: boolean;
}

const margins = `<w:tcMar><w:top w:type="dxa" w:w="${cellMargin.y}"/><w:left w:type="dxa" w:w="${cellMargin.x}"/><w:bottom w:type="dxa" w:w="${cellMargin.y}"/><w:right w:type="dxa" w:w="${cellMargin.x}"/></w:tcMar><w:vAlign w:val="center"/>`;
const keep = "<w:keepNext/>";
const justify = (align: Align | undefined) => `<w:jc w:val="${align === "center" ? "center" : "left"}"/>`;

const kinds: readonly PartKind[] = ["text", "symbol", "number"];

function runProperties(fontName: string, fontSize: number, kind: PartKind): string {
  const face = partFont(fontName, kind);
  const fonts = `<w:rFonts w:ascii="${escapeXml(face.ascii)}" w:cs="${escapeXml(face.cs)}" w:eastAsia="${escapeXml(face.eastAsia)}" w:hAnsi="${escapeXml(face.hAnsi)}" w:hint="${face.hint}"/>`;
  const language = kind === "number" ? `<w:lang w:val="${numberLanguage.value}" w:eastAsia="${numberLanguage.eastAsia}"/>` : "";
  return `<w:rPr>${fonts}<w:sz w:val="${fontSize}"/><w:szCs w:val="${fontSize}"/>${language}</w:rPr>`;
}

function cellXml(cell: BodyCell, keepNext: boolean): string {
  const merge = cell.rowSpan && cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : "";
  const paragraphProperties = `<w:pPr>${keepNext ? keep : ""}<w:spacing w:after="0" w:before="0" w:line="${cellLineHeight(cell.fontSize)}" w:lineRule="exact"/>${justify(cell.align)}</w:pPr>`;
  const properties = Object.fromEntries(kinds.map((kind) => [kind, runProperties(cell.fontName, cell.fontSize, kind)])) as Record<PartKind, string>;
  let xml = `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${merge}${margins}</w:tcPr>`;
  for (const line of cell.lines.length ? cell.lines : [""]) {
    xml += `<w:p>${paragraphProperties}`;
    for (const part of runParts(line)) xml += `<w:r>${properties[part.kind]}<w:t xml:space="preserve">${escapeXml(part.text)}</w:t></w:r>`;
    xml += "</w:p>";
  }
  return `${xml}</w:tc>`;
}

/** The cell docx puts where a merge from above continues (its width comes from the table grid). */
const continued = '<w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc>';

/**
 * Writes the rows of one table in order, remembering the merges still open in each column so the
 * rows below get their continuation cells.
 */
export class RowWriter {
  /** per grid column, the rows below still covered by a merge. */
  private readonly covered: number[];

  constructor(private readonly columns: number) {
    this.covered = new Array<number>(columns).fill(0);
  }

  row(row: BodyRow): string {
    let xml = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    let next = 0;
    for (let column = 0; column < this.columns; column++) {
      if (this.covered[column]! > 0) {
        this.covered[column]!--;
        xml += continued;
        continue;
      }
      const cell = row.cells[next++];
      if (!cell) throw new Error(`RowWriter: row has ${row.cells.length} cells for ${this.columns} columns`);
      xml += cellXml(cell, row.keepNext);
      this.covered[column] = (cell.rowSpan ?? 1) - 1;
    }
    return `${xml}</w:tr>`;
  }
}
