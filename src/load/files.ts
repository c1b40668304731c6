/** Finds the catalog files under the paths a command is given. */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Files the tool owns that sit beside catalogs but are not catalogs. */
const ownFiles = new Set(["catalog.config.yaml", "catalog.config.yml", "catalog-baseline.yaml", "catalog-annotations.yaml"]);
export const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !ownFiles.has(name);

export interface Discovery {
  files: string[];
  /** paths that do not exist or cannot be read: the caller decides (exit 2). */
  missing: string[];
  /**
   * Some files were named one by one (as pre-commit hooks and editors pass them), so a jurisdiction's
   * other catalogs may be left out: what is missing across files cannot be judged.
   */
  partial: boolean;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && isYaml(entry.name)) out.push(full);
  }
}

export function discover(paths: readonly string[]): Discovery {
  const files = new Set<string>();
  const missing: string[] = [];
  let partial = false;
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const found: string[] = [];
        walk(path, found);
        found.forEach((f) => files.add(f));
      } else {
        files.add(path);
        partial = true;
      }
    } catch {
      missing.push(path);
    }
  }
  // Sorted by code point so the order (and every report) is the same on every machine.
  return { files: [...files].sort(), missing, partial };
}

/** How a file is named in reports: relative to the working directory, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file) || file;
  return rel.split(sep).join("/");
}
