/**
 * `catalog report`: its figures against a hand-counted fixture (test/fixtures/report/), then the page as
 * a visitor meets it (Chromium with axe-core, the Nu HTML Checker, print), the Word file through
 * LibreOffice, `--since` on a git repository made here, and the bytes (deterministic, no machine path,
 * catalog text escaped).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { report, validate } from "../src/api.js";
import { addMonths, monitorFigures, revisionDate, type ReportData } from "../src/model/monitor.js";
import { packageRoot } from "../src/paths.js";
import { axeViolations, browserMissing, javaMissing, launchBrowser, openPage, vnuErrors } from "./helpers/browser.js";
import { runCli } from "./helpers/cli.js";
import { itNeeds } from "./helpers/needs.js";
import { docxToPdf, office, pdfText } from "./helpers/office.js";

const withBrowser = itNeeds(browserMissing);
const withJava = itNeeds(javaMissing);
const withOffice = itNeeds(office.missing);

const fixture = "test/fixtures/report";
const scratch = mkdtempSync(join(tmpdir(), "catalog-report-"));
/** 2026-01-01 08:00 China Standard Time. */
const epoch = 1767225600;
const env = { SOURCE_DATE_EPOCH: String(epoch) };

const readJson = (dir: string): ReportData => JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as ReportData;

describe("the figures of the hand-counted fixture", () => {
  let data: ReportData;
  beforeAll(async () => {
    data = (await report({ cwd: packageRoot, paths: [fixture], asOf: "2026-01-01", write: false })).data;
  });

  it("counts coverage, items, catalogs and findings per jurisdiction", () => {
    const [county, township] = data.current.jurisdictions;
    // 吴中区 (320506): 社会救助 (3 items) and 就业 (2 items) are domain catalogs and pilot domains; the
    // non-disclosure list beside them is neither a catalog nor an item count. 2 of the 26 pilot domains.
    expect(county).toMatchObject({ code: "320506", name: "苏州市吴中区", level: "县级", catalogs: 2, items: 5, pilot: { present: 2, total: 26 } });
    expect(county!.pilot.missing).toHaveLength(24);
    // Items missing elements: SJ-02 (no subject) and SJ-03 (empty time_limit, no channels): 2 items, 3 elements.
    expect(county!.elements).toEqual({ items: 2, byElement: { channels: 1, subject: 1, time_limit: 1 } });
    // Findings in its three files: element-missing ×2 and element-empty ×1 (社会救助), time-limit-vague
    // (就业 JY-02 「及时」), negative-list-basis-missing (the list's entry): 5 errors; the pilot-domain info: 1.
    expect(county!.findings).toEqual({ error: 5, warning: 0, info: 1 });
    expect(county!.rules).toEqual([
      { rule: "coverage-pilot-domains", severity: "info", count: 1 },
      { rule: "element-empty", severity: "error", count: 1 },
      { rule: "element-missing", severity: "error", count: 2 },
      { rule: "negative-list-basis-missing", severity: "error", count: 1 },
      { rule: "time-limit-vague", severity: "error", count: 1 },
    ]);
    // 木渎镇 (320506103): 养老服务 and 户籍管理, one item each; 户籍管理's HJ-01 writes 政府门户网站 (info)
    // and 部分公开 without withheld (warning); the pilot-domain info.
    expect(township).toMatchObject({ code: "320506103", catalogs: 2, items: 2, pilot: { present: 2, total: 26 }, elements: { items: 0, byElement: {} } });
    expect(township!.findings).toEqual({ error: 0, warning: 1, info: 2 });
    expect(township!.rules).toEqual([
      { rule: "coverage-pilot-domains", severity: "info", count: 1 },
      { rule: "disclosure-withheld-missing", severity: "warning", count: 1 },
      { rule: "vocabulary-variant", severity: "info", count: 1 },
    ]);
  });

  it("finds the overdue and the undated catalogs", () => {
    const [county, township] = data.current.jurisdictions;
    // 就业 issued 2024-06-30 is due 2025-06-30; on 2026-01-01 that is 184 days to 2025-12-31, plus 1.
    // 社会救助 (2025-06-30) is due 2026-06-30: not yet.
    expect(county!.overdue).toEqual([{ file: `${fixture}/320506-吴中区/就业.yaml`, domain: "就业", dated: "2024-06-30", from: "issued", due: "2025-06-30", daysOverdue: 185 }]);
    expect(county!.undated).toEqual([]);
    // 养老服务 has no issued date; its revision 「2025年第1版」 dates it 2025-12-31, due 2026-12-31.
    // 户籍管理 (「第1版」, no issued) has no date to judge by.
    expect(township!.overdue).toEqual([]);
    expect(township!.undated).toEqual([`${fixture}/320506103-木渎镇/户籍管理.yaml`]);
  });

  it("adds the jurisdictions up", () => {
    expect(data.current.totals).toEqual({
      jurisdictions: 2,
      catalogs: 4,
      items: 7,
      pilotPresent: 4,
      pilotPossible: 52,
      itemsMissingElements: 2,
      overdue: 1,
      undated: 1,
      findings: { error: 5, warning: 1, info: 3 },
    });
    expect(data.current.rules.map((r) => `${r.rule} ${r.count}`)).toEqual([
      "coverage-pilot-domains 2",
      "disclosure-withheld-missing 1",
      "element-empty 1",
      "element-missing 2",
      "negative-list-basis-missing 1",
      "time-limit-vague 1",
      "vocabulary-variant 1",
    ]);
    expect(data.current.unplaced).toEqual({ files: [], findings: { error: 0, warning: 0, info: 0 } });
    expect(data.since).toBeUndefined();
    expect(data.history).toEqual([]);
  });

  it("judges overdue by the period and the report's date", async () => {
    const overdue = async (asOf: string, periodMonths: number) => (await report({ cwd: packageRoot, paths: [fixture], asOf, periodMonths, write: false })).data.current.totals.overdue;
    // 就业 is due 2025-06-30 with a year: on that day not yet overdue, the day after it is.
    expect(await overdue("2025-06-30", 12)).toBe(0);
    expect(await overdue("2025-07-01", 12)).toBe(1);
    // Two years: due 2026-06-30. Six months: 社会救助 (2025-06-30) is due 2025-12-30 and overdue too.
    expect(await overdue("2026-01-01", 24)).toBe(0);
    expect(await overdue("2026-01-01", 6)).toBe(2);
  });
});

