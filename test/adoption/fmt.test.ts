/**
 * `catalog fmt`: lists the variant spellings it would rewrite (exit 1), rewrites them with --fix changing
 * nothing else — comments, quotes, flow lists, blank lines and CRLF stay — and leaves files it has nothing
 * to do with untouched.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes, type Fix } from "../../src/cli/fmt.js";
import { runCli } from "../helpers/cli.js";
import { project } from "./project.js";

const env = { CATALOG_WORKERS: "0" };
const variants = `# yaml-language-server: $schema=../schemas/catalog.schema.json
# 从已发布的表格录入，写法未统一
format: 1
jurisdiction:
  code: "320506"
  name: 苏州市吴中区
  level: 区级   # 录入时照抄
domain: 救助
items:
  - id: SJ-02-02
    category: 最低生活保障
    name: 办事指南
    content: 办理事项、申请条件、申请材料、办理流程、办理时限
    basis:
      - 《社会救助暂行办法》（国务院令第649号）第十一条
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 苏州市吴中区民政局
    channels: [政府网站, 一微一端, "政府服务中心"]  # 三个渠道
    audience: 特定群众
    method: '主动公开'
    levels: [县级, 乡、村级]

  - id: SJ-02-05
    category: 最低生活保障
    name: 家庭经济状况核对结果
    content:
      - 申请人及其共同生活家庭成员的收入、财产核对报告
    basis:
      - 《最低生活保障审核确认办法》（民发〔2021〕57号）
    time_limit: 收到申请之日起20个工作日内予以答复
    subject: 苏州市吴中区民政局
    channels:
      - 政务服务中心
      - 其他:窗口领取或邮寄送达
    audience: 全社会
    # catalog-disable-next-line vocabulary-variant -- 与申请书样式一致，暂不修改
    method: 依申请公开
    levels: [县级]
`;

/** The same text with exactly the canonical values in place of the variants. */
const canonical = variants
  .replace("level: 区级", "level: 县级")
  .replace("domain: 救助", "domain: 社会救助")
  .replace('[政府网站, 一微一端, "政府服务中心"]', '[政府网站, 两微一端, "政务服务中心"]')
  .replace("audience: 特定群众", "audience: 特定群体")
  .replace("method: '主动公开'", "method: '主动'")
  .replace("[县级, 乡、村级]", "[县级, 乡级, 村级]")
  .replace("其他:窗口领取或邮寄送达", "其他：窗口领取或邮寄送达");

describe("catalog fmt", () => {
  const dir = project({ "catalogs/社会救助.yaml": variants, "catalogs/clean.yaml": canonical.replace(/# catalog-disable.*\n/, "").replace("依申请公开", "依申请") });
  const file = join(dir, "catalogs/社会救助.yaml");

  it("without --fix lists each change at its position and exits 1, changing nothing", async () => {
    const run = await runCli(["fmt"], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("catalogs/社会救助.yaml\n");
    expect(run.stdout).toContain("  7:10  「区级」→「县级」\n");
    expect(run.stdout).toContain("  19:15  「特定群众」→「特定群体」\n");
    expect(run.stdout).toContain("8 处写法可以改为标准写法（1 个文件）。运行 catalog fmt --fix 修改");
    expect(run.stdout).not.toContain("依申请公开"); // suppressed by its comment
    expect(readFileSync(file, "utf8")).toBe(variants);
  });

  it("--fix rewrites exactly the variant values, keeping comments, quotes and layout", async () => {
    const cleanFile = join(dir, "catalogs/clean.yaml");
    const cleanTime = statSync(cleanFile).mtimeMs;
    const run = await runCli(["fmt", "--fix"], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已修改 catalogs/社会救助.yaml（8 处）");
    expect(readFileSync(file, "utf8")).toBe(canonical);
    expect(statSync(cleanFile).mtimeMs).toBe(cleanTime);
  });

  it("afterwards validate finds no variant spellings and fmt has nothing to do", async () => {
    const validate = await runCli(["validate", "--format", "json"], { cwd: dir, env });
    expect(validate.stdout).not.toContain('"rule": "vocabulary-variant"');
    const again = await runCli(["fmt", "--lang", "en"], { cwd: dir, env });
    expect([again.code, again.stdout]).toEqual([0, "✔ 2 files: nothing to rewrite\n"]);
  });

  it("keeps CRLF line endings and a byte order mark", async () => {
    const crlf = project({ "c/a.yaml": "" });
    const path = join(crlf, "c/a.yaml");
    writeFileSync(path, `\uFEFF${variants.replace(/\n/g, "\r\n")}`);
    expect((await runCli(["fmt", "--fix", "c"], { cwd: crlf, env })).code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(`\uFEFF${canonical.replace(/\n/g, "\r\n")}`);
  });

  it("exits 2 for a path that does not exist", async () => {
    const run = await runCli(["fmt", "nowhere"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到路径");
  });

  describe("a value naming several levels (乡、村级 → 乡级 + 村级) becomes several entries", () => {
    const fix = (path: (string | number)[]): Fix => ({ path, value: "镇、村级", canonical: "乡级、村级", values: ["乡级", "村级"], line: 1, column: 1 });
    it("in a block list, at the entry's indentation", () => {
      const text = "levels:\n  - 县级\n  - 镇、村级  # 原表\nnote: x\n";
      expect(applyFixes(text, [fix(["levels", 1])]).text).toBe("levels:\n  - 县级\n  - 乡级\n  - 村级  # 原表\nnote: x\n");
    });
    it("in a flow list, and as a single value", () => {
      expect(applyFixes("levels: [县级, '镇、村级']\n", [fix(["levels", 1])]).text).toBe("levels: [县级, '乡级', '村级']\n");
      expect(applyFixes("levels: 镇、村级\n", [fix(["levels", 0])]).text).toBe("levels: [乡级, 村级]\n");
    });
  });
});
