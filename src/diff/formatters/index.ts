import type { DiffFormatter } from "./context.js";
import { docx } from "./docx.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { text } from "./text.js";

export const diffFormatters = { text, json, markdown, html, docx } satisfies Record<string, DiffFormatter>;
export type DiffFormatName = keyof typeof diffFormatters;
