/**
 * The village-list rules' messages: the township item a village item mirrors (its id, name and file),
 * what differs (the entry, the citation and its articles, the organ), the code's township, and which
 * findings are only "cannot check" (info).
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const village = "fail/320506103001-香溪社区/村（居）务公开目录.yaml";
const townshipFile = "fail/320506103-木渎镇/社会救助.yaml";

/** A village list of 香溪社区 with one item (fields as YAML text). */
const villageList = (code: string, fields: Record<string, string> = {}) =>
  catalogText([itemText("XX-01", { levels: "[村级]", subject: "香溪社区居民委员会", ...fields })], { code, name: "苏州市吴中区木渎镇香溪社区", level: "村级", domain: "综合" }).replace(
    "format: 1\n",
    "format: 1\nkind: village-list\n",
  );

describe("village-code-township", () => {
  it("tells a short code, a village code on another kind of catalog and a township the data does not know apart", () => {
    expect(saidOnFixture("village-code-township")).toStrictEqual([
      ["fail/320506103-木渎镇/村（居）务公开目录.yaml:6:9", "error", "length", { code: "320506103" }],
      ["fail/320506103001-香溪社区/社会救助.yaml:5:9", "error", "notVillage", { code: "320506103001", township: "320506103" }],
      ["fail/320506199001-某社区/村（居）务公开目录.yaml:6:9", "info", "township", { code: "320506199001", township: "320506199", source: "2023年统计用区划代码和城乡划分代码", cutoff: "2023-06-30" }],
    ]);
  });

  it("says nothing of a village list whose township is known, and leaves a malformed code to the schema rules", () => {
    expect(said("village-code-township", { "a.yaml": villageList("320506103001") })).toStrictEqual([]);
    expect(said("village-code-township", { "a.yaml": villageList("3205061030") })).toStrictEqual([["a.yaml:4:9", "error", "length", { code: "3205061030" }]]);
    expect(said("village-code-township", { "a.yaml": villageList("3205061030011") })).toStrictEqual([["a.yaml:4:9", "error", "length", { code: "3205061030011" }]]);
    expect(said("village-code-township", { "a.yaml": villageList("32050610300A") })).toStrictEqual([]);
    expect(said("village-code-township", { "a.yaml": villageList("") })).toStrictEqual([]);
    for (const code of ["A320506103001", "320506103001A", "A3205061030", "3205061030A"]) expect(said("village-code-township", { "a.yaml": villageList(code) }), code).toStrictEqual([]);
  });

  it("reports a village's code on a township's catalog, not a 12-digit code ending 000 or a longer one", () => {
    const township = (code: string) => ({ "a.yaml": catalogText([itemText("SJ-01")], { code, level: "乡级" }) });
    expect(said("village-code-township", township("320506103001"))).toStrictEqual([["a.yaml:3:9", "error", "notVillage", { code: "320506103001", township: "320506103" }]]);
    expect(said("village-code-township", township("320506103000"))).toStrictEqual([]);
    expect(said("village-code-township", township("3205061030012"))).toStrictEqual([]);
    expect(said("village-code-township", township("A320506103001"))).toStrictEqual([]);
    expect(said("village-code-township", township("320506103001A"))).toStrictEqual([]);
  });
});

describe("village-mirror-content, -basis, -subject", () => {
  it("name what the village item adds and the township item it mirrors", () => {
    expect(saidOnFixture("village-mirror-content")).toStrictEqual([
      [`${village}:17:9`, "warning", "differs", { text: "村级集体资产出租收益", target: "社会救助标准", mirrors: "SJ-01-02", file: townshipFile }],
      [`${village}:30:9`, "warning", "differs", { text: "临时救助对象名单", target: "审核信息", mirrors: "SJ-02-03", file: townshipFile }],
    ]);
    expect(saidOnFixture("village-mirror-basis")).toStrictEqual([
      [`${village}:18:9`, "warning", "differs", { citation: "《社会救助暂行办法》", detail: "第十二条", township: "《社会救助暂行办法》（国务院令第649号）第十条", target: "社会救助标准", mirrors: "SJ-01-02", file: townshipFile }],
      [`${village}:32:9`, "warning", "differs", { citation: "《特困人员认定办法》", detail: "", township: "《社会救助暂行办法》（国务院令第649号）第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）", target: "审核信息", mirrors: "SJ-02-03", file: townshipFile }],
    ]);
    expect(saidOnFixture("village-mirror-subject")).toStrictEqual([
      [`${village}:20:14`, "warning", "differs", { subject: "苏州市吴中区民政局", township: "苏州市吴中区木渎镇人民政府", target: "社会救助标准", mirrors: "SJ-01-02", file: townshipFile }],
    ]);
  });
});

