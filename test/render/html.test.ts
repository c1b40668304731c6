/**
 * The HTML pages as visitors and checkers meet them: headless Chromium with axe-core, the Nu HTML
 * Checker, the filter typed into, the page without JavaScript, printing, and a hostile catalog.
 * A handful of pages only (one of each type), so the suite stays quick.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildOutcome } from "../../src/api.js";
import { labels } from "../../src/render/labels.js";
import { rowsOf, type CatalogTable } from "../../src/render/table.js";
import { packageRoot } from "../../src/paths.js";
import { axeViolations, browserMissing, javaMissing, launchBrowser, openPage, vnuErrors, visibleRows } from "../helpers/browser.js";
import { itNeeds } from "../helpers/needs.js";

const withBrowser = itNeeds(browserMissing);
const withJava = itNeeds(javaMissing);

const scratch = mkdtempSync(join(tmpdir(), "catalog-html-"));
const site = join(scratch, "site");
const hostileSite = join(scratch, "hostile");
let shipped: BuildOutcome;
let hostile: BuildOutcome;
let browser: Browser;

const catalogPage = () => join(site, "320506-苏州市吴中区", "社会救助.html");
const reliefTable = (): CatalogTable => shipped.plan!.jurisdictions.find((j) => j.code === "320506")!.catalogs.find((c) => c.table.domain === "社会救助")!.table;
const hostilePage = () => join(hostileSite, hostile.files.find((f) => f.endsWith(".html") && !f.endsWith("index.html") && !f.endsWith(".fragment.html"))!);

/** A fragment as a CMS would serve it: inside the site's own page. */
function wrappedFragment(): string {
  const fragment = readFileSync(join(site, "320506-苏州市吴中区", "社会救助.fragment.html"), "utf8");
  const file = join(scratch, "fragment-in-a-page.html");
  writeFileSync(file, `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>CMS</title></head><body><main><h1>CMS</h1>\n${fragment}</main></body></html>\n`);
  return file;
}

