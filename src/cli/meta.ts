import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { docsRulesDir, packageRoot } from "../paths.js";

const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { name: string; version: string };

export const version: string = pkg.version;

/**
 * Where people read a rule's page (SARIF's helpUri, on a CI runner that has no copy of ours): this
 * version's docs/rules/, as published in the npm package, over https. CATALOG_DOCS_URL or --docs-url
 * names another base (an intranet mirror, the project's own site).
 */
export const docsBase = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/docs/rules/`;

/** An http(s) base URL, ending in "/" so rule ids resolve inside it; undefined when it is not one. */
export function docsBaseFrom(value: string): string | undefined {
  try {
    const url = new URL(value.endsWith("/") ? value : `${value}/`);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Each rule's page (docs/rules/<id>.md, shipped in the package), for SARIF's rule help. */
export function ruleHelp(ids: Iterable<string>): Map<string, string> {
  const pages = new Map<string, string>();
  for (const id of ids) {
    const file = join(docsRulesDir, `${id}.md`);
    if (existsSync(file)) pages.set(id, readFileSync(file, "utf8"));
  }
  return pages;
}
