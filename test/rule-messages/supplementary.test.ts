/**
 * The supplementary catalog's rules: the matter duplicated and the standard catalog's item (id, file,
 * line), where the two publish differently, and the provision of the 条例 a catalog leaves uncovered.
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const supplementary = "fail/320506103-木渎镇/政府信息主动公开补充目录.yaml";
const standard = "fail/320506103-木渎镇/财政预决算.yaml";

const township = { code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" };
type Head = Parameters<typeof catalogText>[1];
/** A standard catalog (社会救助) and a supplementary catalog of one jurisdiction. */
const pair = (standardItems: string[], supplementaryItems: string[], head: Head = township) => ({
  "s/社会救助.yaml": catalogText(standardItems, head),
  "s/补充目录.yaml": catalogText(supplementaryItems, head).replace("domain: 社会救助\n", "kind: supplementary\n"),
});

describe("supplementary-duplicate", () => {
  it("names the standard item, its file and line, and what the two publish differently", () => {
    expect(saidOnFixture("supplementary-duplicate")).toStrictEqual([
      [`${supplementary}:13:11`, "error", "duplicate", { matter: "政府预算 › 一般公共预算", other: "政府预算 › 一般公共预算", otherId: "CZ-01-01", file: standard, line: 10 }],
      [
        `${supplementary}:26:11`,
        "error",
        "duplicate-differs",
        { matter: "政府预算 › 政府性基金预算", other: "政府预算 › 政府性基金预算", otherId: "CZ-01-02", file: standard, line: 23, differences: "公开时限「信息形成或者变更之日起20个工作日内」/「本级人民代表大会批准后20日内」" },
      ],
      [`${supplementary}:39:11`, "warning", "similar", { matter: "财政资金 › 一般公共预算决算", other: "政府决算 › 一般公共预算决算", otherId: "CZ-02-01", file: standard, line: 36 }],
      [`${supplementary}:52:11`, "warning", "similar", { matter: "政府决算 › 一般公共预算的决算", other: "政府决算 › 一般公共预算决算", otherId: "CZ-02-01", file: standard, line: 36 }],
    ]);
  });
});

