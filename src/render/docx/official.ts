/**
 * Building blocks for Word documents in the official style of GB/T 9704-2012 (党政机关公文格式), shared by
 * the catalog attachment (render/docx/catalog.ts) and the diff's change notice. Pure: options in,
 * `docx` objects or bytes out; no clock (dates come in), no random ids.
 *
 * Usage:
 *   const fonts = officialFonts();                         // or officialFonts({ body: "仿宋" })
 *   const doc = officialDocument({ title, creator, fonts, sections: [
 *     officialSection({ orientation: "landscape", fonts, children: [
 *       attachmentLabel("附件1", fonts), documentTitle("……标准目录", fonts),
 *       new Table({ …, rows: [new TableRow({ tableHeader: true, cantSplit: true, children: [textCell(…)] }), …] }),
 *     ] }),
 *   ] });
 *   const bytes = await packDocx(doc, { title, creator, date });   // package.ts: byte-reproducible .docx
 *
 * Sizes are in half-points (`size.五号` = 21); lengths given in millimetres become integer twips,
 * which every Word version reads (a "28mm" string would be written verbatim and old Word rejects it).
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";

/** Font sizes by their Chinese names, in half-points. */
export const size = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21, 小五: 18, 六号: 15 } as const;

/** Millimetres → integer twips. */
export const twips = (mm: number): number => Math.round(convertMillimetersToTwip(mm));

/** The CJK faces used for each role; Latin text is always Times New Roman. */
export interface OfficialFonts {
  /** body and table text: 仿宋_GB2312 */
  body: string;
  /** the attachment label and table headers: 黑体 */
  heading: string;
  /** the document title: 方正小标宋简体 */
  title: string;
  /** page numbers: 宋体 */
  pageNumber: string;
}

export function officialFonts(overrides: Partial<OfficialFonts> = {}): OfficialFonts {
  return { body: "仿宋_GB2312", heading: "黑体", title: "方正小标宋简体", pageNumber: "宋体", ...overrides };
}

export const latinFont = "Times New Roman";

/** A run font: Chinese glyphs from `eastAsia`, Latin Times New Roman; the hint sends symbols shared by both (■ □ √ “ ” —) to the Chinese face. */
export const font = (eastAsia: string) => ({ ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia, hint: "eastAsia" });

export type Orientation = "portrait" | "landscape";

/**
 * GB/T 9704 §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. A landscape page is the portrait page
 * turned, so the 版心 becomes 225 × 156 mm with the binding edge at the top.
 */
const margins: Record<Orientation, { top: number; right: number; bottom: number; left: number }> = {
  portrait: { top: 37, right: 26, bottom: 35, left: 28 },
  landscape: { top: 28, right: 37, bottom: 26, left: 35 },
};

/** The 版心 (type area) width in mm, which tables should fill. */
export const typeAreaWidth: Record<Orientation, number> = { portrait: 156, landscape: 225 };
export const typeAreaHeight: Record<Orientation, number> = { portrait: 225, landscape: 156 };

/** Page size and margins in twips; the footer sits 7 mm below the 版心 (§7.5). */
export function pageSetup(orientation: Orientation) {
  const m = margins[orientation];
  return {
    size: { orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left), header: twips(15), footer: twips(m.bottom - 7 - 5) },
  };
}

/** §7.5 page numbers: "— N —" in 4号 宋体; odd pages right-aligned, even pages left-aligned, one character in. */
export function pageNumberFooters(fonts: OfficialFonts): NonNullable<ISectionOptions["footers"]> {
  const indent = 280; // one 四号 character (14 pt) in twips
  const footer = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], side: "left" | "right") =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent: { [side]: indent },
          children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: size.四号, font: font(fonts.pageNumber) })],
        }),
      ],
    });
  return { default: footer(AlignmentType.RIGHT, "right"), even: footer(AlignmentType.LEFT, "left") };
}

export interface SectionOptions {
  orientation: Orientation;
  fonts: OfficialFonts;
  children: ISectionOptions["children"];
  /** restart page numbering at 1 (default: continue from the previous section). */
  restartNumbering?: boolean;
}

export function officialSection({ orientation, fonts, children, restartNumbering }: SectionOptions): ISectionOptions {
  return {
    properties: { page: { ...pageSetup(orientation), ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}) } },
    footers: pageNumberFooters(fonts),
    children,
  };
}

export interface DocumentOptions {
  title: string;
  /** the issuing organ (文档属性·作者). */
  creator: string;
  subject?: string;
  keywords?: string;
  fonts: OfficialFonts;
  sections: ISectionOptions[];
}

