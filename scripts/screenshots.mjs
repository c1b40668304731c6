#!/usr/bin/env node
// npm run screenshots: builds the example catalogs (catalogs/) into screenshots/site/ and renders what a
// person would look at into screenshots/ (git-ignored):
//   html/*.png    every page in Chromium (full page, 1366 px wide)
//   print/*.png   the first two printed pages (A4 landscape) of one catalog page
//   word/*.png    the first page of every Word file, via LibreOffice → PDF → pdftoppm (the combined ones: first two)
//   html/report.png, print/report-p*.png, word/report-p*.png   the monitoring report (catalog report) of the same catalogs
// It reuses the test helpers (test/helpers/browser.ts, office.ts), transpiled on the fly.
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../", import.meta.url));
const shots = join(root, "screenshots");
const helpersOut = join(shots, ".helpers");

async function helper(name) {
  const source = readFileSync(join(root, "test/helpers", `${name}.ts`), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  mkdirSync(helpersOut, { recursive: true });
  const file = join(helpersOut, `${name}.mjs`);
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const flat = (file, base) => relative(base, file).replaceAll("/", "__").replace(/\.[^.]+$/, "");

const { build, report } = await import(pathToFileURL(join(root, "dist/api.js")).href);
const { chinaDate } = await import(pathToFileURL(join(root, "dist/model/monitor.js")).href);
const site = join(shots, "site");
for (const sub of ["html", "print", "word"]) rmSync(join(shots, sub), { recursive: true, force: true });
const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 1719792000);
const outcome = await build({ cwd: root, out: site, combined: true, force: true, epoch });
console.log(`built ${outcome.files.length} files into ${relative(root, site)}`);
const files = walk(site);

// The monitoring report, with the history of the project's own commits where git has them.
const reportDir = join(shots, "report");
const reportOptions = { cwd: root, out: reportDir, asOf: chinaDate(epoch), epoch };
await report({ ...reportOptions, history: 12 }).catch(() => report(reportOptions));
console.log(`wrote the monitoring report into ${relative(root, reportDir)}`);

const browser = await helper("browser");
const chromium = await browser.launchBrowser();
mkdirSync(join(shots, "html"), { recursive: true });
const pages = files.filter((f) => f.endsWith(".html") && !f.endsWith(".fragment.html"));
for (const file of pages) {
  const { page, context } = await browser.openPage(chromium, file, { viewport: { width: 1366, height: 900 } });
  await page.screenshot({ path: join(shots, "html", `${flat(file, site)}.png`), fullPage: true });
  await context.close();
}
console.log(`${pages.length} page screenshots in screenshots/html/`);
{
  const { page, context } = await browser.openPage(chromium, join(reportDir, "index.html"), { viewport: { width: 1366, height: 900 } });
  await page.screenshot({ path: join(shots, "html", "report.png"), fullPage: true });
  mkdirSync(join(shots, "print"), { recursive: true });
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: join(shots, "print", "report.pdf"), preferCSSPageSize: true });
  await context.close();
}

const office = await helper("office");
const printed = pages.find((f) => f.endsWith("社会救助.html")) ?? pages.find((f) => !f.endsWith("index.html"));
if (printed) {
  const { page, context } = await browser.openPage(chromium, printed);
  mkdirSync(join(shots, "print"), { recursive: true });
  const pdf = join(shots, "print", `${flat(printed, site)}.pdf`);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await context.close();
  if (!office.office.missing) for (const n of [1, 2]) office.pdfPageToPng(pdf, pdf.replace(/\.pdf$/, `-p${n}`), n, 80);
  console.log(`printed ${relative(root, printed)} to ${relative(root, pdf)}`);
}
if (!office.office.missing) for (const n of [1, 2]) office.pdfPageToPng(join(shots, "print", "report.pdf"), join(shots, "print", `report-p${n}`), n, 80);
await chromium.close();

if (office.office.missing) {
  console.log(`Word previews skipped: ${office.office.missing}`);
} else {
  const docs = files.filter((f) => f.endsWith(".docx"));
  const word = join(shots, "word");
  // Same base names in different folders would collide in one PDF folder: convert per folder.
  for (const dir of [...new Set(docs.map(dirname))]) {
    const pdfDir = join(word, "pdf", basename(dir));
    const inDir = docs.filter((d) => dirname(d) === dir);
    office.docxToPdf(inDir, pdfDir).forEach((pdf, i) => {
      const name = flat(inDir[i], site);
      const pagesWanted = basename(pdf).startsWith("全部领域") ? [1, 2] : [1];
      for (const n of pagesWanted) office.pdfPageToPng(pdf, join(word, `${name}${pagesWanted.length > 1 ? `-p${n}` : ""}`), n, 80);
    });
  }
  const [reportPdf] = office.docxToPdf([join(reportDir, "report.docx")], join(word, "pdf", "report"));
  for (const n of [1, 2]) office.pdfPageToPng(reportPdf, join(word, `report-p${n}`), n, 80);
  console.log(`${docs.length + 1} Word files rendered in screenshots/word/`);
}
rmSync(helpersOut, { recursive: true, force: true });
