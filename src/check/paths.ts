import type { SourcePath } from "../model/types.js";

/** True when a path points into an item (["items", 3, …]). */
export function inItem(path: SourcePath): boolean {
  return path[0] === "items" && typeof path[1] === "number" && path.length > 2;
}

/** Blank for the schema's purposes: null, "", whitespace only, or an empty list. */
export function isBlank(value: unknown): boolean {
  return value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}
