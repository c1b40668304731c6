/**
 * `catalog import` as an office runs it: what it writes and where, what it refuses to overwrite, the
 * report, --normalise, the messages for legacy formats, and hostile files (each exit 2, the file named,
 * nothing written).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { countyXlsx, townshipDocx } from "./fixtures.js";

const here = new URL(".", import.meta.url).pathname;
const page = readFileSync(join(here, "fixtures", "saved-page.html"));

function workspace(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), "catalog-import-cli-"));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}
const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])) : []);
const cli = (cwd: string, ...args: string[]) => runCli(["import", ...args], { cwd });

describe("catalog import", () => {
  it("writes one file per domain and jurisdiction, reports the mapping on stderr and checks what it wrote", async () => {
    const cwd = workspace({ "附件.docx": await townshipDocx() });
    const run = await cli(cwd, "附件.docx", "--jurisdiction-code", "320506103");
    expect(run.code).toBe(0);
    expect(walk(join(cwd, "catalogs")).sort()).toEqual(["320506103-木渎镇/养老服务.yaml", "320506103-木渎镇/社会救助.yaml"]);
    expect(run.stderr).toContain("附件.docx 表1《苏州市吴中区木渎镇社会救助领域基层政务公开标准目录》 → catalogs/320506103-木渎镇/社会救助.yaml：导入 3 行");
    expect(run.stderr).toContain("跳过：重复的表头 2 行，空行 1 行");
    expect(run.stdout).toContain("已写入 2 个目录文件（4 个事项）");
    // the validate summary of what was written
    expect(run.stdout).toMatch(/2 个文件、4 个事项/);
    const text = readFileSync(join(cwd, "catalogs/320506103-木渎镇/社会救助.yaml"), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).not.toContain(cwd);
    expect(parse(text).items).toHaveLength(3);
  });

  it("never overwrites an existing catalog without --force, and writes nothing then", async () => {
    const cwd = workspace({ "目录.xlsx": await countyXlsx() });
    expect((await cli(cwd, "目录.xlsx", "--jurisdiction-code", "320506")).code).toBe(0);
    const file = join(cwd, "catalogs/320506-吴中区/户籍管理.yaml");
    writeFileSync(file, "# edited by hand\n");
    const again = await cli(cwd, "目录.xlsx", "--jurisdiction-code", "320506");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("catalog import 不会覆盖");
    expect(again.stderr).toContain("catalogs/320506-吴中区/户籍管理.yaml");
    expect(readFileSync(file, "utf8")).toBe("# edited by hand\n");
    const forced = await cli(cwd, "目录.xlsx", "--jurisdiction-code", "320506", "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("domain: 户籍管理");
  });

  it("gives the same bytes for the same input", async () => {
    const cwd = workspace({ "page.html": page });
    await cli(cwd, "page.html", "--jurisdiction-code", "320506", "--out", "a");
    await cli(cwd, "page.html", "--jurisdiction-code", "320506", "--out", "b");
    for (const f of walk(join(cwd, "a"))) expect(readFileSync(join(cwd, "b", f))).toEqual(readFileSync(join(cwd, "a", f)));
    expect(walk(join(cwd, "a"))).toHaveLength(2);
  });

  it("--normalise writes the canonical spellings, as catalog fmt --fix would", async () => {
    const cwd = workspace({ "page.html": page });
    const run = await cli(cwd, "page.html", "--jurisdiction-code", "320506", "--normalise");
    expect(run.code).toBe(0);
    const projects = parse(readFileSync(join(cwd, "catalogs/320506-吴中区/重大建设项目.yaml"), "utf8"));
    expect(projects.items[0].method).toEqual(["主动", "依申请"]);
    expect(projects.items[0].channels).toEqual(["政府网站", "两微一端", "发布会/听证会", "其他：投资项目在线审批监管平台"]);
    const household = parse(readFileSync(join(cwd, "catalogs/320506-吴中区/户籍管理.yaml"), "utf8"));
    expect(household.items[0].channels).toEqual(["政府网站", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"]);
    expect(run.stdout).not.toContain("vocabulary-variant");
  });

  it("--report writes the mapping report as JSON", async () => {
    const cwd = workspace({ "page.html": page });
    const run = await cli(cwd, "page.html", "--jurisdiction-code", "320506", "--report", "report.json");
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(cwd, "report.json"), "utf8"));
    expect(report.version).toBe(1);
    expect(report.files[0].file).toBe("page.html");
    expect(report.files[0].tables.map((t: { output: string; rows: number }) => [t.output, t.rows])).toEqual([
      ["catalogs/320506-吴中区/户籍管理.yaml", 3],
      ["catalogs/320506-吴中区/重大建设项目.yaml", 1],
    ]);
    // 投资项目在线审批监管平台 is a channel the 重大建设项目 guideline prints under 其他: written 其他：…, registered, no guess.
    expect(report.files[0].tables[1].guesses).toEqual([]);
    expect(readFileSync(join(cwd, "catalogs/320506-吴中区/重大建设项目.yaml"), "utf8")).toContain("其他：投资项目在线审批监管平台");
  });

  it("asks for the division code when neither the options, the title nor the path give it", async () => {
    const cwd = workspace({ "page.html": page });
    const run = await cli(cwd, "page.html");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("page.html 表3《苏州市吴中区户籍管理领域基层政务公开标准目录》：无法确定行政区划代码：请用 --jurisdiction-code 指定");
    expect(walk(join(cwd, "catalogs"))).toEqual([]);
  });

  // A community's 村（居）务公开目录 as a CSV: the official columns, the community's own channels.
  const villageCsv = [
    "苏州市吴中区木渎镇香溪社区村（居）务公开目录,,,,,,,,,,",
    "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,备注",
    "1,社会救助,社会救助标准,城乡最低生活保障标准,《社会救助暂行办法》（国务院令第649号）第十一条,信息形成或者变更之日起20个工作日内,苏州市吴中区木渎镇香溪社区居民委员会,村公示栏、村（居）民微信群,全社会,主动,",
    "2,社区事务,居民公约,居民公约全文,《中华人民共和国城市居民委员会组织法》第十五条,制定或者修改之日起10个工作日内,苏州市吴中区木渎镇香溪社区居民委员会,村公示栏,全社会,主动,",
  ].join("\n");

  it("imports a village's or community's table as its village list, beside its township's catalogs", async () => {
    const cwd = workspace({ "香溪社区.csv": villageCsv });
    const run = await cli(cwd, "香溪社区.csv", "--jurisdiction-code", "320506103001");
    expect(run.code).toBe(0);
    expect(walk(join(cwd, "catalogs"))).toEqual(["320506103-木渎镇/香溪社区村务公开.yaml"]);
    const data = parse(readFileSync(join(cwd, "catalogs/320506103-木渎镇/香溪社区村务公开.yaml"), "utf8"));
    expect([data.kind, data.jurisdiction, data.domain]).toEqual(["village-list", { code: "320506103001", name: "苏州市吴中区木渎镇香溪社区", level: "村级" }, "村务公开"]);
    // The guideline's 村公示栏 kept as written; 村（居）民微信群, a channel public documents name, in its canonical 其他：form.
    expect(data.items.map((i: { channels: string[] }) => i.channels)).toEqual([["村公示栏", "其他：村（居）民微信群"], ["村公示栏"]]);
    expect(run.stderr).not.toContain("不是登记的公开渠道");
    // What was written validates with no error or warning (村公示栏 is the guideline's spelling cut short: an info).
    expect(run.stdout).toContain("0 个错误，0 个警告");
  });

  it("takes a village's 12-digit code from its folder's name, and refuses a code of another length", async () => {
    const cwd = workspace({});
    mkdirSync(join(cwd, "320506103001-香溪社区"));
    writeFileSync(join(cwd, "320506103001-香溪社区", "目录.csv"), villageCsv);
    const run = await cli(cwd, "320506103001-香溪社区/目录.csv");
    expect(run.code).toBe(0);
    expect(walk(join(cwd, "catalogs"))).toEqual(["320506103-木渎镇/香溪社区村务公开.yaml"]);
    const bad = await cli(cwd, "320506103001-香溪社区/目录.csv", "--jurisdiction-code", "32050610300");
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("行政区划代码「32050610300」无效：应为6位（县级）、9位（乡级）或12位（村、社区）数字")]);
  });

  const supplementaryRows = [
    "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式",
    "1,机构信息,机构职能,镇人民政府的职能、内设机构及其职责,《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条第（二）项,信息形成或者变更之日起20个工作日内,苏州市吴中区木渎镇人民政府,政府网站,全社会,主动",
  ];

  it("imports a 政府信息主动公开补充目录 as a supplementary catalog: by its title, or when asked with --supplementary", async () => {
    const cwd = workspace({ "补充目录.csv": ["苏州市吴中区木渎镇政府信息主动公开补充目录,,,,,,,,,", ...supplementaryRows].join("\n"), "untitled.csv": supplementaryRows.join("\n") });
    const titled = await cli(cwd, "补充目录.csv", "--jurisdiction-code", "320506103");
    expect(titled.code).toBe(0);
    const untitled = await cli(cwd, "untitled.csv", "--jurisdiction-code", "320506103", "--jurisdiction-name", "苏州市吴中区木渎镇", "--supplementary", "--out", "asked");
    expect(untitled.code).toBe(0);
    for (const file of ["catalogs/320506103-木渎镇/政府信息主动公开补充目录.yaml", "asked/320506103-木渎镇/政府信息主动公开补充目录.yaml"]) {
      const data = parse(readFileSync(join(cwd, file), "utf8"));
      expect([data.kind, data.domain, data.jurisdiction.name, data.items.length]).toEqual(["supplementary", undefined, "苏州市吴中区木渎镇", 1]);
    }
    expect(titled.stdout).toContain("没有发现问题");
    // Without the title's words or the option, the same table is a general catalog.
    const general = await cli(cwd, "untitled.csv", "--jurisdiction-code", "320506103", "--jurisdiction-name", "苏州市吴中区木渎镇", "--domain", "综合", "--out", "plain");
    expect(walk(join(cwd, "plain"))).toEqual(["320506103-木渎镇/综合.yaml"]);
    expect(general.code).toBe(0);
  });

  it("imports a published non-disclosure list (不予公开事项清单) as kind: negative-list, its unnamed columns kept", async () => {
    // The layout of a county's published list: 信息事项类别 | 信息事项内容 | 不予主动公开法律政策依据, one basis cell left empty.
    const list = [
      "苏州市吴中区木渎镇不予公开事项清单,,,",
      "序号,信息事项类别,信息事项内容,不予主动公开法律政策依据",
      "1,涉及国家秘密的政府信息,财务工作中涉及国家秘密的信息,《中华人民共和国政府信息公开条例》第十四条",
      "2,涉及商业秘密、个人隐私的政府信息,内容涉及商业秘密及自然人身份、健康、婚姻、财产状况等个人隐私的信息,《中华人民共和国政府信息公开条例》第十五条",
      "3,内部管理信息和过程性信息,正在调查、讨论、处理过程中的信息,",
    ].join("\n");
    const cwd = workspace({ "负面清单.csv": list });
    const run = await cli(cwd, "负面清单.csv", "--jurisdiction-code", "320506103");
    expect(run.code).toBe(0);
    expect(walk(join(cwd, "catalogs"))).toEqual(["320506103-木渎镇/不予公开事项清单.yaml"]);
    const data = parse(readFileSync(join(cwd, "catalogs/320506103-木渎镇/不予公开事项清单.yaml"), "utf8"));
    expect([data.kind, data.jurisdiction.name, data.items]).toEqual(["negative-list", "苏州市吴中区木渎镇", undefined]);
    expect(data.entries[1]).toEqual({ id: "BYGK-02", name: "内容涉及商业秘密及自然人身份、健康、婚姻、财产状况等个人隐私的信息", basis: ["《中华人民共和国政府信息公开条例》第十五条"], "x-信息事项类别": "涉及商业秘密、个人隐私的政府信息" });
    expect(run.stderr).toContain("→ catalogs/320506103-木渎镇/不予公开事项清单.yaml：导入 3 行");
    expect(run.stderr).toContain("空单元格：basis 1");
    expect(run.stderr).toContain("未能识别的列，保留为 x- 键：信息事项类别");
    expect(run.stdout).toContain("已写入 1 个目录文件（0 个事项，不予公开事项清单 3 条）");
    // The entry without a basis is reported by the check of what was written, at its line.
    expect(run.stdout).toMatch(/不予公开事项清单\.yaml\n\s+\d+:\d+\s+错误.*negative-list-basis-missing/);
  });

  it("says how to convert legacy .doc/.xls and PDF files, and reads an HTML table served as .xls", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const cwd = workspace({ "目录.doc": ole, "目录.pdf": "%PDF-1.4\n", "导出.xls": page });
    const doc = await cli(cwd, "目录.doc", "--jurisdiction-code", "320506");
    expect(doc.code).toBe(2);
    expect(doc.stderr).toContain("✖ 目录.doc：.doc 是旧的二进制格式，不能直接导入。请先用 LibreOffice 转换：soffice --headless --convert-to docx <文件>");
    const pdf = await cli(cwd, "目录.pdf", "--lang", "en");
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("✖ 目录.pdf: tables in a PDF cannot be read reliably");
    const xls = await cli(cwd, "导出.xls", "--jurisdiction-code", "320506");
    expect(xls.code).toBe(0);
    expect(walk(join(cwd, "catalogs"))).toHaveLength(2);
  });
});

/** A minimal .docx around the given document.xml bytes. */
const docx = (documentXml: Uint8Array, level: 0 | 6 = 6) =>
  zipSync({ "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), "word/document.xml": documentXml }, { level });

/** The zip with every declared uncompressed size of `name` rewritten to `size` (a lying zip bomb). */
function lying(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint32(i + 22, true) > 1_000_000) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && view.getUint32(i + 24, true) > 1_000_000) view.setUint32(i + 24, size, true);
  }
  return out;
}

