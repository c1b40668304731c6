/**
 * The 公开依据 rules' messages: which message each rule picks for a citation, the data it fills in (the
 * law as the registry names it, the repaired document number, the replacement) and where the finding
 * lands: the basis entry (13:7) or, for a structured citation, its title, doc_no or articles key. The
 * citations are forms published catalogs use (domain.md §6–§7). The fixture tests under test/rules/ check
 * where findings land among other rules; these check what each says.
 */
import { describe, expect, it } from "vitest";
import { createRegistries, type LawEntry } from "../../src/model/registries.js";
import { basisCatalog, saidBy, saidOfBasis } from "../helpers/said.js";

const ogi = "《中华人民共和国政府信息公开条例》（国务院令第711号）";

describe("basis-repealed", () => {
  const said = (entry: string) => saidOfBasis("basis-repealed", [entry]);

  it("names the date and the law in force that replaced the one cited", () => {
    expect(said("《中华人民共和国环境噪声污染防治法》")).toStrictEqual([
      ["repealed", { law: "《中华人民共和国环境噪声污染防治法》", status: "已废止", date: "2022-06-05", replacement: "《中华人民共和国噪声污染防治法》" }, "a.yaml:13:7"],
    ]);
    expect(said("《中华人民共和国政府信息公开条例》（国务院令第492号）")).toStrictEqual([
      ["revised", { law: "《中华人民共和国政府信息公开条例》（国务院令第492号）", status: "已修订", date: "2019-05-15", replacement: ogi }, "a.yaml:13:7"],
    ]);
  });

  it("follows a chain of replacements to the version in force (2018 → 2021 → 2024)", () => {
    expect(said("《2018-2020年农机购置补贴实施指导意见》")).toStrictEqual([
      ["expired", { law: "《2018—2020年农机购置补贴实施指导意见》", status: "已失效", date: "2021-01-01", replacement: "《2024—2026年农机购置与应用补贴实施意见》" }, "a.yaml:13:7"],
    ]);
  });

  it("points at the document number of a structured citation, else at its title", () => {
    expect(said("{ title: 特困人员认定办法, doc_no: 民发〔2016〕178号 }")).toStrictEqual([
      ["repealed", { law: "《特困人员认定办法》（民发〔2016〕178号）", status: "已废止", date: "2021-07-01", replacement: "《特困人员认定办法》（民发〔2021〕43号）" }, "a.yaml:13:34"],
    ]);
    expect(said("{ title: 中华人民共和国收养法, articles: [十六] }").map((s) => s[2])).toStrictEqual(["a.yaml:13:16"]);
  });

  it("reads a slip of a repealed title as that law", () => {
    expect(said("《城市房屋拆迁管理条列》")).toStrictEqual([
      [
        "misnamed",
        { title: "城市房屋拆迁管理条列", law: "《城市房屋拆迁管理条例》（国务院令第305号）", status: "已废止", when: ", 2011-01-21", replacement: "《国有土地上房屋征收与补偿条例》（国务院令第590号）" },
        "a.yaml:13:7",
      ],
    ]);
  });

  it("points at a structured citation's title when it is misnamed", () => {
    expect(said("{ title: 城市房屋拆迁管理条列 }").map((s) => [s[0], s[2]])).toStrictEqual([["misnamed", "a.yaml:13:16"]]);
  });

  it("reads a title shared by versions in and out of force as the one in force", () => {
    expect(said("《特困人员认定办法》")).toStrictEqual([]);
    expect(said("《养老机构管理办法》（民政部令第66号）")).toStrictEqual([]);
    expect(said(ogi)).toStrictEqual([]);
  });

  it("says nothing of placeholders, or of titles the registry does not know", () => {
    expect(said("同上")).toStrictEqual([]);
    expect(said("《江苏省社会救助办法》")).toStrictEqual([]);
  });

  describe("with a project's own laws (catalog.config.yaml laws:)", () => {
    const law = (id: string, fields: Partial<LawEntry>): LawEntry => ({ id, title: `${id}办法`, kind: "规范性文件", status: "现行有效", ...fields });
    const registries = createRegistries({
      laws: [
        law("甲市低保", { doc_no: "甲政发〔2015〕1号", status: "已废止", replaced_on: "2020-01-01" }),
        law("甲市临时救助", { status: "已失效", replaced_on: "2019-03-01" }),
        law("甲市特困", { status: "已修订", replaced_on: "2018-05-01" }),
        law("甲市医疗救助", { status: "已废止" }),
        law("甲市救助新", {}),
        law("甲市救助旧", { status: "已废止", replaced_by: "甲市救助新" }),
        law("甲市住房", { status: "已废止", replaced_by: "甲市住房中", replaced_on: "2016-01-01" }),
        law("甲市住房中", { status: "已废止", replaced_by: "甲市住房", replaced_on: "2017-01-01" }),
        law("甲市教育救助条例", { status: "已废止", replaced_on: "2021-02-03" }),
        law("甲市就业援助", { status: "已废止", replaced_by: "甲市就业援助中" }),
        law("甲市就业援助中", { status: "现行有效", replaced_by: "甲市就业援助新" }),
        law("甲市就业援助新", {}),
      ],
    });
    const local = (entry: string) => saidBy("basis-repealed", basisCatalog([entry]), { registries });

    it("asks to remove or replace a law with no successor in force, by how it ended", () => {
      expect(local("《甲市低保办法》（甲政发〔2015〕1号）")).toStrictEqual([["repealedNoReplacement", { law: "《甲市低保办法》（甲政发〔2015〕1号）", status: "已废止", date: "2020-01-01" }, "a.yaml:13:7"]]);
      expect(local("《甲市临时救助办法》")).toStrictEqual([["expiredNoReplacement", { law: "《甲市临时救助办法》", status: "已失效", date: "2019-03-01" }, "a.yaml:13:7"]]);
      expect(local("《甲市特困办法》")).toStrictEqual([["revisedNoReplacement", { law: "《甲市特困办法》", status: "已修订", date: "2018-05-01" }, "a.yaml:13:7"]]);
      // a replacement chain that loops back never reaches a law in force
      expect(local("《甲市住房办法》").map((s) => s[0])).toStrictEqual(["repealedNoReplacement"]);
    });

    it("quotes the registry's status when it has no date", () => {
      expect(local("《甲市医疗救助办法》")).toStrictEqual([["undatedNoReplacement", { law: "《甲市医疗救助办法》", status: "已废止" }, "a.yaml:13:7"]]);
      expect(local("《甲市救助旧办法》")).toStrictEqual([["undated", { law: "《甲市救助旧办法》", status: "已废止", replacement: "《甲市救助新办法》" }, "a.yaml:13:7"]]);
    });

    it("names a misnamed law's status without a date or successor when the registry has none", () => {
      expect(local("《甲市教育救助条列办法》")).toStrictEqual([
        ["misnamedNoReplacement", { title: "甲市教育救助条列办法", law: "《甲市教育救助条例办法》", status: "已废止", when: ", 2021-02-03" }, "a.yaml:13:7"],
      ]);
      expect(local("《甲市医疗救助办发》")).toStrictEqual([["misnamedNoReplacement", { title: "甲市医疗救助办发", law: "《甲市医疗救助办法》", status: "已废止", when: "" }, "a.yaml:13:7"]]);
    });

    it("stops at the first law in force along the chain", () => {
      expect(local("《甲市就业援助办法》").map((s) => s[1].replacement)).toStrictEqual(["《甲市就业援助中办法》"]);
    });
  });
});

