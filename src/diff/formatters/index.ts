import type { DiffFormatter } from "./context.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { text } from "./text.js";

/** The Word notice brings the docx library, the largest module of all: it is loaded only when asked for. */
const docx = async (...args: Parameters<DiffFormatter>): Promise<Uint8Array> => (await import("./docx.js")).docx(...args);

export const diffFormatters = { text, json, markdown, html, docx } satisfies Record<string, DiffFormatter>;
export type DiffFormatName = keyof typeof diffFormatters;
