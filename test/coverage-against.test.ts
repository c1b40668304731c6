/**
 * `catalog coverage --against LIST` as an office runs it: a hand-made 权责清单 of eight entries whose
 * coverage is known one by one (by name, by name and basis, by class, by the negative list, and three
 * uncovered: another department's penalty, a matter only another county's catalog holds, an inspection
 * no item publishes), read as CSV and as an XLSX written here with exceljs (a merged title, a two-row
 * header with 大项 / 子项 under a merged heading, merged type and department cells); the JSON figures
 * asserted exactly; --min-share, --lang en; unreadable lists and lists without a header end with exit 2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { readPowerLists } from "../src/import/power-list.js";
import { departmentOf, listCoverage, placeNames } from "../src/model/list-coverage.js";
import { Normaliser } from "../src/model/normalise.js";
import { registries } from "./helpers/check.js";
import { runCli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "catalog-coverage-against-"));

const item = (id: string, category: string, name: string, subject: string, basis: string) => `  - id: ${id}
    category: ${category}
    name: ${name}
    content: [办理条件、办理结果]
    basis:
      - ${basis}
      - 《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条
    time_limit: 信息形成或者变更之日起20个工作日内
    subject: ${subject}
    channels: [政府网站]
    audience: 全社会
    method: 主动
    levels: [县级]
`;

const catalog = (code: string, name: string, domain: string, items: string) => `format: 1
jurisdiction:
  code: "${code}"
  name: ${name}
  level: 县级
domain: ${domain}
items:
${items}`;

const wuzhong = "苏州市吴中区民政局";
const catalogs: Record<string, string> = {
  "320506-吴中区/社会救助.yaml": catalog(
    "320506",
    "苏州市吴中区",
    "社会救助",
    item("SJ-01", "最低生活保障", "审批信息", wuzhong, "《社会救助暂行办法》（国务院令第649号）第十一条") +
      item("SJ-02", "特困人员救助供养", "审批信息", wuzhong, "《社会救助暂行办法》（国务院令第649号）第十四条") +
      item("SJ-03", "行政执法", "行政处罚决定信息", wuzhong, "《中华人民共和国行政处罚法》第四十八条"),
  ),
  "320506-吴中区/不予公开事项清单.yaml": `format: 1
kind: negative-list
jurisdiction:
  code: "320506"
  name: 苏州市吴中区
  level: 县级
entries:
  - id: BYGK-01
    name: 社会救助对象个人隐私信息
    basis:
      - 《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条
`,
  "320507-相城区/婚姻登记.yaml": catalog("320507", "苏州市相城区", "婚姻登记", item("HY-01", "婚姻登记", "婚姻登记办事指南", "苏州市相城区民政局", "《婚姻登记条例》（国务院令第387号）")),
};

/** [序号, 事项类型, 事项名称, 实施主体, 设定依据]; what covers each is in the JSON assertion below. */
const entries: [string, string, string, string, string][] = [
  ["1", "行政给付", "最低生活保障金给付", wuzhong, "《社会救助暂行办法》第九条"],
  ["2", "行政确认", "特困人员认定", wuzhong, "《社会救助暂行办法》第十四条"],
  ["3", "行政处罚", "对养老机构违反规定的行政处罚", wuzhong, "《养老机构管理办法》第四十六条"],
  ["4", "行政处罚", "对民办学校违规办学的行政处罚", "苏州市吴中区教育局", "《中华人民共和国民办教育促进法》第六十二条"],
  ["5", "行政确认", "内地居民婚姻登记", wuzhong, "《婚姻登记条例》第二条"],
  ["6", "行政确认", "内地居民婚姻登记", "苏州市相城区民政局", "《婚姻登记条例》第二条"],
  ["7", "公共服务", "社会救助对象个人隐私信息查询", wuzhong, "《社会救助暂行办法》第六十一条"],
  ["8", "行政检查", "对养老机构的监督检查", wuzhong, "《养老机构管理办法》第三十三条"],
];

interface AgainstJson {
  version: number;
  catalogs: number;
  lists: { file: string; tables: { table: string; title?: string; entries: number }[] }[];
  summary: { entries: number; by: Record<string, number>; uncovered: number; share: number };
  minShare?: number;
  below?: string[];
  departments: {
    department: string;
    entries: number;
    by: Record<string, number>;
    share: number;
    uncovered: { row: number; name: string; parent?: string; type: string }[];
    covered: { row: number; name: string; by: string; target?: { file: string; id: string } }[];
  }[];
}