describe("basis-unknown-law", () => {
  const said = (entry: string) => saidOfBasis("basis-unknown-law", [entry]);

  it("names the registered title that a document number belongs to", () => {
    expect(said("《中华人民共和国政府信息公开条件》（国务院令第711号）第二十条")).toStrictEqual([
      ["docNoMatch", { title: "中华人民共和国政府信息公开条件", docNo: "国务院令第711号", suggestion: ogi }, "a.yaml:13:7"],
    ]);
    expect(said("《社会救助办法》（国务院令第649号）")).toStrictEqual([
      ["docNoMatch", { title: "社会救助办法", docNo: "国务院令第649号", suggestion: "《社会救助暂行办法》（国务院令第649号）" }, "a.yaml:13:7"],
    ]);
  });

  it("suggests the registered title a quoted one slips from, or that contains a truncated one", () => {
    expect(said("《中华人民共和国政府信息公开条件》")).toStrictEqual([["suggest", { title: "中华人民共和国政府信息公开条件", suggestion: ogi }, "a.yaml:13:7"]]);
    expect(said("《最低生活保障审核确认》")).toStrictEqual([["suggest", { title: "最低生活保障审核确认", suggestion: "《最低生活保障审核确认办法》（民发〔2021〕57号）" }, "a.yaml:13:7"]]);
  });

  it("asks for 《》 around a name without them: a registered one, a slip of one, an unknown one", () => {
    expect(said("社会救助暂行办法（国务院令第649号）")).toStrictEqual([["unquoted", { text: "社会救助暂行办法" }, "a.yaml:13:7"]]);
    expect(said("中华人民共和国政府信息公开条理（国务院令第711号）")).toStrictEqual([["untitledSuggest", { text: "中华人民共和国政府信息公开条理", suggestion: ogi }, "a.yaml:13:7"]]);
    expect(said("江苏省社会救助办法")).toStrictEqual([["untitledUnknown", { text: "江苏省社会救助办法" }, "a.yaml:13:7"]]);
  });

  it("names the document a bare registered number stands for, and says only what it knows of an unregistered one", () => {
    // 民发〔2021〕57号 is registered: "not in the registry" would be false.
    expect(said("民发〔2021〕57号")).toStrictEqual([["numberOnly", { text: "民发〔2021〕57号", suggestion: "《最低生活保障审核确认办法》（民发〔2021〕57号）" }, "a.yaml:13:7"]]);
    expect(said("民发〔2099〕1号")).toStrictEqual([["untitledUnknown", { text: "民发〔2099〕1号" }, "a.yaml:13:7"]]);
    // In brackets alike; an unregistered number alone in brackets is left alone (it may be a title's, wrapped).
    expect(said("（民发〔2021〕57号）")).toStrictEqual([["numberOnly", { text: "民发〔2021〕57号", suggestion: "《最低生活保障审核确认办法》（民发〔2021〕57号）" }, "a.yaml:13:7"]]);
    expect(said("（民发〔2099〕1号）")).toStrictEqual([]);
    // An empty 《》 before a registered number is no title either.
    expect(said("《》（民发〔2021〕57号）")).toStrictEqual([["numberOnly", { text: "民发〔2021〕57号", suggestion: "《最低生活保障审核确认办法》（民发〔2021〕57号）" }, "a.yaml:13:7"]]);
    // A placeholder with a number after it is basis-placeholder's.
    expect(said("同上（民发〔2021〕57号）")).toStrictEqual([]);
  });

  it("closes an unclosed 《", () => {
    expect(said("《社会救助暂行办法（国务院令第649号）")).toStrictEqual([["unclosed", { text: "《社会救助暂行办法（国务院令第649号）", title: "社会救助暂行办法" }, "a.yaml:13:7"]]);
  });

  it("leaves registered titles, unknown quoted titles, repealed slips and placeholders to others", () => {
    expect(said(ogi)).toStrictEqual([]);
    expect(said("《江苏省社会救助办法》")).toStrictEqual([]);
    expect(said("《城市房屋拆迁管理条列》")).toStrictEqual([]);
    expect(said("城市房屋拆迁管理条列")).toStrictEqual([]);
    expect(said("同上")).toStrictEqual([]);
  });

  it("points at a structured citation's title", () => {
    expect(said("{ title: 中华人民共和国政府信息公开条件, articles: [二十] }").map((s) => s[2])).toStrictEqual(["a.yaml:13:16"]);
  });
});