describe("the command line", () => {
  it("takes the period and the output folder from the config, the command line first", async () => {
    const project = join(scratch, "configured");
    cpSync(join(packageRoot, fixture), join(project, "catalogs"), { recursive: true });
    writeFileSync(join(project, "catalog.config.yaml"), "report:\n  out: monitoring\n  period: 24\n");
    const configured = await runCli(["report", "--history", "0"], { cwd: project, env });
    expect(configured.code, configured.stderr).toBe(0);
    // Two years: 就业 (2024-06-30) is due 2026-06-30, not overdue on 2026-01-01.
    expect(readJson(join(project, "monitoring")).current.totals.overdue).toBe(0);
    const given = await runCli(["report", "--history", "0", "--period", "6", "--out", "six"], { cwd: project, env });
    expect(given.code, given.stderr).toBe(0);
    expect(readJson(join(project, "six")).current.totals.overdue).toBe(2);
  });

  it("refuses a period that is not a whole number of months, and a path that does not exist", async () => {
    for (const value of ["0", "1.5", "一年", "-3"]) {
      const run = await runCli(["report", fixture, "--period", value, "--out", join(scratch, "never")], { cwd: packageRoot, env });
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain("应为 1 到 120 之间的整数（月）");
    }
    expect(readdirSync(scratch)).not.toContain("never");
    // A path that does not exist is named as it was typed, never as a machine path (every command that checks).
    for (const command of [["report", "--out", join(scratch, "never")], ["validate"], ["build", "--out", join(scratch, "never")], ["coverage"], ["fmt"]]) {
      const missing = await runCli([...command, "no/such/folder"], { cwd: packageRoot, env });
      expect(missing.code, command[0]).toBe(2);
      expect(missing.stderr, command[0]).toBe("找不到路径：no/such/folder。请检查拼写，或在目录所在的文件夹中运行\n");
    }
    expect(readdirSync(scratch)).not.toContain("never");
  });
});