describe("village-mirror-unknown", () => {
  it("is an error where the township's catalog lacks the item, and only says it cannot check where the township is not there", () => {
    expect(saidOnFixture("village-mirror-unknown")).toStrictEqual([
      [`${village}:14:14`, "error", "unknown", { mirrors: "SJ-01-09", township: "320506103", files: townshipFile }],
      ["fail/320506103002-花苑社区/村（居）务公开目录.yaml:14:14", "info", "no-township", { mirrors: "SJ-01-02", township: "320506103" }],
    ]);
  });
});

describe("village-self-governance", () => {
  it("names the key used outside a village list, the mirrored item of a 自治 item and its subject", () => {
    expect(saidOnFixture("village-self-governance")).toStrictEqual([
      ["fail/320506103-木渎镇/社会救助.yaml:27:5", "warning", "outside", { key: "mirrors" }],
      [`${village}:15:14`, "error", "mirrors", { mirrors: "SJ-01-02" }],
      [`${village}:30:14`, "warning", "subject", { subject: "苏州市吴中区木渎镇人民政府" }],
    ]);
  });
});

describe("village-self-governance on lists written here", () => {
  it("accepts a 自治 item of the village's own bodies, and reports one published by the township or mirroring its item", () => {
    expect(said("village-self-governance", { "a.yaml": villageList("320506103001", { self_governance: "true" }) })).toStrictEqual([]);
    expect(said("village-self-governance", { "a.yaml": villageList("320506103001", { self_governance: "false", subject: "苏州市吴中区木渎镇人民政府" }) })).toStrictEqual([]);
    expect(said("village-self-governance", { "a.yaml": villageList("320506103001", { self_governance: "true", subject: "苏州市吴中区木渎镇人民政府", mirrors: "SJ-01" }) })).toStrictEqual([
      ["a.yaml:15:14", "warning", "subject", { subject: "苏州市吴中区木渎镇人民政府" }],
      ["a.yaml:21:14", "error", "mirrors", { mirrors: "SJ-01" }],
    ]);
  });

  it("names each village-list key used in another kind of catalog", () => {
    expect(said("village-self-governance", { "a.yaml": catalogText([itemText("SJ-01", { self_governance: "true", mirrors: "SJ-02" })]) })).toStrictEqual([
      ["a.yaml:19:5", "warning", "outside", { key: "self_governance" }],
      ["a.yaml:20:5", "warning", "outside", { key: "mirrors" }],
    ]);
  });
});