describe("basis-unregistered", () => {
  const said = (entries: string[]) => saidOfBasis("basis-unregistered", entries);

  it("says once per run that an unknown title cannot be checked, with how to register it", () => {
    expect(said(["《苏州市最低生活保障家庭经济状况核对办法》"])).toStrictEqual([
      ["unregistered", { title: "苏州市最低生活保障家庭经济状况核对办法", places: 1 }, "a.yaml:13:7"],
    ]);
    expect(said(["《江苏省社会救助办法》（江苏省人民政府令第99号）", "{ title: 江苏省社会救助办法, doc_no: 江苏省人民政府令第99号 }"])).toStrictEqual([
      ["unregisteredNumbered", { title: "江苏省社会救助办法", docNo: "江苏省人民政府令第99号", places: 2 }, "a.yaml:13:7"],
    ]);
    expect(said(["{ title: 江苏省社会救助办法 }"]).map((s) => s[2])).toStrictEqual(["a.yaml:13:16"]);
    // A broken number (a digit of the year lost) is not offered for the registry.
    expect(said(["《关于做好2019年农村危房改造工作的通知》（财预[201]143号）"])).toStrictEqual([
      ["unregistered", { title: "关于做好2019年农村危房改造工作的通知", places: 1 }, "a.yaml:13:7"],
    ]);
  });

  it("leaves registered titles, slips, other documents' numbers, unquoted and unclosed names to basis-unknown-law", () => {
    expect(said([ogi, "《政府信息公开条例》", "《中华人民共和国政府信息公开条件》", "《社会救助办法》（国务院令第649号）", "江苏省社会救助办法", "《江苏省社会救助办法", "同上"])).toStrictEqual([]);
  });
});