beforeAll(async () => {
  for (const [file, text] of Object.entries(catalogs)) {
    mkdirSync(join(dir, "catalogs", file, ".."), { recursive: true });
    writeFileSync(join(dir, "catalogs", file), text);
  }
  mkdirSync(join(dir, "lists"));
  // CSV as exported: a title row above the header, a heading with a line break, a full-width space in a
  // name, merged cells left empty below their first row (entry 2's department, entry 6's type).
  const exported = (e: (typeof entries)[number]) => (e[0] === "5" ? [e[0], e[1], "内地居民\u3000婚姻登记", e[3], e[4]] : e[0] === "2" ? [e[0], e[1], e[2], "", e[4]] : e[0] === "6" ? [e[0], "", e[2], e[3], e[4]] : e);
  const rows = [["苏州市吴中区权责清单（测试）", "", "", "", ""], ["序号", "事项\n类型", "事项名称", "实施主体", "设定依据"], ...entries.map(exported)];
  writeFileSync(join(dir, "lists/list.csv"), stringify(rows));
  writeFileSync(join(dir, "lists/list.xlsx"), Buffer.from(await workbook()));
  writeFileSync(join(dir, "lists/broken.xlsx"), "这不是一个 Excel 文件");
  writeFileSync(join(dir, "lists/no-header.csv"), stringify([["甲", "乙", "丙"], ["1", "2", "3"]]));
});

/**
 * The same list as counties lay it out in Excel: the title merged across the sheet, 权力事项名称 merged
 * over 大项 and 子项, the type and the department merged down their rows; entry 2 is a 子项 of 特困人员救助供养.
 */
async function workbook(): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("权责清单");
  sheet.addRow(["苏州市吴中区权责清单（测试）"]);
  sheet.mergeCells("A1:F1");
  sheet.addRow(["序号", "权力类型", "权力事项名称", "", "实施主体", "设定依据"]);
  sheet.addRow(["", "", "大项", "子项", "", ""]);
  for (const column of ["A", "B", "E", "F"]) sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells("C2:D2");
  for (const [n, type, name, department, basis] of entries) {
    sheet.addRow(n === "2" ? [n, type, "特困人员救助供养", name, department, basis] : [n, type, name, "", department, basis]);
  }
  // Entry n sits on row n + 3: the type merged over entries 5 and 6 (both 行政确认), the department over entries 1-3.
  sheet.mergeCells("B8:B9");
  sheet.mergeCells("E4:E6");
  return book.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

const cli = (...args: string[]) => runCli(["coverage", "catalogs", ...args], { cwd: dir });
const json = async (...args: string[]) => {
  const run = await cli(...args, "--format", "json");
  return { ...run, json: JSON.parse(run.stdout) as AgainstJson };
};

describe("reading a list's table", () => {
  const table = (rows: string[][]) => [{ label: "表1", before: [], rows: rows.map((r) => r.map((text) => ({ text, spanned: false }))) }];

  it("reads a list under a title row, with 子项 under their 主项 and the header repeated on a later page", () => {
    const [list] = readPowerLists(table([["某县民政局权责清单", "", "", "", ""], ["序号", "权力类型", "权力事项名称", "子项名称", "实施主体"], ["1", "行政许可", "社会团体登记", "成立登记", "某县民政局"], ["序号", "权力类型", "权力事项名称", "子项名称", "实施主体"], ["2", "", "", "注销登记", ""]]));
    expect(list!.entries).toEqual([
      { row: 3, name: "成立登记", parent: "社会团体登记", type: "行政许可", department: "某县民政局", basis: "" },
      { row: 5, name: "注销登记", parent: "社会团体登记", type: "行政许可", department: "某县民政局", basis: "" },
    ]);
  });

  it("types rows by a section heading, skips the header repeated on a later page, and takes the department from the title when there is no column", () => {
    const [list] = readPowerLists(table([["青阳县民政局权责清单总表（2023）", "", ""], ["序号", "权力事项名称", "设定依据"], ["一、行政处罚（共1项）", "", ""], ["1", "对社会团体的处罚", "《社会团体登记管理条例》"], ["序号", "权力事项名称", "设定依据"], ["2", "对民办非企业单位的处罚", ""]]));
    expect(list!.entries.map((e) => [e.row, e.type, e.department])).toEqual([
      [4, "行政处罚", "青阳县民政局"],
      [6, "行政处罚", "青阳县民政局"],
    ]);
  });
});

