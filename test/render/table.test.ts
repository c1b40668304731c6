/** The shared table model: grouping, numbering, canonical values, the channel checklist, cleaning. */
import { describe, expect, it } from "vitest";
import { catalogTable, checklistLines, clean, cleanLines, leafColumns, rowsOf } from "../../src/render/table.js";
import { checkTexts, registries } from "../helpers/check.js";

const channelNames = registries.channels.map((c) => c.name);

const source = `format: 1
jurisdiction: { code: "320506", name: 苏州市吴中区, level: 县级 }
domain: 社会救助
items:
  - { id: A-1, category: 综合业务, name: 政策文件, content: [甲, 乙], basis: [《社会救助暂行办法》（国务院令第649号）第十条],
      time_limit: 制定或获取信息之日起10个工作日内, subject: 民政局, channels: [政府网站, 政府服务中心, "其他：窗口领取"],
      audience: 特定群众, method: 依申请公开, levels: [县级, 镇级], note: 仅供示例 }
  - { id: A-2, category: 最低生活保障, name: 审核信息, content: 丙, basis: [{ title: 中华人民共和国政府信息公开条例, doc_no: 国务院令第711号, articles: [二十, 21] }],
      time_limit: 实时, subject: 民政局, channels: [政府网站], audience: 全社会, method: 主动, levels: 县级 }
  - { id: A-3, category: 综合业务, name: 政策文件, content: 丁, basis: [《社会救助暂行办法》], time_limit: 实时, subject: 民政局,
      channels: [入户/现场], audience: [全社会, 特定群体], method: [主动, 依申请], levels: [县级, 乡级] }
  - { id: A-4, category: 综合业务, name: 监督检查, content: 戊, basis: [《社会救助暂行办法》], time_limit: 实时, subject: 民政局,
      channels: [政府网站], audience: 全社会, method: 主动, levels: 县级 }
`;

const catalog = checkTexts({ "catalogs/c.yaml": source }).catalogs[0]!;

describe("catalogTable", () => {
  const table = catalogTable(catalog, { channels: "checklist", channelNames });

  it("titles the table as the guidelines do", () => {
    expect(table.title).toBe("苏州市吴中区社会救助领域基层政务公开标准目录");
    expect(table.rowCount).toBe(4);
  });

  it("groups rows under their 一级事项 in order of first appearance and numbers them in display order", () => {
    expect(table.groups.map((g) => [g.category, g.rowCount])).toEqual([
      ["综合业务", 3],
      ["最低生活保障", 1],
    ]);
    expect(rowsOf(table).map((r) => [r.seq, r.id])).toEqual([
      [1, "A-1"],
      [2, "A-3"],
      [3, "A-4"],
      [4, "A-2"],
    ]);
  });

  it("merges consecutive rows with the same 二级事项", () => {
    expect(table.groups[0]!.names.map((n) => [n.name, n.rows.map((r) => r.id)])).toEqual([
      ["政策文件", ["A-1", "A-3"]],
      ["监督检查", ["A-4"]],
    ]);
  });

  it("ticks canonical values, whatever the spelling in the source", () => {
    const [a1, a3] = rowsOf(table);
    expect(a1!.ticks).toEqual({ all: false, specific: true, active: false, onRequest: true, county: true, township: true, village: false });
    expect(a3!.ticks).toEqual({ all: true, specific: true, active: true, onRequest: true, county: true, township: true, village: false });
  });

  it("lists the 13 channels in registry order, marking the used ones and keeping 其他's description", () => {
    const a1 = rowsOf(table)[0]!;
    expect(a1.channels.map((m) => m.name)).toEqual(channelNames);
    expect(a1.channels.filter((m) => m.on).map((m) => m.name)).toEqual(["政府网站", "政务服务中心", "其他"]);
    expect(a1.usedChannels).toEqual(["政府网站", "政务服务中心", "其他：窗口领取"]);
    expect(checklistLines(a1.channels)).toEqual([
      "■政府网站 □政府公报",
      "□两微一端 □发布会/听证会",
      "□广播电视 □纸质媒体",
      "□公开查阅点 ■政务服务中心",
      "□便民服务站 □入户/现场",
      "□社区/企事业单位/村公示栏（电子屏）",
      "□精准推送 ■其他：窗口领取",
    ]);
  });

  it("prints only the used channels when asked", () => {
    const used = catalogTable(catalog, { channels: "used", channelNames });
    expect(rowsOf(used)[0]!.channels.map((m) => m.name)).toEqual(["政府网站", "政务服务中心", "其他"]);
  });

  it("prints citations as written, and structured ones in the customary form", () => {
    const rows = rowsOf(table);
    expect(rows[0]!.basis).toEqual(["《社会救助暂行办法》（国务院令第649号）第十条"]);
    expect(rows[3]!.basis).toEqual(["《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条、第21条"]);
  });

  it("adds the 备注 column only when a row has a note", () => {
    expect(table.withNote).toBe(true);
    const noNotes = checkTexts({ "c.yaml": source.replace(", note: 仅供示例", "") }).catalogs[0]!;
    expect(catalogTable(noNotes, { channels: "checklist", channelNames }).withNote).toBe(false);
  });
});

