/**
 * Web pages as a visitor meets them: Debian's Chromium driven by playwright-core (no browser download),
 * axe-core run inside the page, and the Nu HTML Checker (vnu-jar with the system Java).
 * research/outputs.md §2.3–2.4 has the measured recipe. Self-contained (node built-ins and
 * playwright-core only): scripts/screenshots.mjs loads this file too.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const require = createRequire(import.meta.url);

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

/** Why pages cannot be opened here (for the skipped test's name), or undefined. */
export const browserMissing = existsSync(chromiumPath) ? undefined : `Chromium is not installed at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`;

/** Why the Nu HTML Checker cannot run here, or undefined. */
export const javaMissing = onPath("java") ? undefined : "Java is not installed: apt-get install default-jre-headless";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** requests to anything but the page's own files: a standalone page makes none. */
  requests: string[];
  /** console errors (CSP violations among them) and uncaught exceptions. */
  errors: string[];
}

export interface OpenOptions {
  /** needed to inject axe-core into a page whose CSP allows only its own hashed script. */
  bypassCSP?: boolean;
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

export async function openPage(browser: Browser, file: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: "zh-CN",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) requests.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  return { context, page, requests, errors };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core with WCAG 2.0/2.1 A and AA plus best practices; the page must be opened with bypassCSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
}

/** Rendered (not hidden) rows matching `selector`. */
export function visibleRows(page: Page, selector = "#catalog tbody tr"): Promise<number> {
  return page.locator(selector).evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).checkVisibility()).length);
}

export interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The Nu HTML Checker's errors (warnings left out) for the given files; one JVM start for all. */
export function vnuErrors(files: readonly string[]): VnuMessage[] {
  const jar = String(require("vnu-jar"));
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === "error" || m.type === "non-document-error");
}
