/**
 * The one cleaning step for catalog text on its way to an output or a terminal. Control characters
 * (a vertical tab pasted from a Word table, an escape sequence), bidi embeddings, overrides and
 * isolates (which reorder what is shown, in a page or a file name), the BOM and noncharacters are
 * removed from every text the model holds; tab and line feed stay, for the formats that allow them.
 * The text-control-character rule reports each at its source position, so the office fixes the catalog.
 */

const controlClass = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufdd0-\\ufdef\\ufffe\\uffff";
const controlsGlobal = new RegExp(`[${controlClass}]`, "g");
const controlOne = new RegExp(`[${controlClass}]`);

export const hasControls = (text: string): boolean => controlOne.test(text);

/** Every control character in `text`, once each, as U+XXXX. */
export const controlsIn = (text: string): string[] => [...new Set(text.match(controlsGlobal) ?? [])].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);

export const withoutControls = (text: string): string => (hasControls(text) ? text.replace(controlsGlobal, "") : text);

/** Text for a terminal: each control character (a carriage return too) written as a visible, inert \uXXXX. */
const terminalControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const terminalText = (text: string): string => text.replace(terminalControls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
