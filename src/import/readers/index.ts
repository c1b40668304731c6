/**
 * One reader per container, chosen by the file's extension and confirmed by its first bytes (sites
 * often serve an HTML table as "xls", and a .docx renamed .doc still opens). The legacy binary formats
 * and PDF are refused with the way to convert them.
 */
import { extname } from "node:path";
import { catalogBounds, ImportError, limits, type TableBounds } from "../limits.js";
import type { RawTable } from "../table.js";
import { readCsv } from "./csv.js";
import { readDocx } from "./docx.js";
import { readHtml } from "./html.js";
import { readXlsx } from "./xlsx.js";

export type Container = "docx" | "xlsx" | "html" | "csv";

const legacy: Record<string, string> = { ".doc": "docx", ".wps": "docx", ".rtf": "docx", ".xls": "xlsx", ".et": "xlsx", ".pdf": "docx", ".ofd": "docx" };
const byExtension: Record<string, Container> = { ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html", ".csv": "csv" };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const looksLikeHtml = (b: Uint8Array) => /^\s*(<!doctype html|<html|<table|<meta|<\?xml[^>]*>\s*<html)/i.test(Buffer.from(b.subarray(0, 512)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, ""));

/** The container a file holds, or an ImportError saying what to do with it. */
export function containerOf(path: string, bytes: Uint8Array): Container {
  const ext = extname(path).toLowerCase();
  const target = legacy[ext];
  if (target !== undefined) {
    // Sites serve HTML tables as "xls"; a .docx or .xlsx renamed to the old extension still opens.
    if (isZip(bytes) && [".doc", ".wps", ".xls", ".et"].includes(ext)) return target as Container;
    if (ext !== ".pdf" && looksLikeHtml(bytes)) return "html";
    return fail(ext, target);
  }
  const container = byExtension[ext];
  if (!container) throw new ImportError("unsupported", { ext: ext || path });
  if ((container === "docx" || container === "xlsx") && !isZip(bytes)) {
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return fail(ext, container);
    throw new ImportError("notZip");
  }
  return container;
}

function fail(ext: string, target: string): never {
  throw new ImportError("legacy", { ext, target });
}

/** `bounds`: what one table may hold (a catalog's by default; a power list is far longer). */
export async function readTables(path: string, bytes: Uint8Array, bounds: TableBounds = catalogBounds): Promise<RawTable[]> {
  if (bytes.length > limits.fileBytes) throw new ImportError("tooLarge", { size: Math.round(bytes.length / 1024 / 1024), limit: limits.fileBytes / 1024 / 1024 });
  switch (containerOf(path, bytes)) {
    case "docx":
      return readDocx(bytes, bounds);
    case "xlsx":
      return readXlsx(bytes, bounds);
    case "html":
      return readHtml(bytes, bounds.rows);
    case "csv":
      return readCsv(bytes, bounds.rows);
  }
}
