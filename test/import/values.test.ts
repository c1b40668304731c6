/** Cell texts as published tables write them → values (src/import/values.ts) and tables → catalogs (map.ts). */
import { describe, expect, it } from "vitest";
import { mapTables } from "../../src/import/map.js";
import type { RawTable } from "../../src/import/table.js";
import { basisOf, channelsOf, contentOf, tickOf } from "../../src/import/values.js";
import { createRegistries } from "../../src/model/registries.js";

const registries = createRegistries();
const known = (name: string) => registries.channelFor(name);

describe("channels", () => {
  it.each([
    ["■政府网站 □政府公报 ■两微一端", ["政府网站", "两微一端"]],
    ["t政府网站□政府公报\n□两微一端□发布会/听证会\n□公开查阅点t政务服务中心", ["政府网站", "政务服务中心"]],
    ["þ 政府网站 口两微一端", ["政府网站"]],
    ["1.政府网站 2.两微一端", ["政府网站", "两微一端"]],
    ["1.政府网站; 2.其他", ["政府网站", "其他"]],
    ["政府网站、政务服务中心、其他基层公共服务平台", ["政府网站", "政务服务中心", "其他：基层公共服务平台"]],
    ["社区/企事业单位、村公示栏（电子屏）", ["社区/企事业单位、村公示栏（电子屏）"]],
    ["■其他：窗口领取、邮寄送达", ["其他：窗口领取", "其他：邮寄送达"]],
    ["■政务服务中心 ■其他：窗口领取或邮寄送达", ["政务服务中心", "其他：窗口领取或邮寄送达"]],
    ["采用的渠道：政府网站、便民服务站", ["政府网站", "便民服务站"]],
    ["□政府网站 □两微一端", []],
  ])("%s", (text, expected) => {
    expect(channelsOf(text, known).values).toEqual(expected);
  });

  it("reports the Wingdings leftovers and the channels outside the registry", () => {
    expect(channelsOf("t政府网站□政府公报", known).leftovers).toBe(true);
    expect(channelsOf("■政府网站", known).leftovers).toBe(false);
    expect(channelsOf("■投资项目在线审批监管平台", known)).toEqual({ values: ["其他：投资项目在线审批监管平台"], unknown: ["投资项目在线审批监管平台"], leftovers: false });
  });
});

describe("basis", () => {
  it.each([
    ["【法律】《中华人民共和国就业促进法》；【规章】《就业服务与就业管理规定》（人力资源社会保障部令第23号）", ["《中华人民共和国就业促进法》", "《就业服务与就业管理规定》（人力资源社会保障部令第23号）"]],
    ["《中华人民共和国 政府信息公开条例》（国务院令第 711 号）第二十条", ["《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条"]],
    ["《文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见》（文财务发〔2011〕5号）", ["《文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见》（文财务发〔2011〕5号）"]],
    ["《A条例》第三条和《B办法》第五条", ["《A条例》第三条", "《B办法》第五条"]],
    ["《国务院关于印发〈某某规定〉的通知》", ["《国务院关于印发〈某某规定〉的通知》"]],
    ["1.《社会救助暂行办法》\n2.《最低生活保障审核确认办法》", ["《社会救助暂行办法》", "《最低生活保障审核确认办法》"]],
    // A narrow cell wraps a citation's number or article onto the next line: one citation, as printed.
    ["《社会救助暂行办法》\n（国务院令第649号）", ["《社会救助暂行办法》（国务院令第649号）"]],
    ["《农村危房改造脱贫攻坚三年行动方案》\n（建村〔2018〕115号）第三条", ["《农村危房改造脱贫攻坚三年行动方案》（建村〔2018〕115号）第三条"]],
    ["《社会救助暂行办法》\n第十一条", ["《社会救助暂行办法》第十一条"]],
    // A number under a title that has one, or under no title, is an entry of its own.
    ["《社会救助暂行办法》（国务院令第649号）\n（民发〔2021〕57号）", ["《社会救助暂行办法》（国务院令第649号）", "（民发〔2021〕57号）"]],
    ["同上\n（国务院令第649号）", ["同上", "（国务院令第649号）"]],
    ["《A条例》第十条\n第十一条", ["《A条例》第十条", "第十一条"]],
  ])("%s", (text, expected) => {
    expect(basisOf(text)).toEqual(expected);
  });
});