/** A document with the body style (三号 仿宋, zh-CN language for CJK line breaking) and odd/even footers. */
export function officialDocument({ title, creator, subject, keywords, fonts, sections }: DocumentOptions): Document {
  return new Document({
    title,
    creator,
    lastModifiedBy: creator,
    ...(subject ? { subject } : {}),
    ...(keywords ? { keywords } : {}),
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(fonts.body), size: size.三号, language: { value: "zh-CN", eastAsia: "zh-CN" } } } },
    },
    sections,
  });
}

/** "附件" (or "附件1") in 3号 黑体 on the first line of the 版心 (§7.4.2). */
export function attachmentLabel(label: string, fonts: OfficialFonts): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: label, size: size.三号, font: font(fonts.heading) })] });
}

/** The title in 2号 方正小标宋简体, centred, with one empty line above and below as in published attachments. */
export function documentTitle(text: string, fonts: OfficialFonts): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 320, after: 320, line: 640, lineRule: LineRuleType.AT_LEAST },
    children: [new TextRun({ text, size: size.二号, font: font(fonts.title) })],
  });
}

/** GB/T 9704 §5.2.2: 22 lines on the 225 mm 版心, i.e. an exact line height of 28.95 pt. */
export const bodyLineHeight = 579;

/**
 * A body paragraph: 3号 仿宋 on the 22-line grid, first line indented two characters (both indents, as
 * LibreOffice ignores `firstLineChars`). Other sizes get single spacing.
 */
export function bodyParagraph(text: string, fonts: OfficialFonts, options: { indent?: boolean; fontSize?: number } = {}): Paragraph {
  const fontSize = options.fontSize ?? size.三号;
  return new Paragraph({
    spacing: { before: 0, after: 0, ...(fontSize === size.三号 ? { line: bodyLineHeight, lineRule: LineRuleType.EXACT } : {}) },
    ...(options.indent === false ? {} : { indent: { firstLine: fontSize * 20, firstLineChars: 200 } }),
    children: textRuns(text, fonts.body, fontSize),
  });
}

export type Align = "left" | "center";

export interface CellOptions {
  /** width in twips (Word reads the cell width, LibreOffice the table grid: give both). */
  width: number;
  fontName: string;
  fontSize: number;
  align?: Align;
  bold?: boolean;
  rowSpan?: number;
  columnSpan?: number;
  /** background as RRGGBB, for header rows. */
  fill?: string;
  /** keep with the next row (keep-with-next on the cell's paragraphs: how Word and LibreOffice keep rows together). */
  keepNext?: boolean;
}

/**
 * Cell margins (twips): 1 mm left and right, so text keeps clear of the rules as in printed 公文
 * tables (Word's own default is 1.9 mm, too wide for two characters in a tick column), and 0.5 mm
 * above and below, where the exact line height already leaves air.
 */
export const cellMargin = { x: 57, y: 28 } as const;

/**
 * Table text has an exact line height of 1.35 × its size (twips), so a row is as tall in Word as in
 * LibreOffice or WPS, whatever their font metrics: a renderer can then estimate where pages break.
 */
export const cellLineHeight = (fontSize: number): number => Math.round(fontSize * 10 * 1.35);

/** Symbols both scripts share: LibreOffice draws them with the Latin font at a line's start, whatever the hint. */
const sharedSymbols = /[■□√]/;

/**
 * The numbers of document numbers (发文字号: 国办发〔2019〕54号 → 〔2019〕54号; 国务院令第649号 → 第649号)
 * must not break across lines. Word and LibreOffice break Chinese text between any two characters and
 * ignore a word joiner there; in a run whose language is English (for both scripts) LibreOffice follows
 * the Unicode line-breaking rules, where U+2060 WORD JOINER forbids a break. So a number gets a run of
 * its own with that language and a joiner beside each digit where its neighbour is not a digit (only
 * there: LibreOffice spaces Chinese from Latin text, and a joiner between two Chinese characters would
 * add that space). Checked in the printed PDF by test.
 */
const documentNumber = /[〔［[（(]\d{4}[〕］\]）)]\s*第?\d+\s*号|〔\d{4}〕|第\d+号/g;
const joinDigits = (number: string) => number.replace(/(?<=\d)(?=\D)|(?<=\D)(?=\d)/g, "\u2060");
export const numberLanguage = { value: "en-US", eastAsia: "en-US" } as const;

