/**
 * The page templates (templates/html/): the page shell, header, footer, stylesheet and filter script.
 * A site overrides any of them by putting a file of the same name in its own folder (`--templates DIR`
 * or the config's build.templates); the others keep the defaults. Template text is trusted (it is the
 * site's own); catalog text filled into it is always escaped (html/markup.ts `fill`).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { templatesDir } from "../paths.js";

export const templateFiles = {
  page: "page.html",
  header: "header.html",
  footer: "footer.html",
  style: "style.css",
  script: "filter.js",
} as const;

export type HtmlTemplates = Record<keyof typeof templateFiles, string>;

export class TemplateError extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`template ${path}: ${detail}`);
  }
}

export function loadTemplates(overrideDir?: string): HtmlTemplates {
  if (overrideDir !== undefined && !(existsSync(overrideDir) && statSync(overrideDir).isDirectory())) throw new TemplateError(overrideDir, "ENOENT");
  const read = (name: string): string => {
    const own = overrideDir === undefined ? undefined : join(overrideDir, name);
    const path = own && existsSync(own) ? own : join(templatesDir, "html", name);
    try {
      return readFileSync(path, "utf8").replace(/^\ufeff/, "");
    } catch (error) {
      throw new TemplateError(path, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  };
  return Object.fromEntries(Object.entries(templateFiles).map(([key, name]) => [key, read(name)])) as HtmlTemplates;
}