beforeAll(async () => {
  shipped = await build({ cwd: packageRoot, paths: ["catalogs"], out: site, formats: ["html"], fragment: true, epoch: 1719532800 });
  hostile = await build({ cwd: packageRoot, paths: ["test/fixtures/build/hostile"], out: hostileSite, formats: ["html", "csv"], force: true });
  if (!browserMissing) browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const pageTypes = () => [
  ["site index", join(site, "index.html")],
  ["jurisdiction index", join(site, "320506-苏州市吴中区", "index.html")],
  ["catalog page", catalogPage()],
  ["township index with village lists", join(site, "320506103-苏州市吴中区木渎镇", "index.html")],
  ["village list page", join(site, "320506103-苏州市吴中区木渎镇", "香溪社区.html")],
  ["hostile catalog page", hostilePage()],
  ["fragment inside a page", wrappedFragment()],
];

describe("every page type", () => {
  withBrowser("has zero axe-core violations (WCAG 2.0/2.1 A and AA, best practices)", async () => {
    for (const [name, file] of pageTypes()) {
      const { page, context } = await openPage(browser, file!, { bypassCSP: true });
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
    }
  });

  withJava("has zero errors in the Nu HTML Checker", () => {
    const errors = vnuErrors(pageTypes().map(([, file]) => file!));
    expect(errors.map((e) => `${e.url}:${e.lastLine} ${e.message}`)).toEqual([]);
  });

  withBrowser("loads nothing from anywhere and runs under its own Content-Security-Policy", async () => {
    for (const [name, file] of pageTypes().slice(0, 6)) {
      const { page, context, requests, errors } = await openPage(browser, file!);
      expect(requests, name).toEqual([]);
      expect(errors, name).toEqual([]);
      // The hashed stylesheet applied: screen-reader text is moved off screen.
      const hidden = await page.locator(".skip").evaluate((e) => getComputedStyle(e).position);
      expect(hidden, name).toBe("absolute");
      await context.close();
    }
  });
});

describe("the catalog page", () => {
  withBrowser("ties every data cell to its column heading, 一级事项 and 二级事项", async () => {
    const { page, context } = await openPage(browser, catalogPage());
    const broken = await page.evaluate(() =>
      Array.from(document.querySelectorAll("#catalog tbody td")).filter((td) => {
        const ids = (td.getAttribute("headers") ?? "").split(" ").filter(Boolean);
        return ids.length < 3 || ids.some((id) => !document.getElementById(id) || document.getElementById(id)!.tagName !== "TH");
      }).length,
    );
    expect(broken).toBe(0);
    expect(await page.locator("#catalog caption").textContent()).toBe(`${reliefTable().title}（共${reliefTable().rowCount}项）`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await context.close();
  });

  describe("filter", () => {
    /** The documented semantics: a 二级事项 group shows when the query is in its 一级事项 or in its rows' text (channels: the used ones). */
    function expected(query: string): number {
      const q = query.toLowerCase();
      return reliefTable().groups.reduce((n, group) => {
        if (group.category.toLowerCase().includes(q)) return n + group.rowCount;
        return n + group.names.filter((name) => name.rows.some((r) => [r.seq, name.name, ...r.content, ...r.basis, r.timeLimit, r.subject, r.usedChannels.join("、"), r.note].join(" ").toLowerCase().includes(q))).reduce((m, g) => m + g.rows.length, 0);
      }, 0);
    }

    withBrowser("shows the matching rows, keeps each 一级事项 cell on its first shown row, and announces the count", async () => {
      const { page, context } = await openPage(browser, catalogPage());
      const status = page.locator("#filter-status");
      await expect.poll(() => status.textContent()).toBe(`共${reliefTable().rowCount}项`);
      expect(await page.locator("#filter").isVisible()).toBe(true);
      expect(await status.getAttribute("role")).toBe("status");

      // A category, a channel some rows use (and others list as □ only), an item name, a word in the content.
      const rows = rowsOf(reliefTable());
      const channel = rows[0]!.channels.map((m) => m.name).find((name) => rows.some((r) => r.usedChannels.includes(name)) && !rows.every((r) => r.usedChannels.includes(name)))!;
      for (const query of ["最低生活保障", channel, "审核信息", "临时救助"]) {
        const count = expected(query);
        expect(count, query).toBeGreaterThan(0);
        expect(count, query).toBeLessThan(reliefTable().rowCount);
        await page.locator("#q").fill("");
        await page.locator("#q").pressSequentially(query);
        await expect.poll(() => status.textContent(), { message: query }).toBe(`共找到${count}项`);
        expect(await visibleRows(page), query).toBe(count);
        const misplaced = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLTableSectionElement>("#catalog tbody:not([hidden])")).filter((body) => {
            const shown = Array.from(body.rows).filter((r) => !r.hidden);
            const head = body.querySelector<HTMLTableCellElement>("th.category")!;
            // Each shown row keeps one category cell, second after 序号: the heading on the first.
            return head.parentElement !== shown[0] || shown.some((r) => !r.cells[1]!.classList.contains("category"));
          }).length,
        );
        expect(misplaced, query).toBe(0);
      }

      await page.locator("#q").fill("没有这个词");
      await expect.poll(() => status.textContent()).toBe("没有找到含有“没有这个词”的事项");
      expect(await visibleRows(page)).toBe(0);
      await page.locator("#q").fill("");
      await expect.poll(() => status.textContent()).toBe(`共${reliefTable().rowCount}项`);
      expect(await visibleRows(page)).toBe(reliefTable().rowCount);
      await context.close();
    });

    withBrowser("is hidden without JavaScript, and every row is shown", async () => {
      const { page, context } = await openPage(browser, catalogPage(), { javaScript: false });
      expect(await page.locator("#filter").isVisible()).toBe(false);
      expect(await visibleRows(page)).toBe(rowsOf(reliefTable()).length);
      await context.close();
    });
  });

  withBrowser("prints on A4 landscape with the header rows repeated and no filter box", async () => {
    const { page, context } = await openPage(browser, catalogPage());
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filter").isVisible()).toBe(false);
    const pdf = join(scratch, "printed.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const pageText = (n: number) => execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" });
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    expect(info).toMatch(/Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)/);
    expect(pageText(2)).toContain(labels.content);
    expect(pageText(2)).toContain(labels.channels);
    await context.close();
  });

  withBrowser("prints each page's 一级事项, whole headings and a full first page", async () => {
    const { page, context } = await openPage(browser, catalogPage());
    await page.emulateMedia({ media: "print" });
    const pdf = join(scratch, "printed-rows.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    const lines = (n: number) => execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" }).split("\n").map((l) => l.trim());
    const bySeq = new Map(rowsOf(reliefTable()).map((row) => [String(row.seq), row]));
    const categoryOf = new Map(reliefTable().groups.flatMap((g) => g.names.flatMap((n) => n.rows.map((r) => [String(r.seq), g.category] as const))));
    const rowsOn: number[] = [];
    for (let n = 1; n <= pages; n++) {
      const text = lines(n);
      const seqs = text.filter((l) => bySeq.has(l));
      rowsOn.push(seqs.length);
      // A continuation page names the category of every row printed on it.
      for (const seq of seqs) expect(text.join(""), `page ${n}, row ${seq}`).toContain(categoryOf.get(seq)!);
      // Headings break between words only: no line is a stray tail of one (序/号, 特定群/体).
      expect(text.filter((l) => ["号", "项", "体", "请", "会", "级"].includes(l)), `page ${n}`).toEqual([]);
      expect(text, `page ${n}`).toContain("序号");
    }
    expect(rowsOn.reduce((a, b) => a + b, 0)).toBe(reliefTable().rowCount);
    // The title block leaves the first page nearly a full page of rows.
    expect(rowsOn[0]).toBeGreaterThanOrEqual(Math.max(...rowsOn.slice(1, -1)) - 1);
    expect(rowsOn[0]).toBeGreaterThan(2);
    await context.close();
  });
});