function repeated(text: string, bytes: number): Uint8Array {
  const unit = strToU8(text);
  const out = new Uint8Array(Math.ceil(bytes / unit.length) * unit.length);
  for (let at = 0; at < out.length; at += unit.length) out.set(unit, at);
  return out;
}

describe("hostile files: exit 2, the file named, nothing written", () => {
  const header = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式\n";
  const row = (n: number) => `${n},政策文件,文件${n},内容,《中华人民共和国政府信息公开条例》,20个工作日,某局,政府网站,全社会,主动\n`;
  const cases: [string, () => Uint8Array | string, RegExp][] = [
    ["bomb.docx", () => docx(repeated(" ", 40 * 1024 * 1024)), /bomb\.docx：文件中的 word\/document\.xml 解压后超过上限/],
    ["lying.docx", () => lying(docx(repeated("<w:p/>", 40 * 1024 * 1024)), 4096), /lying\.docx：文件中的 word\/document\.xml 解压后超过上限/],
    ["entities.docx", () => docx(strToU8(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "${"x".repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`)), /entities\.docx：word\/document\.xml 中含有 XML 实体声明/],
    ["sheet.xlsx", () => zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": repeated('<row><c t="inlineStr"><is><t>公开依据</t></is></c></row>', 100 * 1024 * 1024) }, { level: 1 }), /sheet\.xlsx：文件中的 xl\/worksheets\/sheet1\.xml 解压后超过上限/],
    ["rows.csv", () => header + Array.from({ length: 10_000 }, (_, i) => row(i + 1)).join(""), /rows\.csv：表1 超过 5000 行/],
    ["rows.html", () => `<table><tr><td>${header.trim().split(",").join("</td><td>")}</td></tr>${"<tr><td>1</td><td>a</td><td>b</td><td>c</td><td>《条例》</td><td>及时</td><td>某局</td><td>政府网站</td><td>√</td><td>√</td></tr>".repeat(10_000)}</table>`, /rows\.html：表1 超过 5000 行/],
    ["big.csv", () => header + "x".repeat(33 * 1024 * 1024), /big\.csv：文件有 33 MB，超过 32 MB 的上限/],
    ["scripts.html", () => `<html><head><script>document.write("<table><tr><td>公开事项</td><td>公开内容</td><td>公开依据</td><td>公开时限</td><td>公开主体</td></tr></table>")</script></head><body onload="alert(1)"><script src="x.js"></script><p>页面</p></body></html>`, /scripts\.html：文件中没有找到目录表格/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const cwd = workspace({ [name]: make() });
      const run = await cli(cwd, name, "--jurisdiction-code", "320506", "--domain", "社会救助");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal|内部错误|at .*\.js:\d+/);
      expect(walk(join(cwd, "catalogs"))).toEqual([]);
    }, 60_000);
  }

  it("a hostile file beside good ones: the good ones are imported, the hostile one leaves nothing", async () => {
    const cwd = workspace({ "page.html": page });
    mkdirSync(join(cwd, "in"));
    writeFileSync(join(cwd, "in", "a.docx"), await townshipDocx());
    writeFileSync(join(cwd, "in", "b.docx"), docx(repeated(" ", 40 * 1024 * 1024)));
    const run = await cli(cwd, "in", "--jurisdiction-code", "320506103");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("✖ in/b.docx：");
    expect(walk(join(cwd, "catalogs")).sort()).toEqual(["320506103-木渎镇/养老服务.yaml", "320506103-木渎镇/社会救助.yaml"]);
  }, 60_000);
});