describe("supplementary-duplicate on the items of a township", () => {
  const standardItems = [
    itemText("SJ-01", { category: "最低生活保障", name: "审核信息", time_limit: "信息形成之日起20个工作日内", levels: "[乡级]" }),
    itemText("SJ-02", { category: "特困人员救助供养", name: "特困人员认定条件和程序", levels: "[乡级]" }),
    itemText("SJ-03", { category: "临时救助", name: "政策文件", levels: "[乡级]" }),
    itemText("SJ-04", { category: "最低生活保障", name: "政策文件", levels: "[乡级]" }),
    itemText("SJ-05", { category: "医疗救助", name: "办事指南", subitem: "医疗救助申请指南", levels: "[乡级]", time_limit: "及时公开" }),
  ];
  const supplementaryItems = [
    // same standard of time limit in other words; another method; no document cited by both
    itemText("BC-01", { category: "最低生活保障", name: "审核信息", method: "依申请", basis: "[《最低生活保障审核确认办法》（民发〔2021〕57号）]", time_limit: "自信息形成或变更之日起20个工作日内", levels: "[乡级]" }),
    // a specific name under another 一级事项
    itemText("BC-02", { category: "其他事项", name: "特困人员认定条件和程序", levels: "[乡级]" }),
    // a name too short to say what it is, under two 一级事项 of the standard catalog
    itemText("BC-03", { category: "其他事项", name: "政策文件", levels: "[乡级]" }),
    // 三级事项: compared by it, reported at it
    itemText("BC-04", { category: "医疗救助", name: "办事指南", subitem: "医疗救助申请指南", levels: "[乡级]", time_limit: "及时" }),
    // a near name under the same 一级事项
    itemText("BC-05", { category: "最低生活保障", name: "审核信息公示", levels: "[乡级]" }),
    itemText("BC-06", { category: "临时救助", name: "政策文件", levels: "[乡级]", time_limit: "信息形成之日起10个工作日内" }),
    itemText("BC-07", { category: "临时救助", name: "办事指南", subitem: "医疗救助申请指南", levels: "[乡级]" }),
  ];

  it("tells a duplicate from a similar item, and lists where the two publish differently", () => {
    expect(said("supplementary-duplicate", pair(standardItems, supplementaryItems))).toStrictEqual([
      ["s/补充目录.yaml:10:11", "error", "duplicate-differs", { matter: "最低生活保障 › 审核信息", other: "最低生活保障 › 审核信息", otherId: "SJ-01", file: "s/社会救助.yaml", line: 8, differences: "公开方式「依申请」/「主动」；公开依据（没有共同引用的文件）" }],
      ["s/补充目录.yaml:21:11", "warning", "similar", { matter: "其他事项 › 特困人员认定条件和程序", other: "特困人员救助供养 › 特困人员认定条件和程序", otherId: "SJ-02", file: "s/社会救助.yaml", line: 19 }],
      ["s/补充目录.yaml:52:14", "error", "duplicate-differs", { matter: "医疗救助 › 办事指南 › 医疗救助申请指南", other: "医疗救助 › 办事指南 › 医疗救助申请指南", otherId: "SJ-05", file: "s/社会救助.yaml", line: 52, differences: "公开时限「及时」/「及时公开」" }],
      ["s/补充目录.yaml:55:11", "warning", "similar", { matter: "最低生活保障 › 审核信息公示", other: "最低生活保障 › 审核信息", otherId: "SJ-01", file: "s/社会救助.yaml", line: 8 }],
      ["s/补充目录.yaml:66:11", "error", "duplicate-differs", { matter: "临时救助 › 政策文件", other: "临时救助 › 政策文件", otherId: "SJ-03", file: "s/社会救助.yaml", line: 30, differences: "公开时限「信息形成之日起10个工作日内」/「自信息形成或变更之日起20个工作日内」" }],
      ["s/补充目录.yaml:86:14", "warning", "similar-differs", { matter: "临时救助 › 办事指南 › 医疗救助申请指南", other: "医疗救助 › 办事指南 › 医疗救助申请指南", otherId: "SJ-05", file: "s/社会救助.yaml", line: 52, differences: "公开时限「自信息形成或变更之日起20个工作日内」/「及时公开」" }],
    ]);
  });
});