describe("basis-doc-number", () => {
  const said = (entry: string) => saidOfBasis("basis-doc-number", [entry]);

  it("shows a repairable number repaired, by what was wrong", () => {
    expect(said("《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018)23号〕）")).toStrictEqual([
      ["brackets", { citation: "《民政部 财政部关于进一步加强和改进临时救助工作的意见》", docNo: "民发〔2018)23号〕", suggestion: "民发〔2018〕23号" }, "a.yaml:13:7"],
    ]);
    expect(said("《国务院关于全面建立临时救助制度的通知》（国发〔201447号）")).toStrictEqual([
      ["brackets", { citation: "《国务院关于全面建立临时救助制度的通知》", docNo: "国发〔201447号", suggestion: "国发〔2014〕47号" }, "a.yaml:13:7"],
    ]);
    expect(said("《中华人民共和国政府信息公开条例》(国令第711号) 号")).toStrictEqual([
      ["suffix", { citation: "《中华人民共和国政府信息公开条例》", docNo: "国令第711号)号", suggestion: "国令第711号" }, "a.yaml:13:7"],
    ]);
    expect(said("《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14）")).toStrictEqual([
      ["incomplete", { citation: "《国务院关于进一步健全特困人员救助供养制度的意见》", docNo: "国发〔2016〕14", suggestion: "国发〔2016〕14号" }, "a.yaml:13:7"],
    ]);
    expect(said("《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号、《社会救助暂行办法》（国务院令第649号）")).toStrictEqual([
      ["enclosing", { citation: "《国务院关于全面建立临时救助制度的通知》", docNo: "国发〔2014〕47号", suggestion: "国发〔2014〕47号" }, "a.yaml:13:7"],
    ]);
  });

  it("names what is missing when the number cannot be repaired", () => {
    expect(said("《最低生活保障审核确认办法》（民发〔20211〕57号）")).toStrictEqual([["year", { citation: "《最低生活保障审核确认办法》", docNo: "民发〔20211〕57号" }, "a.yaml:13:7"]]);
    expect(said("{ title: 最低生活保障审核确认办法, doc_no: 民发〔2021〕 }")).toStrictEqual([["serial", { citation: "《最低生活保障审核确认办法》", docNo: "民发〔2021〕" }, "a.yaml:13:38"]]);
  });

  it("says nothing of a sound number", () => {
    expect(said("《最低生活保障审核确认办法》（民发〔2021〕57号）")).toStrictEqual([]);
    expect(said("《社会救助暂行办法》")).toStrictEqual([]);
    expect(said("同上（民发〔20211〕57号）")).toStrictEqual([]);
  });
});

describe("basis-doc-number-brackets", () => {
  const said = (entry: string) => saidOfBasis("basis-doc-number-brackets", [entry]);

  it("names the brackets used and gives the number with 〔〕", () => {
    expect(said("《地方预决算公开操作规程》（财预[2016]143号）")).toStrictEqual([
      ["brackets", { citation: "《地方预决算公开操作规程》", docNo: "财预[2016]143号", brackets: "[]", suggestion: "财预〔2016〕143号" }, "a.yaml:13:7"],
    ]);
    expect(said("《地方政府债务信息公开办法（试行）》（财预(2018)209号）")).toStrictEqual([
      ["brackets", { citation: "《地方政府债务信息公开办法（试行）》", docNo: "财预(2018)209号", brackets: "()", suggestion: "财预〔2018〕209号" }, "a.yaml:13:7"],
    ]);
    expect(said("{ title: 国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见, doc_no: 国办发﹝2019﹞54号 }")).toStrictEqual([
      ["brackets", { citation: "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》", docNo: "国办发﹝2019﹞54号", brackets: "﹝﹞", suggestion: "国办发〔2019〕54号" }, "a.yaml:13:57"],
    ]);
    expect(said("《地方预决算公开操作规程》（财预【2016】143号）").map((s) => s[1].suggestion)).toStrictEqual(["财预〔2016〕143号"]);
    expect(said("《地方预决算公开操作规程》（财预[ 2016 ]143号）").map((s) => s[1].suggestion)).toStrictEqual(["财预〔2016〕143号"]);
  });

  it("leaves mismatched brackets to basis-doc-number and 〔〕 alone", () => {
    expect(said("《地方预决算公开操作规程》（财预[2016）143号）")).toStrictEqual([]);
    expect(said("《地方预决算公开操作规程》（财预〔2016〕143号）")).toStrictEqual([]);
    expect(said("同上（财预[2016]143号）")).toStrictEqual([]);
  });
});