describe("the columns only some catalogs fill", () => {
  const official = ["seq", "category", "name", "content", "basis", "timeLimit", "subject", "channels", "all", "specific", "active", "onRequest", "county", "township", "note"];

  it("prints the official columns for a catalog using none of 三级事项, 群体说明 and 村级", () => {
    expect(leafColumns(catalogTable(catalog, { channels: "checklist", channelNames })).map((c) => c.key)).toEqual(official);
  });

  it("adds 三级事项, 群体说明 and 村级 where they belong when a row fills them, and reads 乡、村级 as two ticks", () => {
    const extended = source
      .replace("name: 审核信息,", "name: 审核信息, subitem: 审核结果公示,")
      .replace("audience: [全社会, 特定群体],", "audience: [全社会, 特定群体], audience_detail: 申请人,")
      .replace("levels: [县级, 乡级] }", "levels: [县级, 乡、村级] }");
    const table = catalogTable(checkTexts({ "catalogs/c.yaml": extended }).catalogs[0]!, { channels: "checklist", channelNames });
    const columns = leafColumns(table);
    expect(columns.map((c) => c.key)).toEqual(["seq", "category", "name", "subitem", "content", "basis", "timeLimit", "subject", "channels", "all", "specific", "audienceDetail", "active", "onRequest", "county", "township", "village", "note"]);
    expect(columns.filter((c) => ["subitem", "audienceDetail", "village"].includes(c.key)).map((c) => `${c.group}·${c.label}`)).toEqual(["公开事项·三级事项", "公开对象·群体说明", "公开层级·村级"]);
    const rows = new Map(rowsOf(table).map((r) => [r.id, r]));
    expect([rows.get("A-2")!.subitem, rows.get("A-1")!.subitem]).toEqual(["审核结果公示", ""]);
    expect(rows.get("A-3")!.audienceDetail).toBe("申请人");
    expect(rows.get("A-3")!.ticks).toMatchObject({ county: true, township: true, village: true });
  });

  it("titles a general catalog (综合) as the government's whole catalog, keeping the name a catalog uses", () => {
    const general = checkTexts({ "catalogs/c.yaml": source.replace("domain: 社会救助", "domain: 政务公开标准目录") }).catalogs[0]!;
    expect(catalogTable(general, { channels: "used", channelNames, general: true }).title).toBe("苏州市吴中区基层政务公开标准目录");
    const alias = checkTexts({ "catalogs/c.yaml": source.replace("domain: 社会救助", "domain: 环境保护") }).catalogs[0]!;
    expect(catalogTable(alias, { channels: "used", channelNames }).title).toBe("苏州市吴中区环境保护领域基层政务公开标准目录");
  });
});

describe("clean", () => {
  it("drops control characters and noncharacters, and folds line breaks in one-line fields", () => {
    expect(clean("甲\u0000乙\u0007丙\u001b丁\ufffe")).toBe("甲乙丙丁");
    expect(clean("  第一行\r\n  第二行\t末尾 ")).toBe("第一行 第二行 末尾");
    expect(cleanLines("一\n\n二\r\n三\u2028四\u0000")).toEqual(["一", "二", "三", "四"]);
  });
});
