/**
 * The supplementary catalog (政府信息主动公开补充目录, `kind: supplementary`) against its jurisdiction's
 * standard catalogs, end to end on the shipped 木渎镇 example: "梳理不重复、事项无遗漏、公开标准统一".
 * One of its items duplicated in a standard catalog and one 条例 category missing from both are each
 * reported at their line, in process and through the headers-only path (worker threads) alike; the shipped
 * examples stay clean; real published rows (transcribed) draw no false duplicate.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, diff } from "../src/api.js";
import { checkParallel } from "../src/check/parallel.js";
import type { Finding } from "../src/report/finding.js";
import { packageRoot } from "../src/paths.js";
import { checkTexts, findingsOf, readFixture, withoutCoverage } from "./helpers/check.js";

const shipped = readFixture(join(packageRoot, "catalogs"), packageRoot);
const town = "catalogs/320506103-木渎镇";
const supplementaryFile = `${town}/政府信息主动公开补充目录.yaml`;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
const ours = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("supplementary-"));

/**
 * The shipped example with its 宅基地 item replaced by a copy of the 社会救助 catalog's 最低生活保障 ›
 * 办事指南 item under another time limit: one duplicate that publishes differently, one category missing.
 */
const duplicated = `  - id: ZD-11-03
    category: 最低生活保障
    name: 办事指南
    content:
      - 最低生活保障的申请条件、办理流程
    basis:
      - 《社会救助暂行办法》（国务院令第649号）
    time_limit: 信息形成或者变更之日起20个工作日内
    subject: 苏州市吴中区木渎镇人民政府
    channels: [政府网站, 公开查阅点]
    audience: 全社会
    method: 主动
`;
const original = shipped[supplementaryFile]!;
const block = /  - id: ZD-11-03\n(?: {4}.*\n)+/.exec(original)![0];
const planted = { ...shipped, [supplementaryFile]: original.replace(block, duplicated) };
const standardFile = `${town}/社会救助.yaml`;
// The standard item: the first 办事指南 under 最低生活保障, its line (where `- id:` stands) and id.
const [standardLine, standardId] = (() => {
  const text = shipped[standardFile]!;
  const start = text.lastIndexOf("- id:", text.indexOf("category: 最低生活保障\n    name: 办事指南"));
  return [text.slice(0, start).split("\n").length, /- id: (\S+)/.exec(text.slice(start))![1]];
})();

function expectPlanted(findings: Finding[]): void {
  const text = planted[supplementaryFile]!;
  const found = ours(findings);
  expect(found.map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.rule}/${f.messageId}`)).toEqual([
    `${supplementaryFile}:${lineOf(text, "items:")}:1 supplementary-gap/uncovered`,
    `${supplementaryFile}:${lineOf(text, "name: 办事指南") }:11 supplementary-duplicate/duplicate-differs`,
  ]);
  const [gap, duplicate] = found;
  expect(gap!.severity).toBe("info");
  expect(gap!.data.text).toBe("宅基地使用情况审核");
  expect(duplicate!.severity).toBe("error");
  expect(duplicate!.data).toMatchObject({ file: standardFile, line: standardLine, otherId: standardId });
  expect(String(duplicate!.data.differences)).toContain("公开时限");
}

describe("the shipped examples", () => {
  it("model 木渎镇's supplementary catalog as one and draw no error, no warning and no supplementary finding", () => {
    const result = checkTexts(shipped, { severities: withoutCoverage });
    expect(result.catalogs.filter((c) => c.supplementary).map((c) => [c.file, c.items.length])).toEqual([[supplementaryFile, 19]]);
    const findings = findingsOf(result);
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.file}:${f.range.line} ${f.rule}`)).toEqual([]);
    expect(ours(findings)).toEqual([]);
  });

  it("keep the supplementary catalog out of pilot-domain coverage", () => {
    const result = checkTexts(shipped);
    const coverage = findingsOf(result).filter((f) => f.rule === "coverage-pilot-domains" && f.file.startsWith(town));
    expect(coverage).toHaveLength(1);
    // 7 pilot domains: the supplementary catalog (no domain) and the negative list are not among them.
    expect(coverage[0]!.data.present).toBe(7);
  });
});

