// The published change notice as readers meet it: the HTML page in Chromium (axe-core) and the Nu
// checker, the Word file through LibreOffice.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserMissing, javaMissing, launchBrowser, openPage, vnuErrors } from "../helpers/browser.js";
import { itNeeds } from "../helpers/needs.js";
import { runCli } from "../helpers/cli.js";
import { docxToPdf, office, pdfPages, pdfText } from "../helpers/office.js";
import { strFromU8, unzipSync } from "fflate";
import { fieldLabels } from "../../src/diff/fields.js";
import { notice as notice_ } from "../../src/diff/notice.js";
import { catalog, item } from "../adoption/project.js";
import { diffTexts, root } from "./helpers.js";

const withBrowser = itNeeds(browserMissing);
const withJava = itNeeds(javaMissing);

const out = mkdtempSync(join(tmpdir(), "catalog-notice-"));
const notes = join(out, "notes.yaml");
writeFileSync(
  notes,
  ["basis: 根据《江苏省社会救助办法》和区机构改革方案调整", "catalogs:", "  - jurisdiction: \"320506\"", "    domain: 社会救助", "    items:", "      SJ-01-04: 职能划转至区应急管理局", "      SJ-01-01: 压缩公开时限"].join("\n"),
);

async function notice(format: "html" | "docx", name: string, ...extra: string[]): Promise<string> {
  const file = join(out, name);
  const run = await runCli(["diff", "test/diff/fixtures/v1", "test/diff/fixtures/v2", "--format", format, "--output", file, "--notes", notes, ...extra], {
    cwd: root,
    env: { SOURCE_DATE_EPOCH: "1751241600" },
  });
  expect(run.code, run.stderr).toBe(0);
  return file;
}

describe("HTML notice", () => {
  let browser: Browser;
  let zh: string;
  let en: string;
  beforeAll(async () => {
    zh = await notice("html", "notice.html");
    en = await notice("html", "notice-en.html", "--lang", "en");
    if (!browserMissing) browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  withBrowser("is a self-contained page with the notice's parts", async () => {
    const { page, requests, errors, context } = await openPage(browser, zh, { javaScript: false });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("苏州市吴中区政务公开事项标准目录调整说明");
    const body = await page.locator("body").innerText();
    expect(body).toContain("本次调整涉及 3 个目录，共新增 3 项、取消 3 项、调整 3 项（其中更名 1 项）。");
    expect(body).toContain("根据《江苏省社会救助办法》和区机构改革方案调整");
    expect(await page.locator("caption").allInnerTexts()).toEqual(["新增事项（1 项）", "取消事项（1 项）", "新增事项（2 项）", "取消事项（2 项）", "调整事项（3 项）"]);
    expect(await page.locator("del").first().innerText()).toBe("20");
    expect(await page.locator("ins").first().innerText()).toBe("10");
    expect(body).toContain("职能划转至区应急管理局");
    expect(body).toContain("，2025-06-30。");
    // Order changes are not changes to the public.
    expect(body).not.toContain("顺序");
    expect(await page.locator("script").count()).toBe(0);
    await context.close();
  });

  withBrowser("has no axe-core violations, in Chinese and in English", async () => {
    for (const file of [zh, en]) {
      const { page, context } = await openPage(browser, file, { bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  withBrowser("prints on A4 landscape pages", async () => {
    const { page, context } = await openPage(browser, zh);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const width = Number(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"))?.[1]);
    expect(width).toBeCloseTo(841.89, 0);
    await context.close();
  });

  withJava("has no Nu HTML Checker errors", () => {
    expect(vnuErrors([zh, en])).toEqual([]);
  });
});

describe("Word notice", () => {
  it("is byte-reproducible", async () => {
    const a = readFileSync(await notice("docx", "a.docx"));
    const b = readFileSync(await notice("docx", "b.docx"));
    expect(Buffer.compare(a, b)).toBe(0);
  });

  itNeeds(office.missing)("converts with LibreOffice", async () => {
    const file = await notice("docx", "调整说明.docx");
    const [pdf] = docxToPdf([file], join(out, "pdf"));
    const text = pdfText(pdf!).replace(/\s+/g, "");
    expect(pdfPages(pdf!)).toBeGreaterThanOrEqual(2);
    for (const expected of ["苏州市吴中区政务公开事项标准目录调整说明", "本次调整涉及3个目录", "一、苏州市吴中区（320506）·养老服务", "取消事项（2项）", "调整事项（3项）", "职能划转至区应急管理局", "特困人员认定及救助供养"]) {
      expect(text).toContain(expected);
    }
    // 事项编码 never wraps: every id in the notice is whole on one line.
    const lines = pdfText(pdf!).split("\n").map((line) => line.replace(/\s+/g, ""));
    const ids = [...new Set(text.match(/[A-Z]{2}-\d{2}-\d{2}/g) ?? [])];
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(lines.some((line) => line.includes(id)), id).toBe(true);
  });
});

describe("the notice names versions, never machine paths", () => {
  const absolute = [join(root, "test/diff/fixtures/v1"), join(root, "test/diff/fixtures/v2")];
  const run = async (format: "html" | "markdown" | "docx", ...extra: string[]) => {
    const file = join(out, `named-${format}-${extra.length}.${format === "markdown" ? "md" : format}`);
    const result = await runCli(["diff", ...absolute, "--format", format, "--output", file, ...extra], { cwd: out, env: { SOURCE_DATE_EPOCH: "1751241600" } });
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(file);
    // The Word file's text lives in its XML parts.
    return format === "docx" ? Object.values(unzipSync(bytes)).map((part) => strFromU8(part)).join("\n") : bytes.toString("utf8");
  };
  /** Any absolute path: the folders compared, the repository, the scratch folder, a home. */
  const noPath = (text: string) => {
    for (const path of [...absolute, root, out, tmpdir()]) expect(text).not.toContain(path.replace(/\/$/, ""));
    expect(text).not.toMatch(/(^|[\s>（(])\/(home|tmp|work|root|Users|var)\//m);
  };

  for (const format of ["html", "markdown", "docx"] as const) {
    it(`${format}: by the catalogs' revisions when folders are compared, with no absolute path`, async () => {
      const text = await run(format);
      noPath(text);
      expect(text).toContain("2024年第1版");
      expect(text).toContain("2025年第1版");
    });
  }

  it("by --label when given (before, then after)", async () => {
    const html = await run("html", "--label", "2024年版（区政府办公室印发）", "--label", "2025年版");
    noPath(html);
    expect(html).toContain("2024年版（区政府办公室印发） → 2025年版");
  });

  it("says in words that a catalog states no revision", () => {
    const result = diffTexts({ "a.yaml": catalog([item("SJ-01-01", "政策法规文件")]) }, { "a.yaml": catalog([item("SJ-01-01", "政策法规文件", { name: "政策文件" })]) });
    const n = notice_(result, { lang: "zh", color: false, version: "1.0.0", labels: fieldLabels(), showOrder: false });
    expect(n.facts.find((f) => f.label === "比较版本")!.value).toBe("未注明版本 → 未注明版本");
    expect(n.sections[0]!.meta).toBe("调整前：未注明版本；调整后：未注明版本");
    expect(JSON.stringify(n)).not.toContain("（无）");
  });
});