describe("basis-article-range", () => {
  const said = (entry: string) => saidOfBasis("basis-article-range", [entry]);

  it("names the law's number of articles and the article beyond it, as written", () => {
    expect(said(`${ogi}第六十条`)).toStrictEqual([["beyond", { law: ogi, count: 56, article: "第六十条" }, "a.yaml:13:7"]]);
    expect(said("《社会救助暂行办法》（国务院令第649号）第十一条、第七十条、第七十一条")).toStrictEqual([
      ["beyond", { law: "《社会救助暂行办法》（国务院令第649号）", count: 70, article: "第七十一条" }, "a.yaml:13:7"],
    ]);
    expect(said("《中华人民共和国预算法》第102条")).toStrictEqual([["beyond", { law: "《中华人民共和国预算法》", count: 101, article: "第102条" }, "a.yaml:13:7"]]);
    expect(said("{ title: 社会救助暂行办法, articles: [十一, 八十] }")).toStrictEqual([
      ["beyond", { law: "《社会救助暂行办法》（国务院令第649号）", count: 70, article: "第八十条" }, "a.yaml:13:36"],
    ]);
  });

  it("judges a title shared by versions against the longest", () => {
    // 2007: 38 articles, 2019: 56
    expect(said("《政府信息公开条例》第五十条")).toStrictEqual([]);
    expect(said("《政府信息公开条例》第六十条")).toStrictEqual([["beyond", { law: "《政府信息公开条例》", count: 56, article: "第六十条" }, "a.yaml:13:7"]]);
  });

  it("leaves placeholders to basis-placeholder", () => {
    expect(said("同上第零条")).toStrictEqual([]);
  });

  it("asks for a readable article number", () => {
    expect(said("《最低生活保障审核确认办法》（民发〔2021〕57号）第零条")).toStrictEqual([["unreadable", { article: "第零条", citation: "《最低生活保障审核确认办法》" }, "a.yaml:13:7"]]);
    expect(said("{ title: 社会救助暂行办法, articles: [第X条] }")).toStrictEqual([["unreadable", { article: "第X条", citation: "《社会救助暂行办法》" }, "a.yaml:13:36"]]);
  });

  it("cannot judge a law whose number of articles the registry lacks, or that it does not know", () => {
    expect(said("《最低生活保障审核确认办法》（民发〔2021〕57号）第九十九条")).toStrictEqual([]);
    expect(said("《江苏省社会救助办法》第三条")).toStrictEqual([]);
    const registries = createRegistries({
      laws: [
        { id: "丙-1", title: "丙办法", versions_of: "丙", kind: "规范性文件", doc_no: "丙发〔2010〕1号", status: "已废止", articles: 10 },
        { id: "丙-2", title: "丙办法", versions_of: "丙", kind: "规范性文件", doc_no: "丙发〔2020〕1号", status: "现行有效" },
      ],
    });
    // one version's length is unknown: the longer one may have the article
    expect(saidBy("basis-article-range", basisCatalog(["《丙办法》第二十条"]), { registries })).toStrictEqual([]);
    expect(saidBy("basis-article-range", basisCatalog(["《丙办法》（丙发〔2010〕1号）第二十条"]), { registries }).map((s) => s[1])).toStrictEqual([
      { law: "《丙办法》（丙发〔2010〕1号）", count: 10, article: "第二十条" },
    ]);
  });
});