describe("matching entries to items", () => {
  const places = new Set(["某县"]);
  const county = new Normaliser(registries).catalog("c.yaml", {
    jurisdiction: { code: "", name: "某县", level: "县级" },
    items: [{ id: "YL-01", category: "养老机构", name: "养老机构监督检查", subject: "某县民政局", basis: ["《养老机构管理办法》（民政部令第66号）"] }],
  });
  const entry = (type: string, name: string) => ({ file: "l.csv", row: 1, name, type, department: "某县民政局", basis: "《养老机构管理办法》第四十六条" });

  it("does not let an inspection item cover a penalty on the same object, however alike the names and the basis", () => {
    const { matches } = listCoverage([entry("行政处罚", "对养老机构违反规定的行政处罚"), entry("行政检查", "对养老机构的监督检查")], [county], { placesOf: () => places });
    expect(matches.map((m) => [m.by, m.target?.id])).toEqual([
      [undefined, undefined],
      ["name", "YL-01"],
    ]);
  });

  it("lets only a department's own items cover its entries, when its items are in the catalogs; an unknown department by name alone", () => {
    const town = new Normaliser(registries).catalog("t.yaml", {
      jurisdiction: { code: "", name: "某县", level: "乡级" },
      items: [{ id: "T-01", category: "社会救助", name: "临时救助审批信息", subject: "某县某镇人民政府" }],
    });
    const own = { file: "l.csv", row: 1, name: "临时救助金给付", type: "行政给付", department: "某县民政局", basis: "" };
    const other = { ...own, department: "某县人社局" };
    const { matches } = listCoverage([own, other], [county, town], { placesOf: () => places });
    expect(matches.map((m) => [m.by, m.target?.id])).toEqual([
      [undefined, undefined],
      ["name", "T-01"],
    ]);
  });

  it("reads departments without their places and the organ's suffix", () => {
    const names = new Set(placeNames(["江苏省", "苏州市", "吴中区"]));
    expect(["苏州市吴中区民政局", "吴中区民政局", "区民政局", "民政局"].map((d) => departmentOf(d, names).core)).toEqual(["民政", "民政", "民政", "民政"]);
    expect(departmentOf("苏州市吴中区市场监督管理局", names)).toEqual({ core: "市场监督", places: ["苏州市吴中区"] });
    expect(departmentOf("县市场监督管理局", names).core).toBe("市场监督");
  });
});

