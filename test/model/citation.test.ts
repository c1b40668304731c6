/**
 * 公开依据 parsing (src/model/citation.ts) on citations as published catalogs write them (test/realworld/,
 * the rule fixtures, and the broken forms docs/format.md lists): the whole parse is compared, so a change
 * to any field of it is seen.
 */
import { describe, expect, it } from "vitest";
import { parseCitationText, parseStructuredCitation, printedCitation, readDocNo } from "../../src/model/citation.js";

describe("parseCitationText", () => {
  it.each([
    ["《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条第（一）项、第二十一条", [{"index": 0, "raw": "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条第（一）项、第二十一条", "structured": false, "title": "中华人民共和国政府信息公开条例", "docNo": "国务院令第711号", "docNoProblems": [], "articles": [{"raw": "第二十条第（一）项", "article": 20, "clause": 1}, {"raw": "第二十一条", "article": 21}], "badArticles": []}]],
    ["《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）第20条", [{"index": 0, "raw": "《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）第20条", "structured": false, "title": "中华人民共和国政府信息公开条例", "docNo": "中华人民共和国国务院令第711号", "docNoProblems": [], "articles": [{"raw": "第20条", "article": 20}], "badArticles": []}]],
    ["《中华人民共和国政府信息公开条例》(国令第711号) 号", [{"index": 0, "raw": "《中华人民共和国政府信息公开条例》(国令第711号) 号", "structured": false, "title": "中华人民共和国政府信息公开条例", "docNo": "国令第711号)号", "docNoProblems": ["stray-suffix"], "docNoSuggestion": "国令第711号", "articles": [], "badArticles": []}]],
    ["《中华人民共和国政府信息公开条例》（国务院令第711）《政府信息公开条例》", [{"index": 0, "raw": "《中华人民共和国政府信息公开条例》（国务院令第711）", "structured": false, "title": "中华人民共和国政府信息公开条例", "docNo": "国务院令第711", "docNoProblems": ["missing-hao"], "docNoSuggestion": "国务院令第711号", "articles": [], "badArticles": []}, {"index": 0, "raw": "《政府信息公开条例》", "structured": false, "title": "政府信息公开条例", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《中华人民共和国就业促进法》（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正）", [{"index": 0, "raw": "《中华人民共和国就业促进法》（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正）", "structured": false, "title": "中华人民共和国就业促进法", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《中华人民共和国老年人权益保障法》、《养老机构管理办法》（民政部令第66号）", [{"index": 0, "raw": "《中华人民共和国老年人权益保障法》", "structured": false, "title": "中华人民共和国老年人权益保障法", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《养老机构管理办法》（民政部令第66号）", "structured": false, "title": "养老机构管理办法", "docNo": "民政部令第66号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《信息公开条例》及相关规定、根据国务院《社会救助暂行办法》、《辽宁省人民政府办公厅关于全面实施临时救助制度的通知》（辽政办发(2014)74号、《关于进一步做好脱贫攻坚期间临时救助工作的通知》辽民发(2018)74号等相关文件", [{"index": 0, "raw": "《信息公开条例》及相关规定、根据国务院", "structured": false, "title": "信息公开条例", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《社会救助暂行办法》", "structured": false, "title": "社会救助暂行办法", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《辽宁省人民政府办公厅关于全面实施临时救助制度的通知》（辽政办发(2014)74号", "structured": false, "title": "辽宁省人民政府办公厅关于全面实施临时救助制度的通知", "docNo": "辽政办发(2014)74号", "docNoProblems": ["unclosed-around"], "docNoSuggestion": "辽政办发(2014)74号", "articles": [], "badArticles": []}, {"index": 0, "raw": "《关于进一步做好脱贫攻坚期间临时救助工作的通知》辽民发(2018)74号等相关文件", "structured": false, "title": "关于进一步做好脱贫攻坚期间临时救助工作的通知", "docNo": "辽民发(2018)74号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["●中华人民共和国政 府信息公开条例（国务院令第711号）第二十条", [{"index": 0, "raw": "●中华人民共和国政 府信息公开条例（国务院令第711号）第二十条", "structured": false, "docNo": "国务院令第711号", "docNoProblems": [], "articles": [{"raw": "第二十条", "article": 20}], "badArticles": [], "untitled": "●中华人民共和国政 府信息公开条例"}]],
    ["《中华人民共和国政府信息公开条例（国务院令第711号）第二十条", [{"index": 0, "raw": "《中华人民共和国政府信息公开条例（国务院令第711号）第二十条", "structured": false, "title": "中华人民共和国政府信息公开条例", "docNo": "国务院令第711号", "docNoProblems": [], "articles": [{"raw": "第二十条", "article": 20}], "badArticles": [], "unclosed": true}]],
    ["《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）《关于推进重大建设项目批准和实施领域政务信息公开的意见》（国办发〔2017〕94号）", [{"index": 0, "raw": "《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）", "structured": false, "title": "关于全面推进政务公开工作的意见", "docNo": "中办发〔2016〕8号", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《关于推进重大建设项目批准和实施领域政务信息公开的意见》（国办发〔2017〕94号）", "structured": false, "title": "关于推进重大建设项目批准和实施领域政务信息公开的意见", "docNo": "国办发〔2017〕94号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《国务院办公厅关于印发〈实施意见〉的通知》（国办发〔201680号）", [{"index": 0, "raw": "《国务院办公厅关于印发〈实施意见〉的通知》（国办发〔201680号）", "structured": false, "title": "国务院办公厅关于印发〈实施意见〉的通知", "docNo": "国办发〔201680号", "docNoProblems": ["unbalanced-brackets"], "docNoSuggestion": "国办发〔2016〕80号", "articles": [], "badArticles": []}]],
    ["《通知》（民发〔2018)23号〕", [{"index": 0, "raw": "《通知》（民发〔2018)23号〕", "structured": false, "title": "通知", "docNo": "民发〔2018)23号〕", "docNoProblems": ["unbalanced-brackets", "stray-suffix"], "docNoSuggestion": "民发〔2018〕23号", "articles": [], "badArticles": []}]],
    ["《通知》（国发〔2014〕25）", [{"index": 0, "raw": "《通知》（国发〔2014〕25）", "structured": false, "title": "通知", "docNo": "国发〔2014〕25", "docNoProblems": ["missing-hao"], "docNoSuggestion": "国发〔2014〕25号", "articles": [], "badArticles": []}]],
    ["《通知》国发〔2014〕 2 5 号", [{"index": 0, "raw": "《通知》国发〔2014〕 2 5 号", "structured": false, "title": "通知", "docNo": "国发〔2014〕25号", "docNoProblems": [], "docNoSpaced": true, "articles": [], "badArticles": []}]],
    ["《通知》（国 办发〔2014〕25号）", [{"index": 0, "raw": "《通知》（国 办发〔2014〕25号）", "structured": false, "title": "通知", "docNo": "国办发〔2014〕25号", "docNoProblems": [], "docNoSpaced": true, "articles": [], "badArticles": []}]],
    ["《通知》（民发〔2021〕57号）第零条", [{"index": 0, "raw": "《通知》（民发〔2021〕57号）第零条", "structured": false, "title": "通知", "docNo": "民发〔2021〕57号", "docNoProblems": [], "articles": [], "badArticles": ["第零条"]}]],
    ["《办法》第三条第二款第（四）项", [{"index": 0, "raw": "《办法》第三条第二款第（四）项", "structured": false, "title": "办法", "docNoProblems": [], "articles": [{"raw": "第三条第二款第（四）项", "article": 3, "paragraph": 2, "clause": 4}], "badArticles": []}]],
    ["《办法》第三条第2项", [{"index": 0, "raw": "《办法》第三条第2项", "structured": false, "title": "办法", "docNoProblems": [], "articles": [{"raw": "第三条第2项", "article": 3, "clause": 2}], "badArticles": []}]],
    ["《通知》国发2014 25号", [{"index": 0, "raw": "《通知》国发2014 25号", "structured": false, "title": "通知", "docNo": "国发201425号", "docNoProblems": ["unbalanced-brackets"], "docNoSpaced": true, "docNoSuggestion": "国发〔2014〕25号", "articles": [], "badArticles": []}]],
    ["《通知》（国发〔14〕25号）", [{"index": 0, "raw": "《通知》（国发〔14〕25号）", "structured": false, "title": "通知", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知》（国发〔2014〕号）", [{"index": 0, "raw": "《通知》（国发〔2014〕号）", "structured": false, "title": "通知", "docNo": "国发〔2014〕号", "docNoProblems": ["missing-serial"], "articles": [], "badArticles": []}]],
    // amendment notes, separators, untitled citations, bracket widths, trailing connectors
    ["《中华人民共和国就业促进法》（根据《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正）、《社会救助暂行办法》", [{"index": 0, "raw": "《中华人民共和国就业促进法》（根据《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正）", "structured": false, "title": "中华人民共和国就业促进法", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《社会救助暂行办法》", "structured": false, "title": "社会救助暂行办法", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《社会救助暂行办法》（国务院令第649号、《特困人员认定办法》", [{"index": 0, "raw": "《社会救助暂行办法》（国务院令第649号", "structured": false, "title": "社会救助暂行办法", "docNo": "国务院令第649号", "docNoProblems": ["unclosed-around"], "docNoSuggestion": "国务院令第649号", "articles": [], "badArticles": []}, {"index": 0, "raw": "《特困人员认定办法》", "structured": false, "title": "特困人员认定办法", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《A》(国发〔2014〕47号)；《B》第三条", [{"index": 0, "raw": "《A》(国发〔2014〕47号)", "structured": false, "title": "A", "docNo": "国发〔2014〕47号", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《B》第三条", "structured": false, "title": "B", "docNoProblems": [], "articles": [{"raw": "第三条", "article": 3}], "badArticles": []}]],
    ["社会救助暂行办法（国务院令第649号）第十一条", [{"index": 0, "raw": "社会救助暂行办法（国务院令第649号）第十一条", "structured": false, "docNo": "国务院令第649号", "docNoProblems": [], "articles": [{"raw": "第十一条", "article": 11}], "badArticles": [], "untitled": "社会救助暂行办法"}]],
    ["  社会救助暂行办法  ", [{"index": 0, "raw": "社会救助暂行办法", "structured": false, "docNoProblems": [], "articles": [], "badArticles": [], "untitled": "社会救助暂行办法"}]],
    ["《通知》（民发〔2021〕57号）第20条第2款", [{"index": 0, "raw": "《通知》（民发〔2021〕57号）第20条第2款", "structured": false, "title": "通知", "docNo": "民发〔2021〕57号", "docNoProblems": [], "articles": [{"raw": "第20条第2款", "article": 20, "paragraph": 2}], "badArticles": []}]],
    ["《通知》(民发〔2021〕57号) 第 二十 条", [{"index": 0, "raw": "《通知》(民发〔2021〕57号) 第 二十 条", "structured": false, "title": "通知", "docNo": "民发〔2021〕57号", "docNoProblems": [], "articles": [{"raw": "第二十条", "article": 20}], "badArticles": []}]],
    ["《通知》民发[2021]57号", [{"index": 0, "raw": "《通知》民发[2021]57号", "structured": false, "title": "通知", "docNo": "民发[2021]57号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知》（民发【2021】57号）", [{"index": 0, "raw": "《通知》（民发【2021】57号）", "structured": false, "title": "通知", "docNo": "民发【2021】57号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知》（民发〔2021〕57）", [{"index": 0, "raw": "《通知》（民发〔2021〕57）", "structured": false, "title": "通知", "docNo": "民发〔2021〕57", "docNoProblems": ["missing-hao"], "docNoSuggestion": "民发〔2021〕57号", "articles": [], "badArticles": []}]],
    ["《通知》（民发〔2021〕57号）（试行）", [{"index": 0, "raw": "《通知》（民发〔2021〕57号）（试行）", "structured": false, "title": "通知", "docNo": "民发〔2021〕57号", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知》、", [{"index": 0, "raw": "《通知》", "structured": false, "title": "通知", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知》及《办法》和《条例》与", [{"index": 0, "raw": "《通知》", "structured": false, "title": "通知", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《办法》", "structured": false, "title": "办法", "docNoProblems": [], "articles": [], "badArticles": []}, {"index": 0, "raw": "《条例》", "structured": false, "title": "条例", "docNoProblems": [], "articles": [], "badArticles": []}]],
    ["《通知（试行", [{"index": 0, "raw": "《通知（试行", "structured": false, "title": "通知", "docNoProblems": [], "articles": [], "badArticles": [], "unclosed": true}]],
    ["《》", [{"index": 0, "raw": "《》", "structured": false, "docNoProblems": [], "articles": [], "badArticles": []}]],
  ])("%s", (text, expected) => {
    expect(parseCitationText(0, text)).toStrictEqual(expected);
  });
});

describe("parseStructuredCitation and printedCitation", () => {
  it.each([
    [{"title": "《特困人员认定办法》", "doc_no": "民发〔2021〕43号", "articles": ["第十条", 11, "十二条", "x"]}, {"index": 1, "raw": "特困人员认定办法", "structured": true, "title": "特困人员认定办法", "docNo": "民发〔2021〕43号", "docNoProblems": [], "articles": [{"raw": "第十条", "article": 10}, {"raw": "11", "article": 11}, {"raw": "十二条", "article": 12}], "badArticles": ["x"]}, "《特困人员认定办法》（民发〔2021〕43号）第十条、第11条、第十二条、第x条"],
    [{"title": "条例", "doc_no": "无文号", "articles": "第零条"}, {"index": 1, "raw": "条例", "structured": true, "title": "条例", "docNo": "无文号", "docNoProblems": ["missing-serial"], "articles": [], "badArticles": ["第零条"]}, "《条例》（无文号）第零条"],
    [{"title": 5, "articles": ["第abc"]}, {"index": 1, "raw": "", "structured": true, "docNoProblems": [], "articles": [], "badArticles": ["第abc"]}, "《》第abc"],
  ])("%j", (source, expected, printed) => {
    const citation = parseStructuredCitation(1, source);
    expect(citation).toStrictEqual(expected);
    expect(printedCitation(citation)).toBe(printed);
  });
});

describe("readDocNo", () => {
  it("reads 令 numbers, with a missing or a stray 号", () => {
    expect(readDocNo("国务院令第711")).toStrictEqual({ text: "国务院令第711", problems: ["missing-hao"], suggestion: "国务院令第711号" });
    expect(readDocNo("国务院令第711号")).toStrictEqual({ text: "国务院令第711号", problems: [] });
    expect(readDocNo("国令第711号）号")).toStrictEqual({ text: "国令第711号）号", problems: ["stray-suffix"], suggestion: "国令第711号" });
    expect(readDocNo("民发〔2021〕57")).toStrictEqual({ text: "民发〔2021〕57", problems: ["missing-hao"], suggestion: "民发〔2021〕57号" });
    expect(readDocNo("无文号")).toBeUndefined();
  });

  it("reads a 文号 printed without its year as incomplete, and leaves orders, announcements and dates alone", () => {
    expect(readDocNo("（渝交计121号）")).toStrictEqual({ text: "渝交计121号", problems: ["missing-year"] });
    expect(readDocNo("（国发47号）")).toStrictEqual({ text: "国发47号", problems: ["missing-year"] });
    expect(readDocNo("（国家税务总局公告2009年第1号）")).toBeUndefined();
    expect(readDocNo("（交通运输部令2018年第4号）")).toBeUndefined();
    expect(readDocNo("（自2019年12月1号起施行）")).toBeUndefined();
    expect(readDocNo("（国务院令711号）")).toBeUndefined();
  });

  it("reads a year that lost a digit inside whole brackets as a 文号 missing its year, and three digits elsewhere as no year", () => {
    expect(readDocNo("（财预[201]143号）")).toStrictEqual({ text: "财预[201]143号", problems: ["missing-year"] });
    expect(readDocNo("财预〔218〕143号")).toStrictEqual({ text: "财预〔218〕143号", problems: ["missing-year"] });
    // Without both brackets, a serial and 号, three digits are no year: the yearless reading, or nothing.
    expect(readDocNo("（国发201号）")).toStrictEqual({ text: "国发201号", problems: ["missing-year"] });
    expect(readDocNo("民发〔201〕号")).toBeUndefined();
    expect(readDocNo("民发〔201 号")).toBeUndefined();
    expect(readDocNo("公告第（123）号")).toBeUndefined();
  });
});