export type PartKind = "text" | "symbol" | "number";

/** A line of text in parts for runs: each shared symbol alone, each document number joined; empty parts dropped. */
export function runParts(text: string): { text: string; kind: PartKind }[] {
  const parts: { text: string; kind: PartKind }[] = [];
  const plain = (chunk: string) => {
    for (const piece of chunk.split(/([■□√])/)) if (piece !== "") parts.push({ text: piece, kind: sharedSymbols.test(piece) ? "symbol" : "text" });
  };
  let at = 0;
  for (const match of text.matchAll(documentNumber)) {
    plain(text.slice(at, match.index));
    parts.push({ text: joinDigits(match[0]), kind: "number" });
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return parts;
}

/** A part's face: the shared symbols in the Chinese face alone, so they look alike everywhere. */
export const partFont = (fontName: string, kind: PartKind) =>
  kind === "symbol" ? { ascii: fontName, hAnsi: fontName, cs: fontName, eastAsia: fontName, hint: "eastAsia" } : font(fontName);

/** A run's options for a part (see runParts). */
export const partRun = (part: { text: string; kind: PartKind }, fontName: string, fontSize: number) => ({
  text: part.text,
  size: fontSize,
  font: partFont(fontName, part.kind),
  ...(part.kind === "number" ? { language: numberLanguage } : {}),
});

/** Runs for a line of text (see runParts). */
export function textRuns(text: string, fontName: string, fontSize: number, bold = false): TextRun[] {
  return runParts(text).map((part) => new TextRun({ ...partRun(part, fontName, fontSize), ...(bold ? { bold: true } : {}) }));
}

/** A table cell holding one paragraph per line (or per run list), vertically centred. */
export function textCell(lines: readonly (string | readonly ParagraphChild[])[], options: CellOptions): TableCell {
  const alignment = options.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  const spacing = { before: 0, after: 0, line: cellLineHeight(options.fontSize), lineRule: LineRuleType.EXACT };
  const paragraphs = (lines.length ? lines : [""]).map(
    (line) =>
      new Paragraph({
        alignment,
        spacing,
        ...(options.keepNext ? { keepNext: true } : {}),
        children:
          typeof line === "string"
            ? textRuns(line, options.fontName, options.fontSize, options.bold)
            : [...line],
      }),
  );
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: cellMargin.x, right: cellMargin.x, top: cellMargin.y, bottom: cellMargin.y },
    ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
    ...(options.columnSpan && options.columnSpan > 1 ? { columnSpan: options.columnSpan } : {}),
    ...(options.fill ? { shading: { fill: options.fill, color: "auto", type: "clear" as const } } : {}),
    children: paragraphs,
  });
}

/** A text's width in ems: CJK and full-width characters one em, Latin about half, a space less. */
export function ems(text: string): number {
  let width = 0;
  for (const char of text) width += char === " " ? 0.3 : char.charCodeAt(0) < 0x2000 ? 0.55 : 1;
  return width;
}

/** Lines a paragraph takes in a cell. */
export function cellLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, (width - 2 * cellMargin.x) / (fontSize * 10));
  return Math.max(1, Math.ceil(ems(text) / perLine));
}

/**
 * A column width (twips) that holds each text on one line, with room for the widest Latin glyphs
 * (capitals and digits run wider than the half em `ems` counts).
 */
export function fittingWidth(texts: readonly string[], fontSize: number): number {
  const widest = Math.max(0, ...texts.map((t) => ems(t) + [...t].filter((c) => c.charCodeAt(0) < 0x2000).length * 0.2));
  return Math.ceil(widest * fontSize * 10) + 2 * cellMargin.x + 20;
}

/** Splits a width in twips over columns by weight; the parts are integers that add up exactly. */
export function columnWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A heading in 黑体 (三号 by default) kept with what follows. */
export function heading(text: string, fonts: OfficialFonts, fontSize: number = size.三号): Paragraph {
  return new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text, size: fontSize, font: font(fonts.heading) })] });
}

const headerFill = "E7E6E6";

/** A table's header row in 黑体 on grey, repeated on every page. */
export function headerRow(columns: readonly string[], widths: readonly number[], fonts: OfficialFonts, fontSize: number): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => textCell([c], { width: widths[i]!, fontName: fonts.heading, fontSize, align: "center", fill: headerFill })),
  });
}

/** A table of fixed column widths (twips), as wide as they add up to. */
export function fixedTable(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({ layout: TableLayoutType.FIXED, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: [...widths], rows });
}