describe("basis-spacing", () => {
  const said = (entry: string) => saidOfBasis("basis-spacing", [entry]);

  it("gives the title or number without the line-break space", () => {
    expect(said("《中华人民共和国户口 登记条例》")).toStrictEqual([["spacedTitle", { citation: "《中华人民共和国户口 登记条例》", fixed: "中华人民共和国户口登记条例" }, "a.yaml:13:7"]]);
    expect(said("中华人民共和国户口　 登记条例")).toStrictEqual([["spacedTitle", { citation: "“中华人民共和国户口　 登记条例”", fixed: "中华人民共和国户口登记条例" }, "a.yaml:13:7"]]);
    expect(said("《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕2 5号）")).toStrictEqual([
      ["spacedDocNo", { citation: "《国务院关于进一步推进户籍制度改革的意见》", docNo: "国发〔2014〕25号" }, "a.yaml:13:7"],
    ]);
  });

  it("keeps the space after an issuer of a joint title", () => {
    expect(said("《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）")).toStrictEqual([]);
    expect(said("《中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见》")).toStrictEqual([]);
    expect(said("《中华人民共和国户口登记条例》")).toStrictEqual([]);
  });

  it("finds a break however many spaces it left, after words that only look like an issuer's", () => {
    expect(said("《中华人民共和国户口  登记条例》").map((s) => s[1].fixed)).toStrictEqual(["中华人民共和国户口登记条例"]);
    expect(said("《国务院关于进一步推进户籍 制度改革的意见》")).toStrictEqual([
      ["spacedTitle", { citation: "《国务院关于进一步推进户籍 制度改革的意见》", fixed: "国务院关于进一步推进户籍制度改革的意见" }, "a.yaml:13:7"],
    ]);
  });

  it("points at a structured citation's title or doc_no", () => {
    expect(said("{ title: 中华人民共和国户口 登记条例 }").map((s) => [s[0], s[2]])).toStrictEqual([["spacedTitle", "a.yaml:13:16"]]);
  });

  it("reads a structured doc_no across line-break spaces as an inline one (no false repair, the space reported)", () => {
    const title = "国务院关于进一步推进户籍制度改革的意见";
    const citation = `《${title}》`;
    expect(said(`{ title: ${title}, doc_no: 国发〔2014〕2 5号 }`)).toStrictEqual([["spacedDocNo", { citation, docNo: "国发〔2014〕25号" }, "a.yaml:13:45"]]);
    expect(said(`{ title: ${title}, doc_no: 国 发〔2014〕25号 }`)).toStrictEqual([["spacedDocNo", { citation, docNo: "国发〔2014〕25号" }, "a.yaml:13:45"]]);
    // a space between digits and 号 is a typesetting style
    expect(said(`{ title: ${title}, doc_no: 国发〔2014〕25 号 }`)).toStrictEqual([]);
    for (const docNo of ["国发〔2014〕2 5号", "国 发〔2014〕25号", "国发〔2014〕25 号", '"  "']) {
      expect(saidOfBasis("basis-doc-number", [`{ title: ${title}, doc_no: ${docNo} }`]), docNo).toStrictEqual([]);
    }
  });

  it("leaves placeholders to basis-placeholder", () => {
    expect(said("相关 政策文件")).toStrictEqual([]);
  });

  it("leaves a spaced number with other problems to basis-doc-number", () => {
    expect(said("《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕1 4）")).toStrictEqual([]);
  });
});

describe("basis-placeholder", () => {
  const said = (entry: string) => saidOfBasis("basis-placeholder", [entry]);

  it("quotes a placeholder standing alone, or trailing a law", () => {
    expect(said("同上")).toStrictEqual([["whole", { text: "同上" }, "a.yaml:13:7"]]);
    expect(said("{ title: 相关政策文件 }")).toStrictEqual([["whole", { text: "相关政策文件" }, "a.yaml:13:16"]]);
    expect(said("《中华人民共和国老年人权益保障法》等法律法规和文件规定")).toStrictEqual([
      ["tail", { text: "等法律法规和文件规定", citation: "《中华人民共和国老年人权益保障法》" }, "a.yaml:13:7"],
    ]);
  });
});

