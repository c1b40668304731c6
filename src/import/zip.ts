/**
 * The zip container of .docx and .xlsx, opened within limits (fflate). The central directory's sizes
 * are checked before anything is inflated; then each wanted entry is inflated in small steps and
 * dropped as soon as it grows past the size it declared, so an entry that lies (the zip bomb) costs
 * at most its declared size. XML parts must not declare a DTD: OOXML never does, and entity
 * expansion is the XML bomb.
 */
import { strFromU8, unzipSync, Unzip, UnzipInflate } from "fflate";
import { catalogBounds, ImportError, limits, type TableBounds } from "./limits.js";

export type Parts = Map<string, Uint8Array>;

const step = 16 * 1024;

function declaredSizes(bytes: Uint8Array, bounds: TableBounds): Map<string, number> {
  const sizes = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        sizes.set(file.name, file.originalSize);
        if (file.originalSize > bounds.partBytes || total > bounds.totalBytes || sizes.size > limits.zipEntries) {
          throw new ImportError("zipBomb", { part: file.name, limit: bounds.totalBytes / 1024 / 1024 });
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
  return sizes;
}

export function openZip(bytes: Uint8Array, wanted: (name: string) => boolean, bounds: TableBounds = catalogBounds): Parts {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportError("notZip");
  const declared = declaredSizes(bytes, bounds);
  const parts: Parts = new Map();
  let failure: ImportError | undefined;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name) || !declared.has(file.name)) return;
    const bound = declared.get(file.name)!;
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ImportError("unreadable", { detail: error.message });
        return;
      }
      length += chunk.length;
      if (length > bound) {
        failure = new ImportError("zipBomb", { part: file.name, limit: bounds.totalBytes / 1024 / 1024 });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, length));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (error) {
    throw failure ?? new ImportError("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
  if (failure) throw failure;
  return parts;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** An XML part as text, refused if it declares a DTD or entities. */
export function xmlText(parts: Parts, name: string): string | undefined {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  const text = strFromU8(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new ImportError("entities", { part: name });
  return text;
}
