// `catalog diff` as a user runs it: formats, exit codes, invalid inputs, the annotation file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { catalogText, itemText, root } from "./helpers.js";

const v1 = "test/diff/fixtures/v1";
const v2 = "test/diff/fixtures/v2";
const diff = (...args: string[]) => runCli(["diff", ...args], { cwd: root });

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "catalog-diff-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("text output", () => {
  it("starts with the summary line, then one block per catalog and item, with word-diff markers", async () => {
    const run = await diff(v1, v2);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`${v1} → ${v2}：4 个目录，新增目录 1 个，取消目录 1 个，有调整 1 个，无变化 1 个；事项新增 3 项、取消 3 项、调整 3 项（其中更名 1 项，可能改号 1 项）`);
    expect(run.stdout).toContain("  ~ SJ-01-01 最低生活保障对象认定\n      公开时限：自信息形成或变更之日起[-20-]{+10+}个工作日内\n");
    expect(run.stdout).toContain("  ~ SJ-01-02 特困人员认定及救助供养（更名）\n      二级事项：特困人员{+认定及+}救助供养\n");
    expect(run.stdout).toContain("      公开依据：\n        - 《社会救助暂行办法》（国务院令第649号）\n        + 《江苏省社会救助办法》（江苏省人民政府令第99号）\n");
    expect(run.stdout).toContain("  - SJ-01-03 临时救助对象认定（可能改号为 SJ-01-07，内容相似度 100%，请核实）");
    expect(run.stdout).not.toContain("SJ-01-05"); // moved only
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).toBe("");
  });

  it("lists order changes with --show-order, and speaks English with --lang en", async () => {
    const run = await diff(v1, v2, "--show-order", "--lang", "en");
    expect(run.stdout).toContain("  order changed:\n    SJ-01-05 医疗救助: position 5 → 2\n");
    expect(run.stdout.split("\n")[0]).toContain("items: 3 added, 3 removed, 3 changed (1 renamed, 1 possibly renumbered, 1 moved)");
  });

  it("colours changes on a terminal and never with NO_COLOR", async () => {
    const tty = await runCli(["diff", v1, v2], { cwd: root, isTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[31m\u001b\[9m20\u001b\[29m\u001b\[39m\u001b\[32m\u001b\[4m10/);
    expect(tty.stdout).not.toContain("[-20-]");
    const plain = await runCli(["diff", v1, v2], { cwd: root, isTTY: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).toContain("[-20-]{+10+}");
  });
});

describe("--exit-code and errors", () => {
  it("exits 1 with differences, 0 without, and 0 with differences when not asked", async () => {
    expect((await diff(v1, v2, "--exit-code")).code).toBe(1);
    expect((await diff(v1, v2)).code).toBe(0);
    const same = await diff(v1, v1, "--exit-code");
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(`${v1} → ${v1}：没有差异（3 个目录）\n`);
  });

  it("exits 2 for bad arguments, missing paths and nothing to compare", async () => {
    const one = await diff(v1);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("请给出要比较的两个文件或文件夹");
    const missing = await diff(v1, "test/diff/fixtures/v9");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到路径：test/diff/fixtures/v9");
    const dir = scratch({ "a.yaml": "items: [\n", "b.yaml": "items: [oops\n" });
    const nothing = await runCli(["diff", "a.yaml", "b.yaml", "--exit-code"], { cwd: dir });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("没有可以比较的目录");
    expect((await diff(v1, v2, "--format", "pdf")).code).toBe(2);
    expect((await diff(v1, v2, "--format", "docx")).stderr).toContain("请用 --output 指定");
  });

  it("reports invalid catalogs with positions and compares the rest", async () => {
    const good = catalogText([itemText("SJ-01-01"), itemText("SJ-01-02")]);
    const broken = catalogText([itemText("SJ-01-01", { subject: '""' }), itemText("SJ-01-02", { time_limit: "实时" })]);
    const dir = scratch({ "old.yaml": good, "new.yaml": broken });
    const run = await runCli(["diff", "old.yaml", "new.yaml", "--format", "json", "--exit-code"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("以下文件有错误，比较按能读出的内容进行");
    expect(run.stderr).toMatch(/new\.yaml\n\s+\d+:\d+\s+错误/);
    const result = JSON.parse(run.stdout);
    expect(result.catalogs[0].items.map((i: { id: string }) => i.id)).toEqual(["SJ-01-01", "SJ-01-02"]);
  });
});

describe("refusals", () => {
  it("says clearly that the items of a catalog with repeated ids were not compared", async () => {
    const dir = scratch({
      "old.yaml": catalogText([itemText("SJ-01-01"), itemText("SJ-01-02")]),
      "new.yaml": catalogText([itemText("SJ-01-01"), itemText("SJ-01-01", { name: "重复" })], { revision: "第2版" }),
    });
    const run = await runCli(["diff", "old.yaml", "new.yaml", "--exit-code"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("old.yaml → new.yaml：1 个目录，有调整 1 个；1 个目录的事项未能比较");
    expect(run.stdout).toContain("  ! 未比较事项：调整后版本中事项编码重复（SJ-01-01），无法按编码对应。请先修正（catalog validate 会指出位置）");
    expect(run.stderr).toContain("duplicate-id");
  });
});

describe("json", () => {
  it("is the versioned contract, raw UTF-8, nothing else on stdout", async () => {
    const run = await diff(v1, v2, "--format", "json");
    expect(run.stdout).not.toMatch(/\\u[0-9a-f]{4}/);
    const result = JSON.parse(run.stdout);
    expect(result.version).toBe(1);
    const social = result.catalogs.find((c: { domain: string }) => c.domain === "社会救助");
    expect(Object.keys(social).slice(0, 3)).toEqual(["jurisdiction", "domain", "status"]);
    expect(social.items.find((i: { id: string }) => i.id === "SJ-01-01").changes[0]).toMatchObject({ field: "time_limit", before: "自信息形成或变更之日起20个工作日内", after: "自信息形成或变更之日起10个工作日内" });
  });
});

describe("markdown", () => {
  it("gives a heading, the summary and a table per catalog with <del>/<ins>", async () => {
    const run = await diff(v1, v2, "--format", "markdown");
    expect(run.stdout).toMatch(/^### 目录比较：/);
    expect(run.stdout).toContain("| 调整 | SJ-01-01 | 最低生活保障对象认定 | **公开时限**：自信息形成或变更之日起<del>20</del><ins>10</ins>个工作日内 |");
    expect(run.stdout).toContain("|---|---|---|---|");
  });

  it("escapes table-breaking characters", async () => {
    const dir = scratch({
      "old.yaml": catalogText([itemText("X-1", { note: "a|b" })]),
      "new.yaml": catalogText([itemText("X-1", { note: "a|b <script>" })]),
    });
    const run = await runCli(["diff", "old.yaml", "new.yaml", "-f", "markdown"], { cwd: dir });
    expect(run.stdout).toContain("a\\|b");
    expect(run.stdout).not.toContain("<script>");
  });
});

describe("the annotation file (--notes)", () => {
  const notes = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-notes-"));
    writeFileSync(join(dir, "notes.yaml"), text);
    return join(dir, "notes.yaml");
  };

  it("puts reasons into every format and warns about removals without one", async () => {
    const file = notes(
      [
        "title: 吴中区2025年目录调整说明",
        "basis: 根据《江苏省社会救助办法》调整",
        "catalogs:",
        "  - jurisdiction: 320506",
        "    domain: 社会救助",
        "    items:",
        "      SJ-01-04: 职能划转至区应急管理局",
        "      SJ-01-99: 不存在的事项",
      ].join("\n"),
    );
    const run = await diff(v1, v2, "--format", "json", "--notes", file);
    const result = JSON.parse(run.stdout);
    expect(result.notice).toEqual({ title: "吴中区2025年目录调整说明", basis: "根据《江苏省社会救助办法》调整" });
    const social = result.catalogs.find((c: { domain: string }) => c.domain === "社会救助");
    expect(social.items.find((i: { id: string }) => i.id === "SJ-01-04").reason).toBe("职能划转至区应急管理局");
    expect(run.stderr).toContain("「320506 社会救助 SJ-01-99」没有对应的调整");
    expect(run.stderr).toContain("取消事项「SJ-01-03 临时救助对象认定」（320506 · 社会救助）没有调整理由");
    expect(run.stderr).toContain("取消目录「苏州市吴中区（320506）· 就业」没有调整理由");
    expect(run.stderr).not.toContain("SJ-01-04 受灾人员救助」");
    expect(run.code).toBe(0);
  });

  it("rejects an invalid annotation file with positions (exit 2)", async () => {
    const file = notes("catalogs:\n  - jurisdiction: 320506\n    domian: 社会救助\n");
    const run = await diff(v1, v2, "--notes", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("注释文件有误");
    expect(run.stderr).toMatch(/notes\.yaml:3:5  未定义的键「domian」/);
    expect(run.stderr).toMatch(/notes\.yaml:2:5  缺少「domain」/);
    expect(run.stdout).toBe("");
  });

  it("writes any format to --output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-out-"));
    const run = await diff(v1, v2, "--format", "markdown", "--output", join(dir, "summary.md"));
    expect(run.stdout).toBe("");
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toContain("### 目录比较");
  });

  it("leaves what stood at --output as it was when writing fails, with exit 2 and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-out-"));
    // A folder where the notice should go: the final rename fails (as root too, unlike permissions).
    mkdirSync(join(dir, "notice.html"));
    writeFileSync(join(dir, "notice.html", "keep.txt"), "kept");
    const run = await diff(v1, v2, "--format", "html", "--output", join(dir, "notice.html"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("notice.html");
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(join(dir, "notice.html", "keep.txt"), "utf8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["notice.html"]);
  });
});