describe("a duplicated item and a missing category", () => {
  it("are each reported at their line, the duplicate naming the standard catalog's file and line", () => {
    expect(standardLine).toBeGreaterThan(1);
    expectPlanted(findingsOf(checkTexts(planted, { severities: withoutCoverage })));
  });

  const dir = mkdtempSync(join(tmpdir(), "catalog-supplementary-"));
  beforeAll(() => {
    for (const [path, text] of Object.entries(planted)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are reported alike when checking keeps only headers (the items are read again from the files)", async () => {
    const files = Object.keys(planted).map((p) => join(dir, p));
    const { files: checked } = await checkParallel({ files, cwd: dir, additions: {}, severities: [["coverage-pilot-domains", "off"]] }, 1);
    expectPlanted(checked.flatMap((f) => f.findings));
  });

  it("show in catalog diff as a change of the supplementary catalog, matched as one per jurisdiction", async () => {
    const { result } = await diff({ cwd: dir, old: join(packageRoot, "catalogs"), new: join(dir, "catalogs") });
    expect(result.skipped).toEqual([]);
    const changed = result.catalogs.filter((c) => c.status !== "unchanged");
    expect(changed.map((c) => [c.jurisdiction, c.domain, c.items.map((i) => `${i.id} ${i.status}`)])).toEqual([["320506103", "政府信息主动公开补充目录", ["ZD-11-03 changed"]]]);
  });

  it("stay silent when only the supplementary catalog is named (its standard catalogs may be elsewhere)", () => {
    const alone = { [supplementaryFile]: planted[supplementaryFile]! };
    expect(ours(findingsOf(checkTexts(alone, { severities: withoutCoverage, partial: true })))).toEqual([]);
  });
});

/**
 * Rows as real governments published them (transcribed, jurisdiction changed to 木渎镇 so they sit beside
 * the shipped standard catalogs): the 主动公开基本目录 of 中山市三角镇 and the 主动公开事项目录 of 科右前旗
 * 人民政府办公室 list 机构设置, 领导分工, 公开指南, 规范性文件, 政策文件, 政策解读 …, the kind of
 * matter a supplementary catalog holds. None of them is in 木渎镇's standard catalogs, though 政策文件
 * and 政策法规文件 are (under other 一级事项): no duplicate may be reported.
 */
const realRows: [category: string, name: string][] = [
  ["机构介绍", "机构设置"],
  ["机构介绍", "领导分工"],
  ["政府信息公开", "公开指南"],
  ["政府信息公开", "公开目录"],
  ["政府信息公开", "公开报告"],
  ["镇街文件", "政府规范性文件"],
  ["镇街文件", "其他文件"],
  ["规划计划", "规划计划"],
  ["政策法规", "行政规范性文件"],
  ["文件及解读", "政策文件"],
  ["文件及解读", "政府文件"],
  ["文件及解读", "政策解读"],
];
const realCatalog = `format: 1
kind: supplementary
jurisdiction:
  code: "320506103"
  name: 苏州市吴中区木渎镇
  level: 乡级
items:
${realRows
  .map(
    ([category, name], i) => `  - id: R-${i + 1}
    category: ${category}
    name: ${name}
    content: [${name}]
    basis: [《中华人民共和国政府信息公开条例》（国务院令第711号）]
    time_limit: 信息形成或者变更之日起20个工作日内
    subject: 苏州市吴中区木渎镇人民政府
    channels: [政府网站]
    audience: 全社会
    method: 主动
`,
  )
  .join("")}`;

describe("real published rows", () => {
  it("draw no duplicate against the shipped standard catalogs", () => {
    const files = { ...shipped, [supplementaryFile]: realCatalog };
    const findings = findingsOf(checkTexts(files, { severities: withoutCoverage }));
    expect(findings.filter((f) => f.rule === "supplementary-duplicate")).toEqual([]);
  });

  it("flag a real row a township's own standard catalog already lists, under another 一级事项, as a possible duplicate", () => {
    // 凤屯镇's 政府文件 catalog lists 政府工作报告 › 政府工作报告; a supplementary catalog listing it again
    // under 工作报告 is the duplication the plans forbid, told by name only: a warning.
    const standard = realCatalog.replace("kind: supplementary\n", "domain: 政府文件\n").replace(/items:\n[\s\S]*$/, `items:
  - id: ZF-03
    category: 政府工作报告
    name: 政府工作报告
    content: [镇人民政府工作报告全文]
    basis: [《中华人民共和国政府信息公开条例》（国务院令第711号）]
    time_limit: 信息形成或变更之日起20个工作日内
    subject: 苏州市吴中区木渎镇人民政府
    channels: [政府网站]
    audience: 全社会
    method: 主动
`);
    const supplementary = realCatalog.replace("category: 规划计划\n    name: 规划计划", "category: 工作报告\n    name: 政府工作报告");
    const findings = findingsOf(checkTexts({ [`${town}/政府文件.yaml`]: standard, [supplementaryFile]: supplementary }, { severities: withoutCoverage }));
    const duplicates = findings.filter((f) => f.rule === "supplementary-duplicate");
    expect(duplicates.map((f) => [f.range.line, f.severity, f.messageId])).toEqual([[lineOf(supplementary, "name: 政府工作报告"), "warning", "similar"]]);
  });
});

describe("catalog build", () => {
  const out = join(mkdtempSync(join(tmpdir(), "catalog-lists-")), "public");
  afterAll(() => rmSync(dirname(out), { recursive: true, force: true }));

  it("publishes the supplementary catalog and the non-disclosure list as CSV files that read back entry by entry", async () => {
    const built = await build({ cwd: packageRoot, paths: [town], out, formats: ["csv"], baseline: false });
    expect(built.refused).toBeUndefined();
    const read = (name: string): Record<string, string>[] => parse(readFileSync(join(out, "320506103-苏州市吴中区木渎镇", name)), { bom: true, columns: true });
    const supplementary = read("政府信息主动公开补充目录.csv");
    expect(supplementary).toHaveLength(19);
    expect(supplementary.map((r) => r["公开事项·二级事项"])).toContain("国民经济和社会发展统计信息");
    const negative = read("不予公开事项清单.csv");
    const list = checkTexts(shipped, { severities: withoutCoverage }).catalogs.find((c) => c.negativeList)!;
    expect(negative.map((r) => r["不予公开事项"])).toEqual(list.negativeList!.map((e) => e.name));
    // several provisions stay one per line within their cell
    expect(negative[2]!["不予公开的依据"]!.split("\n")).toEqual(["《中华人民共和国政府信息公开条例》（国务院令第711号）第十四条", "《中华人民共和国预算法》第十四条"]);
    expect(Object.keys(negative[0]!)).toEqual(["序号", "不予公开事项", "领域", "不予公开的依据", "决定机关", "备注"]);
  });
});
