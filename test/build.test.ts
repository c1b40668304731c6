/** `catalog build` as users run it: outputs, refusals, determinism, atomic replacement, options. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/paths.js";
import { runCli } from "./helpers/cli.js";

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const hashes = (dir: string) => Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
const scratch = () => mkdtempSync(join(tmpdir(), "catalog-build-"));
const cli = (args: string[], env: Record<string, string> = {}, isTTY = false) => runCli(["build", ...args], { cwd: packageRoot, env, isTTY });
const township = "catalogs/320506103-木渎镇";

describe("catalog build", () => {
  it("writes pages, CSV and Word files for every catalog, and says where they went", async () => {
    const out = join(scratch(), "public");
    const run = await cli(["catalogs", "--out", out]);
    expect(run.code).toBe(0);
    const files = walk(out).map((f) => relative(out, f));
    expect(files).toContain("index.html");
    for (const dir of ["320506-苏州市吴中区", "320506103-苏州市吴中区木渎镇"]) {
      expect(files).toContain(`${dir}/index.html`);
      expect(files).toContain(`${dir}/全部领域.csv`);
      expect(files).toContain(`${dir}/社会救助.html`);
      expect(files).toContain(`${dir}/社会救助.csv`);
      expect(files).toContain(`${dir}/社会救助.docx`);
    }
    // 18 catalogs, 木渎镇's two village lists and its supplementary catalog; its non-disclosure list has a page
    // and a CSV, no Word file.
    expect(files.filter((f) => f.endsWith(".docx"))).toHaveLength(21);
    for (const list of ["政府信息主动公开补充目录.html", "政府信息主动公开补充目录.csv", "不予公开事项清单.html", "不予公开事项清单.csv"]) expect(files).toContain(`320506103-苏州市吴中区木渎镇/${list}`);
    expect(run.stdout).toContain("检查通过：没有错误");
    // The summary counts what was written: the lists beside the catalogs, and all 258 items (validate's count).
    expect(run.stdout).toMatch(/已生成 70 个文件，写入 .*public：网页 25 个、CSV 24 个、Word 21 个（2 个行政区划，18 个目录、2 个村（居）务公开目录、1 个补充目录、1 个不予公开事项清单，258 个事项）/);
    expect(run.stderr).toBe("");
  });

  it("gives byte-identical outputs for the same input (SHA-256 of every file)", async () => {
    const a = join(scratch(), "a");
    const b = join(scratch(), "b");
    const env = { SOURCE_DATE_EPOCH: "1719792000" };
    expect((await cli(["catalogs", "--out", a, "--combined", "--fragment"], env)).code).toBe(0);
    expect((await cli(["catalogs", "--out", b, "--combined", "--fragment"], env)).code).toBe(0);
    const first = hashes(a);
    // + 木渎镇's two village lists and supplementary catalog (page, fragment, CSV, Word each) and its
    // non-disclosure list (page, CSV)
    expect(Object.keys(first).length).toBe(59 + 2 + 18 + 1 + 2 * 4 + 4 + 2);
    expect(hashes(b)).toEqual(first);
  });

  it("takes Word files' dates from SOURCE_DATE_EPOCH, else from the catalogs' issue dates, never from the clock", async () => {
    const plain = [join(scratch(), "a"), join(scratch(), "b")];
    for (const out of plain) expect((await cli([township, "--out", out])).code).toBe(0);
    expect(hashes(plain[1]!)).toEqual(hashes(plain[0]!));
    const created = (out: string) => {
      const docx = walk(out).find((f) => f.endsWith("社会救助.docx"))!;
      return /<dcterms:created xsi:type="dcterms:W3CDTF">([^<]*)</.exec(strFromU8(unzipSync(readFileSync(docx))["docProps/core.xml"]!))![1];
    };
    const issued = /^issued: (\S+)$/m.exec(readFileSync(join(packageRoot, township, "社会救助.yaml"), "utf8"))![1];
    expect(created(plain[0]!)).toBe(`${issued}T00:00:00Z`);
    const dated = join(scratch(), "c");
    expect((await cli([township, "--out", dated], { SOURCE_DATE_EPOCH: "1735689600" })).code).toBe(0);
    expect(created(dated)).toBe("2025-01-01T00:00:00Z");
  });

  it("refuses to build when checking finds errors, listing them, and builds with --force", async () => {
    // The formulas fixture with a vague time limit (an error) instead of its "-5".
    const source = join(scratch(), "vague");
    mkdirSync(source);
    writeFileSync(join(source, "formulas.yaml"), readFileSync(join(packageRoot, "test/fixtures/build/formulas/formulas.yaml"), "utf8").replace('time_limit: "-5"', "time_limit: 及时"));
    const out = join(scratch(), "public");
    const refused = await cli([source, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("time-limit-vague");
    expect(refused.stderr).toContain("检查发现 1 个错误，没有生成输出");
    expect(existsSync(out)).toBe(false);

    const forced = await cli([source, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("检查发现 1 个错误；因为加了 --force，仍然生成了输出");
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  it("leaves the previous outputs untouched when a build fails: an unencodable character in GB18030", async () => {
    const parent = scratch();
    const out = join(parent, "public");
    expect((await cli([township, "--out", out])).code).toBe(0);
    const before = hashes(out);
    const failed = await cli(["test/fixtures/build/unencodable", "--out", out, "--encoding", "gb18030"]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain("以下字符无法用 GB18030 编码，没有生成任何输出（原有的输出保持不变）");
    expect(failed.stderr).toMatch(/社会救助\.csv：\ue5e5（U\+E5E5）事项 SJ-01-01 · 备注/);
    expect(hashes(out)).toEqual(before);
    // Beside the output only its versions' store, holding the one current version.
    expect(readdirSync(parent).sort()).toEqual([".public.builds", "public"]);
    expect(readdirSync(join(parent, ".public.builds"))).toHaveLength(1);
  });

  it("writes GB18030 on request, noting characters outside GBK", async () => {
    const out = join(scratch(), "public");
    const run = await cli(["test/fixtures/build/rare-characters", "--out", out, "--formats", "csv", "--encoding", "gb18030"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("注意：以下字符不在 GBK 字符集中");
    expect(run.stdout).toMatch(/𠮷（U\+20BB7）事项 SJ-01-01 · 备注/);
    expect(walk(out).filter((f) => f.endsWith(".csv"))).toHaveLength(2);
  });

  it("refuses an output folder it did not make", async () => {
    const out = scratch();
    writeFileSync(join(out, "网站首页.html"), "站点自己的文件");
    const run = await cli([township, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是 catalog build 生成的");
    expect(readdirSync(out)).toEqual(["网站首页.html"]);
  });

  it("builds only the formats asked for, and refuses an unknown one", async () => {
    const out = join(scratch(), "public");
    expect((await cli([township, "--out", out, "--formats", "csv"])).code).toBe(0);
    expect(new Set(walk(out).map((f) => f.replace(/.*\./, "")))).toEqual(new Set(["csv", "json"]));
    const bad = await cli([township, "--out", out, "--formats", "csv,pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("选项 --formats 的值「pdf」无效，可选：html, csv, docx");
  });

  it("prints only the channels used with --channels used", async () => {
    const [checklist, used] = [join(scratch(), "a"), join(scratch(), "b")];
    await cli([township, "--out", checklist, "--formats", "html"]);
    await cli([township, "--out", used, "--formats", "html", "--channels", "used"]);
    const table = (out: string) => /<table[^]*<\/table>/.exec(readFileSync(walk(out).find((f) => f.endsWith("社会救助.html"))!, "utf8"))![0];
    expect(table(checklist)).toContain("□政府公报");
    expect(table(used)).not.toContain("□");
    expect(table(used)).toContain("政府网站");
  });

  it("uses a site's own templates, escaping catalog text in them and hashing its stylesheet into the CSP", async () => {
    const templates = scratch();
    writeFileSync(join(templates, "header.html"), '<header class="mine"><p>某县人民政府网站</p><p class="page-title">{{title}}</p></header>\n');
    writeFileSync(join(templates, "style.css"), ".mine { color: #123456; }\n");
    const out = join(scratch(), "public");
    expect((await cli(["test/fixtures/build/hostile", "--out", out, "--formats", "html", "--force", "--templates", templates])).code).toBe(0);
    const page = readFileSync(walk(out).find((f) => f.endsWith(".html") && !f.endsWith("index.html"))!, "utf8");
    expect(page).toContain('<header class="mine"><p>某县人民政府网站</p>');
    expect(page).toContain('<p class="page-title">苏州市&lt;script&gt;window.__pwned=1&lt;/script&gt;吴中区');
    const hash = createHash("sha256").update(".mine { color: #123456; }\n").digest("base64");
    expect(page).toContain(`style-src &#39;sha256-${hash}&#39;`);
    expect(page).toContain("<style>.mine { color: #123456; }\n</style>");
    // The untouched templates keep their defaults.
    expect(page).toContain('<footer class="site-footer">');

    const missing = await cli([township, "--out", join(scratch(), "x"), "--templates", join(templates, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("无法读取模板");
  });

  it("reads out, formats and templates from catalog.config.yaml", async () => {
    const project = scratch();
    mkdirSync(join(project, "site"));
    writeFileSync(join(project, "site", "footer.html"), '<footer class="site-footer"><p>本站模板</p></footer>\n');
    writeFileSync(join(project, "catalog.config.yaml"), `paths: [${JSON.stringify(join(packageRoot, township))}]\nbuild:\n  out: dist-site\n  formats: [html]\n  templates: site\n`);
    const run = await runCli(["build"], { cwd: project });
    expect(run.code).toBe(0);
    const files = walk(join(project, "dist-site"));
    expect(files.every((f) => f.endsWith(".html") || f.endsWith(".json"))).toBe(true);
    expect(readFileSync(join(project, "dist-site", "index.html"), "utf8")).toContain("本站模板");
  });

  it("shows progress on a terminal only, and speaks English with --lang en", async () => {
    const quiet = await cli([township, "--out", join(scratch(), "a"), "--formats", "csv"]);
    expect(quiet.stderr).toBe("");
    const tty = await cli([township, "--out", join(scratch(), "b"), "--formats", "csv", "--lang", "en"], {}, true);
    expect(tty.stderr).toMatch(/\r\x1b\[K\[1\/\d+\] 320506103-苏州市吴中区木渎镇\//);
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(tty.stdout).toMatch(/Wrote 12 files to .*: 0 web pages, 12 CSV, 0 Word \(1 jurisdiction, 7 catalogs, 2 village lists, 1 supplementary catalog, 1 non-disclosure list, 83 items\)/);
  });

  it("exits 2 for a path that does not exist", async () => {
    const run = await cli(["catalogs/nowhere", "--out", join(scratch(), "public")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到路径");
  });
});