describe("content", () => {
  it.each([
    ["1.受理部门 2.办理条件", ["受理部门", "办理条件"]],
    ["（1）申请条件；（2）申请材料", ["申请条件", "申请材料"]],
    ["①名称②地址", ["名称", "地址"]],
    ["2021.5版办理指南", ["2021.5版办理指南"]],
    ["第一行\n第二行", ["第一行", "第二行"]],
    ["机构名称、地址", ["机构名称、地址"]],
  ])("%s", (text, expected) => {
    expect(contentOf(text)).toEqual(expected);
  });
});

describe("ticks", () => {
  it.each([
    ["√", { on: true }],
    ["✓", { on: true }],
    ["●", { on: true }],
    ["是", { on: true }],
    ["√是", { on: true }],
    ["", { on: false }],
    ["否", { on: false }],
    ["×", { on: true, guess: true }],
    ["低保对象本人", { on: true, detail: "低保对象本人" }],
  ])("%s", (text, expected) => {
    expect(tickOf(text)).toEqual(expected);
  });
});

const grid = (rows: string[][]): RawTable["rows"] => rows.map((r) => r.map((text) => ({ text, spanned: false })));

describe("tables → catalogs", () => {
  it("splits one sheet holding two titled tables into two catalogs, and reads a one-row header", () => {
    const header = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"];
    const row = (name: string) => ["1", "政策文件", name, "内容", "《中华人民共和国政府信息公开条例》（国务院令第711号）", "信息形成或者变更之日起20个工作日内", "某局", "政府网站", "全社会", "主动"];
    const title = (t: string) => Array.from({ length: 10 }, () => t);
    const table: RawTable = {
      label: "工作表「Sheet1」",
      before: ["Sheet1"],
      rows: grid([title("吴中区社会救助领域基层政务公开标准目录"), header, row("救助政策"), title("吴中区养老服务领域基层政务公开标准目录"), header, row("养老政策"), row("养老补贴")]),
    };
    const catalogs = mapTables([table], { registries, path: "目录.xlsx", code: "320506" });
    expect(catalogs.map((c) => [c.domain?.name, c.jurisdiction.name, c.items.map((i) => i.name)])).toEqual([
      ["社会救助", "吴中区", ["救助政策"]],
      ["养老服务", "吴中区", ["养老政策", "养老补贴"]],
    ]);
  });

  it("reads a title naming no domain as a general catalog (综合), and one naming a domain as that domain", () => {
    const rows = grid([["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体"], ["机构职能", "机构设置", "内设机构", "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条", "信息形成或者变更之日起20个工作日内", "苏州市吴中区木渎镇人民政府"]]);
    const general = mapTables([{ label: "表1", before: ["附件", "苏州市吴中区木渎镇基层政务公开标准目录"], rows }], { registries, path: "附件.docx", code: "320506101" });
    expect(general.map((c) => [c.domain?.name, c.jurisdiction.name])).toEqual([["综合", "苏州市吴中区木渎镇"]]);
    const domain = mapTables([{ label: "表1", before: ["苏州市吴中区木渎镇社会救助领域基层政务公开标准目录"], rows }], { registries, path: "附件.docx", code: "320506101" });
    expect(domain.map((c) => c.domain?.name)).toEqual(["社会救助"]);
  });

  it("asks for the domain when neither the title, the file name nor the options name one", () => {
    const table: RawTable = { label: "表1", before: [], rows: grid([["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体"], ["a", "b", "c", "《d》", "e", "f"]]) };
    const [catalog] = mapTables([table], { registries, path: "export.csv", code: "320506", name: "苏州市吴中区" });
    expect(catalog!.report.problem).toEqual({ reason: "noDomain", values: {} });
  });
});