describe("revision dates", () => {
  it("take issued, else the end of the year or month the revision names", () => {
    expect(revisionDate({ issued: "2024-02-29" })).toEqual({ dated: "2024-02-29", from: "issued" });
    expect(revisionDate({ issued: "2023-02-30", revision: "2023年5月修订" })).toEqual({ dated: "2023-05-31", from: "revision" });
    expect(revisionDate({ revision: "2021年第2版" })).toEqual({ dated: "2021-12-31", from: "revision" });
    expect(revisionDate({ revision: "第3版" })).toBeUndefined();
    expect(revisionDate({})).toBeUndefined();
  });

  it("add months with the day clamped to the month's end", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-06-30", 12)).toBe("2025-06-30");
  });
});

describe("files that are not domain catalogs", () => {
  it("count for neither coverage nor catalogs, items or overdue revisions, whatever their kind", async () => {
    const validation = await validate({ cwd: packageRoot, paths: [fixture], keep: "headers", baseline: false });
    const options = { asOf: "2026-01-01", periodMonths: 12 };
    const plain = monitorFigures(validation.results, validation.headers, validation.project.registries, options);
    // The same 就业 catalog read as a village list and as a supplementary catalog (the kinds other branches add).
    const employment = validation.headers.find((h) => h.domain === "就业")!;
    for (const kind of ["village-list", "supplementary"]) {
      const headers = validation.headers.map((h) => (h === employment ? { ...h, kind } : h));
      const county = monitorFigures(validation.results, headers, validation.project.registries, options).jurisdictions[0]!;
      expect(county.catalogs, kind).toBe(plain.jurisdictions[0]!.catalogs - 1);
      expect(county.items, kind).toBe(plain.jurisdictions[0]!.items - 2);
      expect(county.pilot.present, kind).toBe(1);
      expect(county.overdue, kind).toEqual([]);
      // Its findings still count: they are findings in the jurisdiction's files.
      expect(county.findings, kind).toEqual(plain.jurisdictions[0]!.findings);
    }
  });
});

describe("village lists in the report", () => {
  it("are jurisdictions of their own with findings, but compile no pilot domains' catalogs", async () => {
    // The shipped examples: 吴中区 and 木渎镇 with domain catalogs, 木渎镇's two communities with a village list each.
    const { data } = await report({ cwd: packageRoot, paths: ["catalogs"], asOf: "2026-01-01", write: false });
    const villages = data.current.jurisdictions.filter((j) => j.code.length === 12);
    expect(villages.map((j) => [j.catalogs, j.pilot])).toEqual([
      [0, { present: 0, total: 0, missing: [] }],
      [0, { present: 0, total: 0, missing: [] }],
    ]);
    expect(data.current.totals.jurisdictions).toBe(4);
    // two jurisdictions that compile the 26 pilot domains' catalogs, not four
    expect(data.current.totals.pilotPossible).toBe(2 * 26);
    expect(data.current.totals.pilotPresent).toBe(11 + 7);
  });
});

