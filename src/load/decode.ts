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