describe("the mirror rules on a village list written here", () => {
  const township = { code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" };
  const townshipCatalog = catalogText(
    [
      itemText("SJ-01", { content: "[城乡最低生活保障标准, 特困人员基本生活标准]", basis: "[《社会救助暂行办法》（国务院令第649号）第十条]", subject: "苏州市吴中区木渎镇人民政府", levels: "[乡级]" }),
      // no basis, no subject: nothing to compare them with
      itemText("SJ-02", { basis: "[]", subject: '""', levels: "[乡级]" }),
    ],
    township,
  );
  const otherDomain = catalogText([itemText("SJ-01", { levels: "[乡级]" })], { ...township, domain: "户籍管理" });
  const list = (items: string[], domain = "社会救助") =>
    catalogText(items, { code: "320506103001", name: "苏州市吴中区木渎镇香溪社区", level: "村级", domain }).replace("format: 1\n", "format: 1\nkind: village-list\n");
  const item = (fields: Record<string, string>) =>
    itemText("XX-01", { levels: "[村级]", content: "[城乡最低生活保障标准]", basis: "[《社会救助暂行办法》（国务院令第649号）第十条]", subject: "香溪社区居民委员会", ...fields });
  const files = {
    "t/社会救助.yaml": townshipCatalog,
    "t/户籍管理.yaml": otherDomain,
    "v/村.yaml": list([
      // other articles; the township's organ by a shorter name
      item({ mirrors: "SJ-01", subject: "木渎镇人民政府", basis: "[《社会救助暂行办法》（国务院令第649号）第十一条、第十二条]" }),
      // an entry the township item does not hold; a county bureau
      item({ mirrors: "SJ-01", subject: "苏州市吴中区民政局", content: "[城乡最低生活保障标准, 村集体资产收益]" }),
      // another document; village bodies
      item({ mirrors: "SJ-01", subject: "香溪社区居民委员会/村民小组", basis: "[《最低生活保障审核确认办法》（民发〔2021〕57号）]" }),
      item({ mirrors: "SJ-02", subject: "苏州市吴中区民政局" }),
      item({ mirrors: "SJ-09" }),
      // a 自治 item's mirrors are village-self-governance's finding; an item without mirrors is the village's own
      item({ mirrors: "SJ-01", self_governance: "true", content: "[村务]", subject: "苏州市吴中区民政局" }),
      item({ subject: "苏州市吴中区民政局", content: "[村务]" }),
    ]),
  };
  const about = (id: string) => ({ target: `事项${id}`, mirrors: id, file: "t/社会救助.yaml" });

  it("report each difference at the village item, naming the township item it mirrors", () => {
    expect(said("village-mirror-basis", files)).toStrictEqual([
      ["v/村.yaml:13:13", "warning", "differs", { citation: "《社会救助暂行办法》", detail: "第十一条、第十二条", township: "《社会救助暂行办法》（国务院令第649号）第十条", ...about("SJ-01") }],
      ["v/村.yaml:37:13", "warning", "differs", { citation: "《最低生活保障审核确认办法》", detail: "", township: "《社会救助暂行办法》（国务院令第649号）第十条", ...about("SJ-01") }],
    ]);
    expect(said("village-mirror-content", files)).toStrictEqual([
      ["v/村.yaml:24:27", "warning", "differs", { text: "村集体资产收益", ...about("SJ-01") }],
      ["v/村.yaml:48:15", "warning", "differs", { text: "城乡最低生活保障标准", ...about("SJ-02") }],
    ]);
    expect(said("village-mirror-subject", files)).toStrictEqual([
      ["v/村.yaml:27:14", "warning", "differs", { subject: "苏州市吴中区民政局", township: "苏州市吴中区木渎镇人民政府", ...about("SJ-01") }],
    ]);
    expect(said("village-mirror-unknown", files)).toStrictEqual([["v/村.yaml:68:14", "error", "unknown", { mirrors: "SJ-09", township: "320506103", files: "t/社会救助.yaml" }]]);
  });

  it("call an id found in several of the township's catalogs ambiguous for a general list, and keep silent on a partial run", () => {
    const general = { ...files, "v/村.yaml": list([item({ mirrors: "SJ-01" }), item({ mirrors: "SJ-02" }), item({ mirrors: "SJ-07" })], "综合") };
    expect(said("village-mirror-unknown", general)).toStrictEqual([
      ["v/村.yaml:20:14", "error", "ambiguous", { mirrors: "SJ-01", township: "320506103", files: "t/社会救助.yaml、t/户籍管理.yaml" }],
      ["v/村.yaml:44:14", "error", "unknown", { mirrors: "SJ-07", township: "320506103", files: "t/社会救助.yaml、t/户籍管理.yaml" }],
    ]);
    const alone = { "v/村.yaml": list([item({ mirrors: "SJ-01" })]) };
    expect(said("village-mirror-unknown", alone)).toStrictEqual([["v/村.yaml:20:14", "info", "no-township", { mirrors: "SJ-01", township: "320506103" }]]);
    expect(said("village-mirror-unknown", alone, { partial: true })).toStrictEqual([]);
    // the township's catalog named too: a partial run still reports an id it lacks
    expect(said("village-mirror-unknown", { ...alone, "t/社会救助.yaml": townshipCatalog, "v/村.yaml": list([item({ mirrors: "SJ-07" })]) }, { partial: true }).map((f) => f[2])).toStrictEqual(["unknown"]);
  });
});
