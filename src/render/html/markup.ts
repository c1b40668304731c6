/**
 * Building HTML without injection: every string that reaches the page goes through `esc` unless it is
 * an `Html` value, and only this module and templates (trusted site text) make `Html` from strings.
 * Catalog text is never trusted: it becomes text nodes and attribute values, never markup, URLs or script.
 */
import { interpolate } from "../../i18n.js";

export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The one escape function: safe in text and in quoted attribute values. */
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => escapes[c]!);

export type Child = string | number | Html | null | undefined | false | readonly Child[];
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const voidElements = new Set(["meta", "input", "br", "wbr", "col", "link", "img", "hr"]);

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (child instanceof Html) return child.html;
  if (Array.isArray(child)) return child.map(render).join("");
  return esc(child as string | number);
}

/** An element: attribute values and text children are escaped; `Html` children are kept. */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Html {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${esc(value as string | number)}"`))
    .join("");
  return new Html(voidElements.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${render(children)}</${tag}>`);
}

export const fragment = (...children: Child[]): Html => new Html(render(children));

/**
 * A relative link's href: each path segment percent-encoded, so a file name can never become a scheme or
 * a query (`.` and `..` pass through unchanged: encodeURIComponent keeps dots).
 */
export const href = (path: string): string => path.split("/").map(encodeURIComponent).join("/");

/** Fills a template's `{{name}}` placeholders: strings and numbers are escaped, `Html` is inserted as is. */
export function fill(template: string, data: Readonly<Record<string, string | number | Html>>): string {
  return interpolate(template, Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value instanceof Html ? value.html : esc(value)])));
}