describe("supplementary-duplicate: what counts as publishing differently", () => {
  /** One 最低生活保障 › 审核信息 in each catalog, the standard one with fields `a`, the supplementary one with `b`: [message, other id, differences]. */
  const compared = (a: Record<string, string>, b: Record<string, string>) => {
    const standardItem = itemText("SJ-01", { category: "最低生活保障", name: "审核信息", levels: "[乡级]", ...a });
    const supplementaryItem = itemText("BC-01", { category: "最低生活保障", name: "审核信息", levels: "[乡级]", ...b });
    return said("supplementary-duplicate", pair([standardItem], [supplementaryItem])).map(([, , id, data]) => [id, data.otherId, data.differences]);
  };
  const same = [["duplicate", "SJ-01", undefined]];

  it("compares time limits by their periods, standing and periodic forms, else by their words", () => {
    // publicity periods are no deadline: the words decide
    expect(compared({ time_limit: "公示30日" }, { time_limit: "公示7个工作日" })).toStrictEqual([["duplicate-differs", "SJ-01", "公开时限「公示7个工作日」/「公示30日」"]]);
    // the same periods in another order
    expect(compared({ time_limit: "信息形成之日起10个工作日内，批准后20日内" }, { time_limit: "批准后20日内，信息形成之日起10个工作日内" })).toStrictEqual(same);
    expect(compared({ time_limit: "实时" }, { time_limit: "长期公开" })).toStrictEqual([["duplicate-differs", "SJ-01", "公开时限「长期公开」/「实时」"]]);
    expect(compared({ time_limit: "实时" }, { time_limit: "长期公开（动态调整）" })).toStrictEqual([["duplicate-differs", "SJ-01", "公开时限「长期公开（动态调整）」/「实时」"]]);
    expect(compared({ time_limit: "实时" }, { time_limit: "实时更新" })).toStrictEqual(same);
    expect(compared({ time_limit: "每季度" }, { time_limit: "每年" })).toStrictEqual([["duplicate-differs", "SJ-01", "公开时限「每年」/「每季度」"]]);
    // an item without a time limit differs in nothing there
    expect(compared({ time_limit: "信息形成之日起20个工作日内" }, { time_limit: '""' })).toStrictEqual(same);
  });

  it("compares methods as a set of canonical values, and bases by the documents they share", () => {
    expect(compared({ method: "[依申请, 主动]" }, { method: "[主动, 依申请]" })).toStrictEqual(same);
    expect(compared({ method: "[主动]" }, { method: "[主动公开]" })).toStrictEqual(same);
    expect(compared({ method: "[主动]" }, { method: "[主动, 依申请]" })).toStrictEqual([["duplicate-differs", "SJ-01", "公开方式「主动、依申请」/「主动」"]]);
    expect(compared({ method: "[主动]" }, { method: "[]" })).toStrictEqual(same);
    expect(compared({}, { basis: "[]" })).toStrictEqual(same);
    expect(compared({}, { basis: "[《社会救助暂行办法》（国务院令第649号）, 《最低生活保障审核确认办法》（民发〔2021〕57号）]" })).toStrictEqual(same);
    // a citation without a title names no document to compare
    expect(compared({}, { basis: "[相关法律法规]" })).toStrictEqual(same);
  });

  it("shows a dash for a standard item without an id", () => {
    expect(compared({ id: '""' }, {})).toStrictEqual([["duplicate", "—", undefined]]);
  });

  it("matches by the most specific name, and across 一级事项 only a long name the standard catalogs file under one", () => {
    const standardItems = [
      itemText("SJ-01", { category: "医疗救助", name: "办事指南", subitem: "医疗救助申请指南", levels: "[乡级]" }),
      itemText("SJ-02", { category: "特困人员救助供养", name: "特困人员认定", levels: "[乡级]" }),
      itemText("SJ-03", { category: "最低生活保障", name: "申请审批流程说明", levels: "[乡级]" }),
      itemText("SJ-04", { category: "临时救助", name: "申请审批流程说明", levels: "[乡级]" }),
      itemText("SJ-05", { category: "受灾人员救助", name: '""', levels: "[乡级]" }),
    ];
    const supplementaryItems = [
      // the same 二级事项, another 三级事项
      itemText("BC-01", { category: "医疗救助", name: "办事指南", subitem: "大病保险说明", levels: "[乡级]" }),
      // the same 三级事项 under another 二级事项: similar, not the same
      itemText("BC-02", { category: "医疗救助", name: "申请须知", subitem: "医疗救助申请指南", levels: "[乡级]" }),
      // six characters are specific enough
      itemText("BC-03", { category: "其他事项", name: "特困人员认定", levels: "[乡级]" }),
      // filed under two 一级事项 of the standard catalogs: which one is meant is unknown
      itemText("BC-04", { category: "其他事项", name: "申请审批流程说明", levels: "[乡级]" }),
      // nameless items match nothing
      itemText("BC-05", { category: "受灾人员救助", name: '""', levels: "[乡级]" }),
    ];
    expect(said("supplementary-duplicate", pair(standardItems, supplementaryItems)).map(([at, , id, data]) => [at, id, data.matter, data.other])).toStrictEqual([
      ["s/补充目录.yaml:31:14", "similar", "医疗救助 › 申请须知 › 医疗救助申请指南", "医疗救助 › 办事指南 › 医疗救助申请指南"],
      ["s/补充目录.yaml:34:11", "similar", "其他事项 › 特困人员认定", "特困人员救助供养 › 特困人员认定"],
    ]);
  });
});