describe("a hostile catalog", () => {
  withBrowser("comes out as text: no script runs, no element is injected, the text reads as written", async () => {
    for (const bypassCSP of [false, true]) {
      const { page, context, errors } = await openPage(browser, hostilePage(), { bypassCSP });
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.locator("#catalog tbody td").first().hover();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.locator("script").count()).toBe(1);
      expect(await page.locator("img, iframe, svg, b, object, embed").count()).toBe(0);
      const hrefs = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
      const title = '苏州市<script>window.__pwned=1</script>吴中区../<img src=x onerror=window.__pwned=2>/CON" onmouseover="window.__pwned=13" x="领域基层政务公开标准目录';
      expect(await page.locator("h1").textContent()).toBe(title);
      // A quote in catalog text must not end an attribute: the domain reaches the links' download names.
      expect(await page.locator("[onmouseover], [onerror], [onload], [x]").count()).toBe(0);
      const downloads = await page.locator("a[download]").evaluateAll((links) => links.map((a) => a.getAttribute("download")));
      expect(downloads).toEqual([`${title}.csv`]);
      expect(await page.locator("#catalog tbody th.category").textContent()).toBe("<script>window.__pwned=5</script>");
      expect(await page.locator("#catalog tbody td.col-content").textContent()).toBe('<a href="javascript:window.__pwned=7">点我</a>{{title}} {{csp}} {{script}} {{content}}控制字符与空字符');
      expect(await page.locator("#catalog tbody td.col-subject").textContent()).toBe("</td></tr></table><script>window.__pwned=10</script>");
      await context.close();
    }
  });

  it("gets safe file names", () => {
    for (const file of hostile.files) {
      for (const segment of file.split("/")) {
        expect(segment).not.toMatch(/[\\:*?"<>|\u0000-\u001f]|^\.|^\s|\s$/);
      }
    }
    expect(hostile.files).toHaveLength(5);
  });
});
