/**
 * Word files as an office clerk meets them: LibreOffice headless converts .docx to PDF (with a scratch
 * profile, so runs never share or leave state), poppler reads the PDF's text or renders a page to PNG.
 * When LibreOffice is not installed, `office.missing` says so, for `it.skipIf(…)` with the reason in the
 * test's name — such a test is reported as skipped, never passed.
 *
 * Fonts: the documents name 仿宋_GB2312, 黑体, 方正小标宋简体 (Windows/Founder faces a Linux box lacks).
 * A fontconfig alias map points them at installed Noto CJK faces, so previews look like a 公文.
 * Self-contained (node built-ins only): scripts/screenshots.mjs loads this file too.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

function which(command: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

export interface OfficeTools {
  soffice?: string;
  /** why Word files cannot be rendered here, for the skipped test's name. */
  missing?: string;
}

function findOffice(): OfficeTools {
  const soffice = which("soffice") ?? which("libreoffice");
  if (!soffice) return { missing: "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui" };
  if (!which("pdftotext") || !which("pdftoppm")) return { missing: "poppler-utils (pdftotext, pdftoppm) is not installed" };
  return { soffice };
}

export const office: OfficeTools = findOffice();

/** Serif faces for 仿宋/宋体/小标宋, sans for 黑体, Liberation Serif for Times New Roman. */
const aliases: [string[], string, boolean][] = [
  [["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "宋体", "SimSun", "楷体", "楷体_GB2312", "KaiTi"], "Noto Serif CJK SC", false],
  [["方正小标宋简体", "方正小标宋_GBK", "小标宋"], "Noto Serif CJK SC", true],
  [["黑体", "SimHei", "方正黑体_GBK"], "Noto Sans CJK SC", false],
  [["Times New Roman"], "Liberation Serif", false],
];

function fontsConf(dir: string): string {
  const rules = aliases
    .flatMap(([names, target, bold]) =>
      names.map(
        (name) =>
          `<match target="pattern"><test name="family"><string>${name}</string></test>` +
          `<edit name="family" mode="assign" binding="strong"><string>${target}</string></edit>` +
          (bold ? `<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>` : "") +
          `</match>`,
      ),
    )
    .join("\n");
  const file = join(dir, "fonts.conf");
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${rules}\n</fontconfig>\n`);
  return file;
}

/** Converts .docx files to PDF in `outDir` (one LibreOffice start for all); returns the PDFs in input order. Throws with LibreOffice's output on failure. */
export function docxToPdf(files: readonly string[], outDir: string): string[] {
  if (!office.soffice) throw new Error(office.missing);
  const scratch = mkdtempSync(join(tmpdir(), "catalog-office-"));
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    office.soffice,
    [`-env:UserInstallation=${pathToFileURL(join(scratch, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files],
    { encoding: "utf8", env: { ...process.env, HOME: scratch, FONTCONFIG_FILE: fontsConf(scratch) }, timeout: 300_000 },
  );
  const pdfs = files.map((f) => join(outDir, basename(f).replace(/\.docx$/i, ".pdf")));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (result.status !== 0 || missing.length) {
    throw new Error(`LibreOffice failed (status ${result.status}): ${result.stderr || result.stdout}\nmissing: ${missing.join(", ")}\nin ${readdirSync(outDir).join(", ")}`);
  }
  return pdfs;
}

/** The PDF's text, in reading order. */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The number of pages. */
export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Document properties as pdfinfo reports them (Title, Author, …). */
export function pdfInfo(pdf: string): Record<string, string> {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Object.fromEntries(info.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
}

/** Renders one page to `<prefix>.png`; returns the file. */
export function pdfPageToPng(pdf: string, prefix: string, page = 1, dpi = 80): string {
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, prefix]);
  return `${prefix}.png`;
}
