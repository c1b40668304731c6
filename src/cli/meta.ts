import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";

export const version: string = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version;

/** Rule pages are shipped with the package; links point at them in the source repository's tag. */
export const docsBase = `docs/rules/`;
