import type { Formatter } from "../format-context.js";

/**
 * Each format's module, loaded when a run asks for it: stylish's East-Asian width tables and colours
 * take longer to load than checking a handful of files, and a CI run writing JSON or SARIF never
 * needs them.
 */
const modules = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  github: async () => (await import("./github.js")).github,
  junit: async () => (await import("./junit.js")).junit,
  gitlab: async () => (await import("./gitlab.js")).gitlab,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof modules;

export const formatNames = Object.keys(modules) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(modules, name);
}

export const loadFormatter = (name: FormatName): Promise<Formatter> => modules[name]();
