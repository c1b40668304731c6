/**
 * Bytes → text. UTF-8 with or without BOM is the format; a GB18030/GBK file (saved by a Chinese-locale
 * Windows editor) is transcoded so it can still be checked, and the caller reports it as a warning.
 */
import { isUtf8 } from "node:buffer";
import { iconvLite } from "../lazy.js";

export type SourceEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
  bom: boolean;
}

export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeAsIs(bytes);
  return { ...decoded, text: lineFeeds(decoded.text) };
}

/**
 * A lone CR (old Mac line endings, some exports) becomes LF: the YAML parser and every position count
 * LF only, and read a CR-only file as one line. One character for one, so offsets hold.
 */
const lineFeeds = (text: string) => (text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text);

function decodeAsIs(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8OrGb(bytes.subarray(3)).text, encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  return { ...decodeUtf8OrGb(bytes), bom: false };
}

function decodeUtf8OrGb(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 is a native check, several times faster than a fatal TextDecoder on large corpora.
  if (isUtf8(buffer)) return { text: buffer.toString("utf8"), encoding: "utf-8" };
  return { text: iconvLite().decode(buffer, "gb18030"), encoding: "gb18030" };
}

function encode(text: string, { encoding, bom }: Omit<Decoded, "text">): Buffer {
  if (encoding === "gb18030") return iconvLite().encode(text, "gb18030");
  if (encoding === "utf-8") return Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf8");
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return encoding === "utf-16le" ? le : le.swap16();
}

/**
 * `edited`'s line breaks made those of `original`: one by one when the edit kept their number, else (an
 * edit that added lines, such as a value written as several entries) all as the original's most common one.
 */
function breaksOf(original: string, edited: string): string {
  const breaks = original.match(/\r\n|\r|\n/g) ?? [];
  let i = 0;
  const count = edited.match(/\r\n|\n/g)?.length ?? 0;
  if (count === breaks.length) return edited.replace(/\r\n|\n/g, () => breaks[i++]!);
  const tally = new Map<string, number>();
  for (const b of breaks) tally.set(b, (tally.get(b) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "\n";
  return edited.replace(/\r\n|\n/g, usual);
}

/**
 * An edited text (read by decode) as bytes in the file's own encoding, BOM and line breaks; undefined
 * when the file's bytes would not come back as they were (bytes its encoding cannot hold), so writing
 * it would change more than the edit.
 */
export function encodeLike(original: Uint8Array, edited: string): Uint8Array | undefined {
  const read = decodeAsIs(original);
  if (!encode(read.text, read).equals(original)) return undefined;
  return encode(breaksOf(read.text, edited), read);
}
