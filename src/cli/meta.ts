import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { docsRulesDir, packageRoot } from "../paths.js";

export const version: string = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version;

/**
 * Rule pages are shipped with the package (docs/rules/), so links to them work offline, as government
 * CI often is. Until the project has a public address, that is where SARIF's helpUri points.
 */
export const docsBase = pathToFileURL(docsRulesDir).href;