describe("supplementary-gap", () => {
  const standardItems = [itemText("SJ-01", { category: "最低生活保障", name: "审核信息" })];
  // 宅基地 in a name, 统计 in a name, 预算 in a 三级事项
  const supplementaryItems = [itemText("BC-01", { category: "宅基地管理", name: "宅基地使用审批结果" }), itemText("BC-02", { category: "统计信息", name: "统计公报", subitem: "年度财政预算执行情况" })];
  const provisions = (files: Record<string, string>, partial = false) => said("supplementary-gap", files, { partial }).map(([, , , data]) => [data.provision, data.text]);

  it("lists what a township's catalogs leave out, its domains and item names counted as covering", () => {
    expect(provisions(pair(standardItems, supplementaryItems))).toStrictEqual([
      ["第二十条第（一）项", "行政法规、规章和规范性文件"],
      ["第二十条第（二）项", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"],
      ["第二十条第（三）项", "国民经济和社会发展规划、专项规划、区域规划及相关政策"],
      ["第二十条第（六）项", "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"],
      ["第二十条第（九）项", "政府集中采购项目的目录、标准及实施情况"],
      ["第二十条第（十）项", "重大建设项目的批准和实施情况"],
      ["第二十条第（十二）项", "突发公共事件的应急预案、预警信息及应对情况"],
      ["第二十条第（十三）项", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"],
      ["第二十一条", "土地征收"],
      ["第二十一条", "房屋征收"],
      ["第二十一条", "贯彻落实农业农村政策"],
      ["第二十一条", "农田水利工程建设运营"],
      ["第二十一条", "农村土地承包经营权流转"],
      ["第二十一条", "筹资筹劳"],
    ]);
  });

  it("lists a county's own obligations", () => {
    expect(provisions(pair(standardItems, supplementaryItems, {}))).toStrictEqual([
      ["第二十条第（一）项", "行政法规、规章和规范性文件"],
      ["第二十条第（二）项", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"],
      ["第二十条第（三）项", "国民经济和社会发展规划、专项规划、区域规划及相关政策"],
      ["第二十条第（六）项", "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"],
      ["第二十条第（八）项", "行政事业性收费项目及其依据、标准"],
      ["第二十条第（九）项", "政府集中采购项目的目录、标准及实施情况"],
      ["第二十条第（十）项", "重大建设项目的批准和实施情况"],
      ["第二十条第（十二）项", "突发公共事件的应急预案、预警信息及应对情况"],
      ["第二十条第（十三）项", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"],
      ["第二十条第（十四）项", "公务员招考的职位、名额、报考条件等事项以及录用结果"],
      ["第二十一条", "市政建设"],
      ["第二十一条", "公共服务"],
      ["第二十一条", "公益事业"],
      ["第二十一条", "土地征收"],
      ["第二十一条", "房屋征收"],
      ["第二十一条", "治安管理"],
    ]);
  });

  it("reads the standard catalogs' domains by their registered names, and an item's 一级事项 and names apart", () => {
    const texts = (domain: string, supplementaryItem = itemText("BC-01", { levels: "[乡级]" })) =>
      said("supplementary-gap", {
        "s/a.yaml": catalogText([itemText("SJ-01", { levels: "[乡级]" })], { ...township, domain }),
        "s/补充目录.yaml": catalogText([supplementaryItem], township).replace("domain: 社会救助\n", "kind: supplementary\n"),
      }).map(([, , , data]) => data.text);
    const inspections = "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况";
    // 环保 is a variant of 生态环境, whose catalog covers the inspections of 第二十条第（十三）项
    expect(texts("环保")).toStrictEqual(texts("生态环境"));
    expect(texts("环保")).not.toContain(inspections);
    expect(texts("未登记领域")).toContain(inspections);
    // 集体土地 › 征收补偿标准 does not say 土地征收
    expect(texts("生态环境", itemText("BC-01", { category: "集体土地", name: "征收补偿标准", levels: "[乡级]" }))).toContain("土地征收");
    expect(texts("生态环境", itemText("BC-01", { category: "集体土地", name: "土地征收补偿标准", levels: "[乡级]" }))).not.toContain("土地征收");
  });

  it("keeps silent when only some files were named, or when the catalog's level cannot be trusted", () => {
    expect(provisions(pair(standardItems, supplementaryItems), true)).toStrictEqual([]);
    expect(provisions(pair(standardItems, supplementaryItems, { ...township, code: "320506" }))).toStrictEqual([]);
  });

  it("cites the provision, its text and the words looked for", () => {
    expect(saidOnFixture("supplementary-gap")).toStrictEqual([
      [`${supplementary}:15:1`, "info", "uncovered", { provision: "第二十条第（十三）项", text: "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", keywords: "环境保护”“生态环境”“公共卫生" }],
      [`${supplementary}:15:1`, "info", "uncovered", { provision: "第二十一条", text: "宅基地使用情况审核", keywords: "宅基地" }],
    ]);
  });
});
