/**
 * Each container built like a real published table (fixtures.ts, fixtures/saved-page.html), imported,
 * and the catalogs asserted item by item, with the report's judgements.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { importFile, type FileOutcome } from "../../src/import/index.js";
import { createRegistries } from "../../src/model/registries.js";
import { countyXlsx, employmentCsv, townshipDocx } from "./fixtures.js";

const registries = createRegistries();
const here = new URL(".", import.meta.url).pathname;

async function imported(name: string, bytes: Uint8Array, options: { code?: string; name?: string; domain?: string } = {}): Promise<FileOutcome> {
  const dir = mkdtempSync(join(tmpdir(), "catalog-import-"));
  writeFileSync(join(dir, name), bytes);
  const domain = options.domain ? registries.domainByName(options.domain) : undefined;
  return importFile(name, join(dir, name), { registries, out: join(dir, "catalogs"), ...(options.code ? { code: options.code } : {}), ...(options.name ? { name: options.name } : {}), ...(domain ? { domain } : {}) });
}

const catalogs = (outcome: FileOutcome) => outcome.planned.map((p) => parse(p.text) as { jurisdiction: unknown; domain: string; items: Record<string, unknown>[] });

describe("a page saved from a county website (.html)", () => {
  const page = readFileSync(join(here, "fixtures", "saved-page.html"));

  it("finds the two catalog tables among navigation, layout tables and scripts, each under its own title", async () => {
    const outcome = await imported("page.html", page, { code: "320506" });
    expect(outcome.error).toBeUndefined();
    const [household, projects] = catalogs(outcome);
    expect(household!.jurisdiction).toEqual({ code: "320506", name: "苏州市吴中区", level: "县级" });
    expect(household!.domain).toBe("户籍管理");
    expect(household!.items).toEqual([
      {
        id: "HJGL-01-01", category: "户口登记", name: "出生登记", content: ["办理条件", "申请材料", "办理流程"],
        basis: ["《中华人民共和国户口登记条例》第七条", "《公安机关办理户籍业务规定》（公安部令第148号）"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject: "苏州市吴中区公安分局",
        channels: ["政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)"], audience: "全社会", method: "主动", levels: ["县级", "乡、村级"],
      },
      {
        id: "HJGL-01-02", category: "户口登记", name: "迁入登记", content: "办理条件、申请材料、办理时限", basis: ["《中华人民共和国户口登记条例》第十三条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject: "苏州市吴中区公安分局、各镇人民政府", channels: ["政府网站"], audience: "全社会", method: ["主动", "依申请"], levels: ["县级"],
      },
      {
        id: "HJGL-01-03", category: "户口登记", name: "死亡注销", content: "办理条件、申请材料", basis: ["《中华人民共和国户口登记条例》第八条", "《中华人民共和国居民身份证法》"],
        time_limit: "20工作日", subject: "苏州市吴中区公安分局", channels: ["政府网站", "两微一端"], audience: "全社会", method: "主动", levels: ["县级"],
      },
    ]);
    expect(projects!.domain).toBe("重大建设项目");
    expect(projects!.items).toEqual([
      {
        id: "ZDXM-01-01", category: "批准服务信息", name: "办事指南", content: "申报材料清单、批准流程、办理时限",
        basis: ["《中华人民共和国政府信息公开条例》", "《关于推进重大建设项目批准和实施领域政府信息公开的意见》"], time_limit: "实时公开", subject: "相关审批部门",
        channels: ["政府网站", "两微一端", "发布会听证会", "其他：投资项目在线审批监管平台"], audience: "全社会", method: ["主动", "依申请公开"],
      },
    ]);
    const [first, second] = outcome.tables;
    expect(first).toMatchObject({ rows: 3, repeatedHeaders: 2, emptyRows: 1, numbering: ["序号"] });
    expect(first!.guesses.map((g) => [g.row, g.reason])).toEqual([[3, "wingdings"], [4, "wingdings"], [7, "carriedCategory"]]);
    // A channel the guideline prints under 其他 (registered) is written 其他：…, and is no guess: "not a registered channel" would be false.
    expect(second!.guesses).toEqual([]);
  });

  it("reads a page in GB2312 by its meta charset, as older CMSs serve them", async () => {
    const gb = iconv.encode(page.toString("utf8").replace("charset=utf-8", "charset=gb2312"), "gb18030");
    const [household] = catalogs(await imported("page.htm", new Uint8Array(gb), { code: "320506" }));
    expect(household!.items.map((i) => i.name)).toEqual(["出生登记", "迁入登记", "死亡注销"]);
    expect(household!.jurisdiction).toEqual({ code: "320506", name: "苏州市吴中区", level: "县级" });
  });
});

describe("a township's Word attachment (.docx)", () => {
  it("resolves vMerge and gridSpan, reads Wingdings boxes, 三级事项, 备注 and 特定群体（请写明）, and makes a catalog per titled table", async () => {
    const outcome = await imported("附件.docx", await townshipDocx(), { code: "320506103" });
    expect(outcome.error).toBeUndefined();
    const [assistance, elderly] = catalogs(outcome);
    expect(assistance!.jurisdiction).toEqual({ code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" });
    expect(assistance!.domain).toBe("社会救助");
    const subject = "苏州市吴中区木渎镇人民政府";
    expect(assistance!.items).toEqual([
      {
        id: "SJ-01-01", category: "最低生活保障", name: "办事指南", subitem: "申请条件", content: ["申请条件", "申请材料", "办理流程"],
        basis: ["《社会救助暂行办法》（国务院令第649号）第十一条", "《最低生活保障审核确认办法》（民发〔2021〕57号）"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject, channels: ["政府网站", "便民服务站"], audience: "全社会", method: "主动", levels: ["镇级", "村级"],
      },
      {
        id: "SJ-01-02", category: "最低生活保障", name: "审核确认结果", content: "保障对象姓名、保障人数、保障金额",
        basis: ["《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条", "《最低生活保障审核确认办法》（民发〔2021〕57号）第十九条"],
        time_limit: "每月10日前", subject, channels: ["社区/企事业单位/村公示栏（电子屏）"], audience: "特定群体（请写明）", audience_detail: "低保对象本人",
        method: "依申请公开", levels: ["村级"], note: "涉及个人隐私的按规定处理",
      },
      {
        id: "SJ-02-01", category: "临时救助", name: "临时救助对象", content: "救助对象姓名、救助金额", basis: ["《社会救助暂行办法》（国务院令第649号）第四十七条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject, channels: ["政府网站", "便民服务站"], audience: "全社会", method: "主动", levels: ["镇级"],
      },
    ]);
    expect(outcome.tables[0]).toMatchObject({ rows: 3, repeatedHeaders: 2, emptyRows: 1 });
    expect(elderly!.domain).toBe("养老服务");
    // No 公开层级 column: no levels key.
    expect(elderly!.items).toEqual([
      {
        id: "YLFW-01-01", category: "养老服务机构", name: "养老机构名录", content: "机构名称、地址、床位数、联系电话", basis: ["《养老机构管理办法》（民政部令第66号）"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject, channels: ["政府网站", "入户/现场"], audience: "全社会", method: "主动公开",
      },
    ]);
  });
});

describe("a county's workbook (.xlsx)", () => {
  it("resolves merged ranges, reads a tick column per channel (● 是), keeps an unknown column as x- and drops numbering columns", async () => {
    const outcome = await imported("目录.xlsx", await countyXlsx(), { code: "320506" });
    expect(outcome.error).toBeUndefined();
    const [household, insurance] = catalogs(outcome);
    expect(household!.domain).toBe("户籍管理");
    expect(household!.items).toEqual([
      {
        id: "HJGL-01-01", category: "户口登记", name: "出生登记", content: ["办理条件", "申请材料"], basis: ["《中华人民共和国户口登记条例》第七条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject: "苏州市吴中区公安分局", channels: ["政府网站", "政务服务中心"], audience: "全社会", method: "主动",
        levels: ["县级", "乡级"], "x-责任科室": "户政科",
      },
      {
        id: "HJGL-01-02", category: "户口登记", name: "迁入登记", content: "办理条件、申请材料", basis: ["《中华人民共和国户口登记条例》第十三条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject: "苏州市吴中区公安分局", channels: ["政府网站", "两微一端", "公示栏"], audience: "全社会", method: "主动",
        levels: ["县级"], "x-责任科室": "户政科",
      },
    ]);
    expect(outcome.tables[0]).toMatchObject({ extensions: ["责任科室"], numbering: ["一级序号", "二级序号"], guesses: [] });
    expect(insurance!.domain).toBe("社会保险");
    expect(insurance!.items).toEqual([
      {
        id: "SHBX-01-01", category: "参保登记", name: "办事指南", content: "参保条件、所需材料、办理流程", basis: ["《中华人民共和国社会保险法》第五十七条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject: "苏州市吴中区人力资源和社会保障局", channels: ["政府网站", "政务服务中心"], audience: "全社会", method: "主动",
      },
    ]);
    // The instructions sheet has no catalog header: no catalog.
    expect(outcome.planned).toHaveLength(2);
  });
});

describe("a CSV saved by Excel on Chinese Windows (GB18030)", () => {
  it("takes jurisdiction and domain from the options, and reads text columns for 公开对象 and 公开方式", async () => {
    const outcome = await imported("就业.csv", employmentCsv(), { code: "320506", name: "苏州市吴中区", domain: "就业" });
    expect(outcome.error).toBeUndefined();
    const [employment] = catalogs(outcome);
    const subject = "苏州市吴中区人力资源和社会保障局";
    expect(employment!.items).toEqual([
      {
        id: "JY-01-01", category: "就业政策法规", name: "政策文件", content: ["就业创业政策", "政策解读"],
        basis: ["《中华人民共和国就业促进法》", "《就业服务与就业管理规定》（人力资源社会保障部令第23号）"], time_limit: "信息形成或者变更之日起20个工作日内", subject,
        channels: ["政府网站", "政务服务中心", "其他：基层公共服务平台"], audience: "全社会", method: "主动",
      },
      {
        id: "JY-02-01", category: "就业服务", name: "就业困难人员认定", content: "认定条件、申请材料", basis: ["《就业服务与就业管理规定》（人力资源社会保障部令第23号）第四十一条"],
        time_limit: "信息形成或者变更之日起20个工作日内", subject, channels: ["政府网站"], audience: "特定群体", audience_detail: "就业困难人员", method: ["主动", "依申请"], note: "每年更新",
      },
    ]);
    expect(outcome.tables[0]).toMatchObject({ emptyRows: 1, guesses: [{ row: 2, column: "公开渠道", value: "基层公共服务平台", reason: "unknownChannel" }] });
  });
});
