/**
 * .docx packages. `docx` compiles a document (styles, sections, footers, numbering); this module zips
 * it byte-reproducibly (core.xml written here, fixed zip times) and fills in what `docx` is slow at.
 * A document compiled with slots — a sentinel title and a marker row per table — is kept as literal
 * XML pieces; each catalog's title and table rows (rows.ts) go into the slots while the zip streams,
 * so a 10,000-row table never exists as an object tree or as one string.
 *
 * Usage:
 *   const compiled = await compileDocument(officialDocument({ …, sections: [… documentTitle(slot.title(0)) …
 *     new Table({ rows: [headerRow, markerRow(0)] }) …] }), 1);
 *   const bytes = packCompiled(compiled, meta, { titles: [title], rows: [rowXmlStrings] });
 */
import { Packer, Paragraph, TableCell, TableRow, type Document } from "docx";
import { strFromU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { clean } from "../table.js";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or an attribute value in XML, escaped as `docx` escapes it. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/**
 * Sentinels for the slots: U+FDD0 is a noncharacter that the table's cleaning removes from every
 * catalog text, so no catalog can contain one; compileDocument checks each appears exactly once.
 */
export const slot = {
  title: (section: number) => `\ufdd0title${section}\ufdd0`,
  rows: (section: number) => `\ufdd0rows${section}\ufdd0`,
};

/** A table row standing for the rows of section `section`'s table (the whole row is replaced). */
export const markerRow = (section: number): TableRow => new TableRow({ children: [new TableCell({ children: [new Paragraph(slot.rows(section))] })] });

type Piece = string | { title: number } | { rows: number };

export interface Compiled {
  /** every part of the package in docx's order (core.xml is written from the meta instead). */
  parts: [string, Uint8Array][];
  /** word/document.xml: literal XML and slots, in order. */
  document: Piece[];
}

const documentPart = "word/document.xml";
const corePart = "docProps/core.xml";

/** Compiles a document whose sections 0 … slots-1 each hold slot.title(i) and markerRow(i). */
export async function compileDocument(doc: Document, slots: number): Promise<Compiled> {
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const xml = strFromU8(entries[documentPart]!);
  const document: Piece[] = [];
  let at = 0;
  for (let section = 0; section < slots; section++) {
    const title = xml.indexOf(slot.title(section), at);
    const marker = xml.indexOf(slot.rows(section), title);
    if (title < 0 || marker < 0 || xml.split(slot.title(section)).length !== 2 || xml.split(slot.rows(section)).length !== 2) {
      throw new Error(`compileDocument: section ${section} must hold its title and marker row once`);
    }
    const rowStart = xml.lastIndexOf("<w:tr>", marker);
    const rowEnd = xml.indexOf("</w:tr>", marker) + "</w:tr>".length;
    document.push(xml.slice(at, title), { title: section }, xml.slice(title + slot.title(section).length, rowStart), { rows: section });
    at = rowEnd;
  }
  document.push(xml.slice(at));
  // document.xml is written from its pieces; its compiled bytes are not kept.
  return { parts: Object.entries(entries).map(([path, data]) => [path, path === documentPart ? new Uint8Array(0) : data]), document };
}

export interface PackMeta {
  title: string;
  creator: string;
  subject?: string;
  keywords?: string;
  /** docProps/core.xml's created/modified date and every zip entry's time (SOURCE_DATE_EPOCH, or the issue date). */
  date: Date;
}

/** What goes into a compiled document's slots: per section, its title and its rows' XML. */
export interface Filling {
  titles: readonly string[];
  rows: readonly Iterable<string>[];
}

/** Zip times are DOS times (1980–2107, 2-second steps). */
function zipDate(date: Date): Date {
  const clamped = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31)));
  // fflate writes the local-time fields: give it a Date whose local fields are the UTC ones, so TZ does not matter.
  return new Date(clamped.getUTCFullYear(), clamped.getUTCMonth(), clamped.getUTCDate(), clamped.getUTCHours(), clamped.getUTCMinutes(), clamped.getUTCSeconds());
}

/** Document properties: catalog metadata is cleaned here, the one place all of it reaches the package. */
function coreXml(meta: PackMeta): string {
  const text = (value: string) => escapeXml(clean(value));
  const when = meta.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const optional = (tag: string, value: string | undefined) => (value ? `<${tag}>${text(value)}</${tag}>` : "");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${text(meta.title)}</dc:title>${optional("dc:subject", meta.subject)}<dc:creator>${text(meta.creator)}</dc:creator>` +
    `${optional("cp:keywords", meta.keywords)}<cp:lastModifiedBy>${text(meta.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** Text is handed to the deflater in pieces of about this many characters. */
const chunkSize = 1 << 16;

/**
 * The pieces' UTF-8, written into one buffer the deflater copies from (it keeps nothing it is given):
 * encoding into a new array per piece took a tenth of a Word file's time. A UTF-16 unit is at most 3 bytes.
 */
let encoded = new Uint8Array(chunkSize * 4);
function utf8(encoder: TextEncoder, text: string): Uint8Array {
  if (encoded.length < text.length * 3) encoded = new Uint8Array(text.length * 3);
  return encoded.subarray(0, encoder.encodeInto(text, encoded).written);
}

/**
 * The package's bytes: the compiled parts, core.xml from `meta`, and document.xml with its slots
 * filled, deflated as it is written. Same input, same bytes (fixed times and order).
 */
export function packCompiled(compiled: Compiled, meta: PackMeta, filling: Filling = { titles: [], rows: [] }): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const mtime = zipDate(meta.date);
  const encoder = new TextEncoder();
  const add = (path: string) => {
    const file = new ZipDeflate(path, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    return file;
  };
  for (const [path, data] of compiled.parts) {
    if (path === corePart) {
      add(path).push(encoder.encode(coreXml(meta)), true);
      continue;
    }
    if (path !== documentPart) {
      add(path).push(data, true);
      continue;
    }
    const file = add(path);
    let pending = "";
    const write = (text: string) => {
      pending += text;
      if (pending.length >= chunkSize) {
        file.push(utf8(encoder, pending));
        pending = "";
      }
    };
    for (const piece of compiled.document) {
      if (typeof piece === "string") write(piece);
      else if ("title" in piece) write(escapeXml(filling.titles[piece.title] ?? ""));
      else for (const row of filling.rows[piece.rows] ?? []) write(row);
    }
    file.push(utf8(encoder, pending), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A whole document, packed (no slots). */
export async function packDocx(doc: Document, meta: PackMeta): Promise<Uint8Array> {
  return packCompiled(await compileDocument(doc, 0), meta);
}