describe("basis-ogi-version", () => {
  const said = (entry: string) => saidOfBasis("basis-ogi-version", [entry]);
  const current = ogi;

  it("asks for the version of an article cited without one", () => {
    expect(said("《中华人民共和国政府信息公开条例》第二十条")).toStrictEqual([["unversioned", { law: "《中华人民共和国政府信息公开条例》", current }, "a.yaml:13:7"]]);
    // 第21条 is no article the 2007 version numbered differently
    expect(said("《信息公开条例》第21条")).toStrictEqual([["unversioned", { law: "《信息公开条例》", current }, "a.yaml:13:7"]]);
  });

  it("gives each article the old version numbered differently its current number", () => {
    expect(said("《信息公开条例》第十八条、第九条")).toStrictEqual([
      ["ambiguousArticle", { law: "《信息公开条例》", current, article: "第十八条", newArticle: "第二十六条", oldDocNo: "国务院令第492号", currentDocNo: "国务院令第711号" }, "a.yaml:13:7"],
      ["ambiguousArticle", { law: "《信息公开条例》", current, article: "第九条", newArticle: "第十九条", oldDocNo: "国务院令第492号", currentDocNo: "国务院令第711号" }, "a.yaml:13:7"],
    ]);
    const old = "《中华人民共和国政府信息公开条例》（国务院令第492号）";
    expect(said(`${old}第二十四条`)).toStrictEqual([
      ["oldArticle", { law: old, current, article: "第二十四条", newArticle: "第三十三条", oldDocNo: "国务院令第492号", currentDocNo: "国务院令第711号" }, "a.yaml:13:7"],
    ]);
    expect(said("{ title: 中华人民共和国政府信息公开条例, doc_no: 国务院令第492号, articles: [12] }")).toStrictEqual([
      ["oldArticle", { law: old, current, article: "第12条", newArticle: "第21条", oldDocNo: "国务院令第492号", currentDocNo: "国务院令第711号" }, "a.yaml:13:62"],
    ]);
  });

  it("names the versions' numbers when the one cited is neither", () => {
    expect(said("《中华人民共和国政府信息公开条例》（国务院令第71号）")).toStrictEqual([
      ["unknownVersion", { law: "《中华人民共和国政府信息公开条例》", current, docNo: "国务院令第71号" }, "a.yaml:13:7"],
    ]);
  });

  it("says nothing of the title alone, the version in force, an old article the map keeps, or laws renumbered by no revision", () => {
    expect(said("《中华人民共和国政府信息公开条例》")).toStrictEqual([]);
    expect(said(`${ogi}第十八条`)).toStrictEqual([]);
    expect(said("《中华人民共和国政府信息公开条例》（国务院令第492号）第20条")).toStrictEqual([]);
    expect(said("《特困人员认定办法》第十条")).toStrictEqual([]);
    expect(said("同上第十八条")).toStrictEqual([]);
  });

  it("points at a structured citation's doc_no, or where its doc_no would go", () => {
    expect(said("{ title: 中华人民共和国政府信息公开条例, doc_no: 国务院令第71号 }").map((s) => [s[0], s[2]])).toStrictEqual([["unknownVersion", "a.yaml:13:41"]]);
    expect(said("{ title: 中华人民共和国政府信息公开条例, articles: [二十] }").map((s) => [s[0], s[2]])).toStrictEqual([["unversioned", "a.yaml:13:9"]]);
  });

  it("cannot tell the version when a title is shared with another law or no version is in force, and never renumbers the version in force", () => {
    const registries = createRegistries({
      laws: [
        { id: "甲省条例", title: "甲省政府信息公开条例", short: ["信息公开条例"], kind: "地方性法规", status: "现行有效" },
        { id: "乙办法-2010", title: "乙办法", versions_of: "乙办法", kind: "规范性文件", doc_no: "乙发〔2010〕1号", status: "已废止", article_map: { 5: 6 } },
        { id: "乙办法-2015", title: "乙办法", versions_of: "乙办法", kind: "规范性文件", doc_no: "乙发〔2015〕1号", status: "已废止" },
        // an old version whose number the registry lacks cannot be named: no message can tell the versions apart
        { id: "丁办法-2010", title: "丁办法", versions_of: "丁办法", kind: "规范性文件", status: "已废止", article_map: { 5: 6 } },
        { id: "丁办法-2015", title: "丁办法", versions_of: "丁办法", kind: "规范性文件", doc_no: "丁发〔2015〕1号", status: "现行有效" },
        // the version in force is never the renumbered one, even if the data gives it a map
        { id: "戊办法-2010", title: "戊办法", versions_of: "戊办法", kind: "规范性文件", doc_no: "戊发〔2010〕1号", status: "已废止", article_map: { 5: 6 } },
        { id: "戊办法-2015", title: "戊办法", versions_of: "戊办法", kind: "规范性文件", doc_no: "戊发〔2015〕1号", status: "现行有效", article_map: { 7: 8 } },
      ],
    });
    const local = (entry: string) => saidBy("basis-ogi-version", basisCatalog([entry]), { registries });
    expect(local("《信息公开条例》第十八条")).toStrictEqual([]);
    expect(local("《乙办法》第五条")).toStrictEqual([]);
    expect(local("《丁办法》第五条")).toStrictEqual([]);
    expect(local("《戊办法》（戊发〔2015〕1号）第七条")).toStrictEqual([]);
    expect(local("《戊办法》（戊发〔2010〕1号）第五条").map((s) => s[0])).toStrictEqual(["oldArticle"]);
    expect(local("《中华人民共和国政府信息公开条例》第十八条").map((s) => s[0])).toStrictEqual(["ambiguousArticle"]);
  });
});

