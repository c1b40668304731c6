/**
 * The change notice (调整说明) as a Word document in the build's official GB/T 9704 style (A4 landscape,
 * 方正小标宋 title, 黑体 headings, 仿宋 text), from the same notice model as the HTML. Insertions are
 * underlined and deletions struck through, which survives black-and-white printing. Byte-reproducible.
 */
import { Paragraph, Table, TableRow, TextRun, type ParagraphChild } from "docx";
import {
  bodyParagraph,
  columnWidths,
  documentTitle,
  fittingWidth,
  fixedTable,
  font,
  headerRow,
  heading,
  officialDocument,
  officialFonts,
  officialSection,
  partRun,
  runParts,
  size,
  textCell,
  twips,
  typeAreaWidth,
  type OfficialFonts,
} from "../../render/docx/official.js";
import { packDocx } from "../../render/docx/package.js";
import { notice, type Cell, type ChangedItem, type NoticeSection, type Table as NoticeTable } from "../notice.js";
import type { DiffFormatter } from "./context.js";

const tableWidth = twips(typeAreaWidth.landscape);

/** A paragraph's runs: insertions underlined, deletions struck through, document numbers kept whole (runParts). */
function runs(paragraph: Cell[number], fonts: OfficialFonts, fontSize: number): ParagraphChild[] {
  return paragraph.flatMap((run) =>
    runParts(run.text).map(
      (part) =>
        new TextRun({
          ...partRun(part, fonts.body, fontSize),
          ...(run.mark === "ins" ? { underline: {} } : {}),
          ...(run.mark === "del" ? { strike: true } : {}),
        }),
    ),
  );
}

const cellLines = (cell: Cell, fonts: OfficialFonts, fontSize: number) => cell.map((p) => runs(p, fonts, fontSize));


/** Relative column widths by what the column holds. */
const weight: Record<string, number> = { id: 12, category: 14, name: 16, subitem: 14, content: 26, basis: 30, time_limit: 20, subject: 18, channels: 18, audience: 9, audience_detail: 12, method: 9, levels: 9, note: 18, remark: 24, field: 16, before: 44, after: 44 };

/**
 * Column widths: the 事项编码 column (first) as wide as its longest id, so no id wraps (up to a
 * quarter of the table), the others sharing the rest by weight.
 */
function widthsOf(t: NoticeTable<unknown>, ids: readonly string[], fontSize: number, weightOf: (key: string) => number): number[] {
  const idWidth = Math.min(Math.floor(tableWidth / 4), fittingWidth([...ids, t.columns[0]!], fontSize));
  return [idWidth, ...columnWidths(tableWidth - idWidth, t.keys.slice(1).map(weightOf))];
}

const plainText = (cell: Cell) => cell.map((p) => p.map((r) => r.text).join("")).join("");

function simpleTable(t: NoticeTable<Cell[]>, fonts: OfficialFonts, fontSize: number): Table {
  const widths = widthsOf(t, t.rows.map((row) => plainText(row[0]!)), fontSize, (k) => weight[k] ?? 16);
  const rows = t.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => textCell(cellLines(c, fonts, fontSize), { width: widths[i]!, fontName: fonts.body, fontSize })) }));
  return fixedTable(widths, [headerRow(t.columns, widths, fonts, fontSize), ...rows]);
}

function changedTable(t: NoticeTable<ChangedItem>, fonts: OfficialFonts, fontSize: number): Table {
  const widths = widthsOf(t, t.rows.map((item) => item.id), fontSize, (k) => (k === "name" ? 20 : (weight[k] ?? 16)));
  const cell = (lines: Parameters<typeof textCell>[0], i: number, rowSpan = 1) => textCell(lines, { width: widths[i]!, fontName: fonts.body, fontSize, rowSpan });
  const rows = t.rows.flatMap((item) =>
    item.fields.map((field, k) => {
      const span = item.fields.length;
      const lead = k === 0 ? [cell([item.id], 0, span), cell([item.name], 1, span)] : [];
      const reason = k === 0 ? [cell([item.reason], 5, span)] : [];
      return new TableRow({ cantSplit: true, children: [...lead, cell([field.field], 2), cell(cellLines(field.before, fonts, fontSize), 3), cell(cellLines(field.after, fonts, fontSize), 4), ...reason] });
    }),
  );
  return fixedTable(widths, [headerRow(t.columns, widths, fonts, fontSize), ...rows]);
}


function section(s: NoticeSection, fonts: OfficialFonts): (Paragraph | Table)[] {
  const text = (t: string) => bodyParagraph(t, fonts, { fontSize: size.四号 });
  const caption = (t: string) => heading(t, fonts, size.四号);
  return [
    heading(s.heading, fonts),
    text(s.meta),
    ...(s.counts ? [text(s.counts)] : []),
    ...(s.reason ? [text(s.reason)] : []),
    ...(s.refused ? [text(s.refused)] : []),
    // The added-items table has every element as a column: 小五 keeps it within the 版心.
    ...(s.added ? [caption(s.added.caption), simpleTable(s.added, fonts, size.小五)] : []),
    ...(s.removed ? [caption(s.removed.caption), simpleTable(s.removed, fonts, size.五号)] : []),
    ...(s.changed ? [caption(s.changed.caption), changedTable(s.changed, fonts, size.五号)] : []),
  ];
}

export const docx: (...args: Parameters<DiffFormatter>) => Promise<Uint8Array> = async (result, context) => {
  const n = notice(result, context);
  const fonts = officialFonts();
  const creator = n.jurisdictions.join("、") || "catalog";
  const body = [
    documentTitle(n.title, fonts),
    ...n.facts.map((f) => bodyParagraph(`${f.label}${n.lang === "zh" ? "：" : ": "}${f.value}`, fonts)),
    ...n.statistics.map((s) => bodyParagraph(s, fonts)),
    ...n.sections.flatMap((s) => section(s, fonts)),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: n.footer, size: size.小五, font: font(fonts.body) })] }),
  ];
  const doc = officialDocument({ title: n.title, creator, fonts, sections: [officialSection({ orientation: "landscape", fonts, children: body })] });
  const date = context.date ? new Date(`${context.date}T00:00:00Z`) : new Date(0);
  return packDocx(doc, { title: n.title, creator, date });
};