describe("catalog report on a git repository with two commits", () => {
  let repo: string;
  const git = (args: string[], date?: string) =>
    execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) } });

  beforeAll(() => {
    repo = join(scratch, "repo");
    mkdirSync(repo);
    git(["init", "-q", "-b", "main"]);
    git(["config", "user.name", "测试"]);
    git(["config", "user.email", "test@example.invalid"]);
    git(["config", "commit.gpgsign", "false"]);
    cpSync(join(packageRoot, fixture), join(repo, "catalogs"), { recursive: true });
    git(["add", "-A"]);
    git(["commit", "-q", "-m", "first report"], "2025-12-01T12:00:00+08:00");
    // The second commit gives SJ-02 its subject and revises 就业 (issued 2025-12-15).
    const social = join(repo, "catalogs/320506-吴中区/社会救助.yaml");
    writeFileSync(social, readFileSync(social, "utf8").replace("    time_limit: 信息形成或者变更之日起20个工作日内\n    channels: [政府网站]\n", "    time_limit: 信息形成或者变更之日起20个工作日内\n    subject: 苏州市吴中区民政局\n    channels: [政府网站]\n"));
    const employment = join(repo, "catalogs/320506-吴中区/就业.yaml");
    writeFileSync(employment, readFileSync(employment, "utf8").replace("issued: 2024-06-30", "issued: 2025-12-15"));
    git(["commit", "-q", "-am", "second report"], "2025-12-20T12:00:00+08:00");
  });

  it("computes the figures at the revision, as of its commit date, and how they moved", async () => {
    const run = await runCli(["report", "--since", "HEAD~1", "--out", "out"], { cwd: repo, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("已生成监测报告");
    const data = readJson(join(repo, "out"));
    expect(data.asOf).toBe("2026-01-01");
    expect(data.since).toMatchObject({ revision: "HEAD~1", date: "2025-12-01" });
    expect(data.since!.commit).toBe(git(["rev-parse", "--short=7", "HEAD~1"]).trim());
    // At HEAD~1 on 2025-12-01: 就业 (due 2025-06-30) overdue by 154 days (153 to 2025-11-30, plus 1).
    expect(data.since!.figures.jurisdictions[0]!.overdue.map((r) => r.daysOverdue)).toEqual([154]);
    const { totals } = data.since!.movement;
    expect(totals.errors).toEqual({ before: 5, after: 4 });
    expect(totals.itemsMissingElements).toEqual({ before: 2, after: 1 });
    expect(totals.overdue).toEqual({ before: 1, after: 0 });
    expect(totals.pilotPresent).toEqual({ before: 4, after: 4 });
    expect(data.since!.movement.jurisdictions.map((j) => `${j.code} ${j.status} ${j.errors.before}→${j.errors.after}`)).toEqual(["320506 kept 5→4", "320506103 kept 0→0"]);
    expect(data.since!.movement.rules.find((r) => r.rule === "element-missing")).toEqual({ rule: "element-missing", before: 2, after: 1 });
    // The history: both commits, oldest first, each judged as of its own date.
    expect(data.history.map((p) => `${p.date} ${p.totals.findings.error} ${p.totals.overdue}`)).toEqual(["2025-12-01 5 1", "2025-12-20 4 0"]);
    const page = readFileSync(join(repo, "out", "index.html"), "utf8");
    expect(page).toContain("与上次报告相比");
    expect(page).toContain("5 → 4（−1）");
  });

  it("says so when the revision does not exist, and writes nothing", async () => {
    const run = await runCli(["report", "--since", "no-such-tag", "--out", "missing"], { cwd: repo, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("git 中没有版本「no-such-tag」");
    expect(readdirSync(repo)).not.toContain("missing");
  });

  it("never changes a source file", () => {
    expect(git(["status", "--porcelain", "--", "catalogs"])).toBe("");
  });
});

describe("the files written", () => {
  const zh = join(scratch, "zh");
  const en = join(scratch, "en");
  const hostile = join(scratch, "hostile");
  let browser: Browser;

  beforeAll(async () => {
    for (const [out, lang] of [[zh, "zh"], [en, "en"]] as const) {
      const run = await runCli(["report", fixture, "--out", out, "--history", "0", "--lang", lang], { cwd: packageRoot, env });
      expect(run.code, run.stderr).toBe(0);
    }
    // A catalog whose names are markup and whose jurisdiction is a script.
    const source = join(scratch, "hostile-catalogs");
    mkdirSync(source);
    const text = readFileSync(join(packageRoot, fixture, "320506103-木渎镇/养老服务.yaml"), "utf8")
      .replace("name: 苏州市吴中区木渎镇", 'name: "<script>alert(1)</script>木渎镇"')
      .replace("domain: 养老服务", 'domain: "<img src=x onerror=alert(2)>"');
    writeFileSync(join(source, "hostile.yaml"), text);
    const run = await runCli(["report", source, "--out", hostile, "--history", "0"], { cwd: packageRoot, env });
    expect(run.code, run.stderr).toBe(0);
    if (!browserMissing) browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const pages = () => [join(zh, "index.html"), join(en, "index.html"), join(hostile, "index.html")];

  it("are index.html, report.json and report.docx, the same bytes on every run, with no machine path", async () => {
    const again = join(scratch, "again");
    const run = await runCli(["report", fixture, "--out", again, "--history", "0"], { cwd: packageRoot, env });
    expect(run.code, run.stderr).toBe(0);
    const files = ["index.html", "report.docx", "report.json"];
    expect(readdirSync(zh).filter((f) => !f.startsWith(".")).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(zh, file))), file).toBe(true);
    for (const file of ["index.html", "report.json"]) {
      const text = readFileSync(join(zh, file), "utf8");
      expect(text).not.toContain(packageRoot);
      expect(text).not.toContain(tmpdir());
    }
    // The JSON is the figures computed through the API.
    expect(readJson(zh).current).toEqual((await report({ cwd: packageRoot, paths: [fixture], asOf: "2026-01-01", write: false })).data.current);
  });

  it("escape catalog text", () => {
    const page = readFileSync(join(hostile, "index.html"), "utf8");
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;木渎镇");
  });

  it("are in the language asked for", () => {
    const english = readFileSync(join(en, "index.html"), "utf8");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("Catalogs overdue for revision (1)");
    expect(english).not.toContain("逾期");
    expect(readFileSync(join(zh, "index.html"), "utf8")).toContain("逾期未更新的目录（1个）");
  });

  withBrowser("open in Chromium with zero axe-core violations, nothing loaded and no error", async () => {
    for (const file of pages()) {
      const { page, context } = await openPage(browser, file, { bypassCSP: true });
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${file}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
      const strict = await openPage(browser, file);
      expect(strict.requests).toEqual([]);
      expect(strict.errors).toEqual([]);
      // Each chart is an image with a name, and a table with the same figures follows it.
      const charts = await strict.page.locator("figure svg[role=img]").evaluateAll((svgs) =>
        svgs.map((s) => ({
          name: (s.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").filter(Boolean),
          next: s.closest("figure")!.nextElementSibling?.tagName,
        })),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const { name, next } of charts) {
        // Named by its title and described by its description.
        expect(name).toHaveLength(2);
        expect(next).toBe("TABLE");
      }
      await strict.context.close();
    }
  });

  withJava("have zero errors in the Nu HTML Checker", () => {
    const errors = vnuErrors(pages());
    expect(errors.map((e) => `${e.url}:${e.lastLine} ${e.message}`)).toEqual([]);
  });

  withBrowser("print on A4 portrait without the site header, every table's figures on paper", async () => {
    const { page, context } = await openPage(browser, join(zh, "index.html"));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    const pdf = join(scratch, "printed.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await context.close();
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const words of ["逾期未更新的目录（1个）", "time-limit-vague", "2025-06-30", "185"]) expect(text).toContain(words);
  });

  withOffice("give a Word file whose text holds the same figures (LibreOffice)", () => {
    const [pdf] = docxToPdf([join(zh, "report.docx")], join(scratch, "word"));
    const text = pdfText(pdf!).replace(/\s+/g, "");
    expect(text).toContain("政务公开监测报告（2026-01-01）");
    for (const words of ["一、概况", "三、事项要素缺失情况", "四、逾期未更新的目录", "苏州市吴中区木渎镇", "就业", "185", "negative-list-basis-missing", "缺少要素的事项"]) expect(text, words).toContain(words);
    // The summary sentence, figures in place.
    expect(text).toContain("共2个行政区划、4个领域目录、7个事项");
  });
});