describe("basis-expired", () => {
  const said = (issued: string, entries: string[], registries = createRegistries()) => {
    const files = basisCatalog(entries);
    files["a.yaml"] = files["a.yaml"]!.replace("domain: 社会救助\n", `domain: 社会救助\nissued: ${issued}\n`);
    return saidBy("basis-expired", files, { registries });
  };
  const plan = "《住房城乡建设部 财政部关于印发农村危房改造脱贫攻坚三年行动方案的通知》（建村〔2018〕115号）";

  it("ends a registered plan on its valid_until, even cited by its short title", () => {
    expect(said("2023-09-19", [plan])).toStrictEqual([["expired", { law: plan, end: 2020, issued: "2023-09-19", replacement: "" }, "a.yaml:14:7"]]);
    expect(said("2021-01-01", ["《农村危房改造脱贫攻坚三年行动方案》"])).toStrictEqual([["expired", { law: plan, end: 2020, issued: "2021-01-01", replacement: "" }, "a.yaml:14:7"]]);
    expect(said("2020-12-31", [plan])).toStrictEqual([]);
  });

  it("ends an unregistered plan on the period in its title", () => {
    expect(said("2023-09-19", ["《“十三五”全国新型职业农民培育发展规划》"])).toStrictEqual([
      ["expired", { law: "《“十三五”全国新型职业农民培育发展规划》", end: 2020, issued: "2023-09-19", replacement: "" }, "a.yaml:14:7"],
    ]);
    expect(said("2026", ["《“十四五”全国新型职业农民培育发展规划》"]).map((s) => s[1].end)).toStrictEqual([2025]);
    expect(said("2023-09-19", ["《某市养老服务体系建设行动计划（2019-2021年）》", "《某市养老服务体系建设计划（2019~2022 年）》"]).map((s) => s[1].end)).toStrictEqual([2021, 2022]);
    expect(said("2023-09-19", ["{ title: “十三五”全国新型职业农民培育发展规划, articles: [三] }"]).map((s) => s[2])).toStrictEqual(["a.yaml:14:16"]);
    // Unquoted, the plan's own quotes are not doubled in the message.
    expect(said("2023-09-19", ["“十三五”全国新型职业农民培育发展规划"]).map((s) => s[1].law)).toStrictEqual(["「“十三五”全国新型职业农民培育发展规划」"]);
  });

  it("judges only plans, in catalogs issued after their end, and leaves laws out of force to basis-repealed", () => {
    expect(said("2020-09-19", ["《“十三五”全国新型职业农民培育发展规划》"])).toStrictEqual([]);
    expect(said("2023-09-19", ["《某市养老服务体系建设意见（2019-2021年）》", "《“十五”全国新型职业农民培育发展规划》"])).toStrictEqual([]);
    expect(said("2023-09-19", ["《2018-2020年农机购置补贴实施指导意见》"])).toStrictEqual([]);
    expect(said("二〇二三年", ["《“十三五”全国新型职业农民培育发展规划》"])).toStrictEqual([]);
    expect(said("2023-09-19", ["同上"])).toStrictEqual([]);
    // an issue date that does not start with its year cannot be compared
    expect(said("约2023年", ["《“十三五”全国新型职业农民培育发展规划》"])).toStrictEqual([]);
    expect(said("23-09-19", ["《“十三五”全国新型职业农民培育发展规划》"])).toStrictEqual([]);
  });

  it("leaves a plan the registry records as out of force to basis-repealed", () => {
    const registries = createRegistries({
      laws: [{ id: "甲市规划", title: "甲市养老服务发展规划（2016—2020年）", kind: "规范性文件", status: "已废止", replaced_on: "2021-01-01" }],
    });
    expect(said("2023-09-19", ["《甲市养老服务发展规划（2016—2020年）》"], registries)).toStrictEqual([]);
    expect(said("2023-09-19", ["《甲市养老服务发展规划（2016—2020年）》"]).map((s) => s[1].end)).toStrictEqual([2020]);
  });

  it("names the successor the registry gives", () => {
    const registries = createRegistries({
      laws: [
        { id: "甲市养老规划", title: "甲市养老服务发展规划", kind: "规范性文件", status: "现行有效", valid_until: "2020-12-31", replaced_by: "甲市养老规划2" },
        { id: "甲市养老规划2", title: "甲市养老服务发展规划（2021—2025年）", kind: "规范性文件", doc_no: "甲政发〔2021〕3号", status: "现行有效" },
      ],
    });
    expect(said("2022-03-01", ["《甲市养老服务发展规划》"], registries)).toStrictEqual([
      ["expired", { law: "《甲市养老服务发展规划》", end: 2020, issued: "2022-03-01", replacement: "《甲市养老服务发展规划（2021—2025年）》（甲政发〔2021〕3号）" }, "a.yaml:14:7"],
    ]);
  });
});