describe("catalog coverage --against", () => {
  it("reports each entry of a CSV list as covered by name, by name and basis, by class or by the negative list, or uncovered, per department", async () => {
    const { code, json: report, stderr } = await json("--against", "lists/list.csv");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(report.catalogs).toBe(3);
    expect(report.lists).toEqual([{ file: "lists/list.csv", tables: [{ table: "表1", title: "苏州市吴中区权责清单（测试）", entries: 8 }] }]);
    expect(report.summary).toEqual({ entries: 8, by: { name: 2, basis: 1, class: 1, negative: 1 }, uncovered: 3, share: 0.625 });
    const [minzheng, jiaoyu, xiangcheng] = report.departments;
    expect(report.departments.map((d) => [d.department, d.entries, d.share])).toEqual([
      [wuzhong, 6, 0.6667],
      ["苏州市吴中区教育局", 1, 0],
      ["苏州市相城区民政局", 1, 1],
    ]);
    expect(minzheng!.by).toEqual({ name: 1, basis: 1, class: 1, negative: 1 });
    // Rows count from the title row: entry n is on row n + 2.
    expect(minzheng!.covered.map((c) => [c.row, c.by, c.target?.id])).toEqual([
      [3, "name", "SJ-01"],
      [4, "basis", "SJ-02"],
      [5, "class", undefined],
      [9, "negative", "BYGK-01"],
    ]);
    // 婚姻登记 of 吴中区 is not covered by 相城区's catalog; no item publishes 吴中区's inspections.
    expect(minzheng!.uncovered.map((u) => [u.row, u.type, u.name])).toEqual([
      [7, "行政确认", "内地居民婚姻登记"],
      [10, "行政检查", "对养老机构的监督检查"],
    ]);
    // The class item is 民政局's: the 教育局's penalty stays uncovered.
    expect(jiaoyu!.uncovered.map((u) => u.row)).toEqual([6]);
    expect(xiangcheng!.covered.map((c) => [c.row, c.by, c.target])).toEqual([[8, "name", { file: "catalogs/320507-相城区/婚姻登记.yaml", id: "HY-01" }]]);
  });

  it("reads the same list from an XLSX with a merged title, a two-row header and merged cells, to the same figures", async () => {
    const { code, json: report } = await json("--against", "lists/list.xlsx");
    expect(code).toBe(0);
    expect(report.lists[0]!.tables).toEqual([{ table: "工作表「权责清单」", title: "苏州市吴中区权责清单（测试）", entries: 8 }]);
    expect(report.summary).toEqual({ entries: 8, by: { name: 2, basis: 1, class: 1, negative: 1 }, uncovered: 3, share: 0.625 });
    expect(report.departments.map((d) => [d.department, d.entries, d.share, d.by])).toEqual([
      [wuzhong, 6, 0.6667, { name: 1, basis: 1, class: 1, negative: 1 }],
      ["苏州市吴中区教育局", 1, 0, { name: 0, basis: 0, class: 0, negative: 0 }],
      ["苏州市相城区民政局", 1, 1, { name: 1, basis: 0, class: 0, negative: 0 }],
    ]);
    const covered = report.departments[0]!.covered.find((c) => c.row === 5)!;
    expect(covered).toMatchObject({ name: "特困人员认定", parent: "特困人员救助供养", by: "basis" });
    expect(report.departments[0]!.uncovered.map((u) => [u.row, u.type])).toEqual([
      [8, "行政确认"],
      [11, "行政检查"],
    ]);
  });

  it("takes several lists, and sums them", async () => {
    const { json: report } = await json("--against", "lists/list.csv", "--against", "lists/list.xlsx");
    expect(report.lists.map((l) => l.file)).toEqual(["lists/list.csv", "lists/list.xlsx"]);
    expect(report.summary).toEqual({ entries: 16, by: { name: 4, basis: 2, class: 2, negative: 2 }, uncovered: 6, share: 0.625 });
  });

  it("prints the uncovered entries per department in Chinese, and in English with --lang en", async () => {
    const zh = await cli("--against", "lists/list.csv");
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("苏州市吴中区民政局：覆盖 4/6（66.7%）；按名称 1、名称加依据 1、按类别 1、负面清单 1\n  未覆盖：\n    lists/list.csv:7  行政确认  内地居民婚姻登记\n    lists/list.csv:10  行政检查  对养老机构的监督检查\n");
    expect(zh.stdout).toContain("合计 8 个清单事项，已覆盖 5 个（62.5%），未覆盖 3 个；对照 3 个目录文件");
    const en = await cli("--against", "lists/list.csv", "--lang", "en");
    expect(en.stdout).toContain("苏州市吴中区教育局: 0/1 covered (0.0%); by name 0, by name and basis 0, by class 0, negative list 0\n  uncovered:\n    lists/list.csv:6  行政处罚  对民办学校违规办学的行政处罚\n");
    expect(en.stdout).toContain("8 list entries in all, 5 covered (62.5%), 3 uncovered; against 3 catalog files");
  });

  it("exits 1 when a department is below --min-share, and names it", async () => {
    expect((await cli("--against", "lists/list.csv", "--min-share", "0")).code).toBe(0);
    const below = await json("--against", "lists/list.csv", "--min-share", "66%");
    expect(below.code).toBe(1);
    expect(below.json.below).toEqual(["苏州市吴中区教育局"]);
    const text = await cli("--against", "lists/list.csv", "--min-share", "0.7");
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("覆盖率低于 70.0% 的实施主体 2 个：苏州市吴中区民政局、苏州市吴中区教育局");
    const bad = await cli("--against", "lists/list.csv", "--min-share", "1.5x");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--min-share");
  });

  it("ends with exit 2 and a message naming the file for an unreadable list, a list without a header, a missing list", async () => {
    for (const [file, words] of [
      ["lists/broken.xlsx", "不是有效的 Office 文档"],
      ["lists/no-header.csv", "没有找到权责清单或公共服务事项清单的表头"],
      ["lists/missing.csv", "找不到路径"],
    ] as const) {
      const run = await cli("--against", file);
      expect(run.code, file).toBe(2);
      expect(run.stdout, file).toBe("");
      expect(run.stderr, file).toContain(file);
      expect(run.stderr, file).toContain(words);
      expect(run.stderr, file).not.toMatch(/\n\s+at |Error:/);
    }
  });
});
