import type { Formatter } from "../format-context.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export const formatters = { stylish, json } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}
