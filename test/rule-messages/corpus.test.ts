/**
 * The messages of two cross-file rules: items withheld without a place on their jurisdiction's
 * non-disclosure list (disclosure-unlisted), and the pilot domains a jurisdiction has no catalog for
 * (coverage-pilot-domains). Which files they speak in, what they say, and when they keep silent.
 */
import { describe, expect, it } from "vitest";
import { createRegistries } from "../../src/model/registries.js";
import { catalogText, itemText } from "../diff/helpers.js";
import { saidBy } from "../helpers/said.js";

const county = { code: "320506", name: "苏州市吴中区", level: "县级" };
const township = { code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" };
type Head = Parameters<typeof catalogText>[1];

/** A catalog whose items are withheld (不予公开), by name, or by [name, 三级事项]. */
const withholding = (names: (string | [string, string])[], head: Head = township) =>
  catalogText(
    names.map((n, i) => itemText(`SJ-0${i + 1}`, { name: typeof n === "string" ? n : n[0], ...(typeof n === "string" ? {} : { subitem: n[1] }), method: "依申请", disclosure: "不予公开" })),
    head,
  );
/** A non-disclosure list of entries by name, or by [name, domain]. */
const list = (entries: (string | [string, string])[], head = township, domain?: string) =>
  [
    "format: 1",
    "kind: negative-list",
    "jurisdiction:",
    `  code: "${head.code}"`,
    `  name: ${head.name}`,
    `  level: ${head.level}`,
    ...(domain ? [`domain: ${domain}`] : []),
    "entries:",
    ...entries.flatMap((e, i) => [
      `  - id: BYGK-0${i + 1}`,
      `    name: ${typeof e === "string" ? e : e[0]}`,
      ...(typeof e === "string" ? [] : [`    domain: ${e[1]}`]),
      "    basis: [《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条]",
    ]),
    "",
  ].join("\n");

describe("disclosure-unlisted", () => {
  const said = (files: Record<string, string>, partial = false) => saidBy("disclosure-unlisted", files, { partial });
  // the item's disclosure key: line 19 of the first item, 31 of the second
  const at = (line: number) => `a.yaml:${line}:17`;

  it("names the lists checked when the item is on none of them", () => {
    expect(said({ "a.yaml": withholding(["核对原始数据", "内部讨论记录"]), "l1.yaml": list(["核对原始数据"]), "l2.yaml": list(["应急物资储备"]) })).toStrictEqual([
      ["uncovered", { name: "内部讨论记录", id: "SJ-02", lists: "l1.yaml、l2.yaml" }, at(31)],
    ]);
  });

  it("matches names spaces aside, and a 三级事项 by itself", () => {
    expect(said({ "a.yaml": withholding(["核对 原始数据", ["政策文件", "内部讨论记录"]]), "l.yaml": list(["核对原始数据", "内部 讨论记录"]) })).toStrictEqual([]);
    expect(said({ "a.yaml": withholding([["政策文件", "内部讨论记录"]]), "l.yaml": list(["政策文件细则"]) })).toStrictEqual([
      ["uncovered", { name: "内部讨论记录", id: "SJ-01", lists: "l.yaml" }, at(20)],
    ]);
  });

  it("covers nothing with an entry whose name is blank (element-empty's)", () => {
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list(['""']) }).map((s) => s[0])).toStrictEqual(["uncovered"]);
  });

  it("counts an entry limited to a domain only for that domain's catalogs", () => {
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list([["核对原始数据", "财政预决算"]]) }).map((s) => s[0])).toStrictEqual(["uncovered"]);
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list([["核对原始数据", "社会救助"]]) })).toStrictEqual([]);
    // a list of one domain: its entries are that domain's
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list(["核对原始数据"], township, "财政预决算") }).map((s) => s[0])).toStrictEqual(["uncovered"]);
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list(["核对原始数据"], township, "社会救助") })).toStrictEqual([]);
  });

  it("counts only the jurisdiction's own list", () => {
    expect(said({ "a.yaml": withholding(["核对原始数据"]), "l.yaml": list(["核对原始数据"], county) })).toStrictEqual([
      ["no-list", { name: "核对原始数据", id: "SJ-01" }, at(19)],
    ]);
  });

  it("warns when no list of the jurisdiction was checked, unless files were named one by one", () => {
    const files = { "a.yaml": withholding(["核对原始数据"]) };
    const found = saidBy("disclosure-unlisted", files);
    expect(found).toStrictEqual([["no-list", { name: "核对原始数据", id: "SJ-01" }, at(19)]]);
    expect(said(files, true)).toStrictEqual([]);
    // named one by one with the list: judged
    expect(said({ ...files, "l.yaml": list(["其他"]) }, true).map((s) => s[0])).toStrictEqual(["uncovered"]);
  });

  it("says nothing of items disclosed", () => {
    expect(said({ "a.yaml": catalogText([itemText("SJ-01")], township), "l.yaml": list(["其他"]) })).toStrictEqual([]);
  });
});

describe("coverage-pilot-domains", () => {
  const registries = createRegistries();
  const pilot = registries.domains.filter((d) => d.pilot).map((d) => d.name);
  const on = new Map([["coverage-pilot-domains", "info" as const]]);
  const said = (files: Record<string, string>, partial = false) => saidBy("coverage-pilot-domains", files, { severities: on, partial });

  it("counts the pilot domains present and lists those missing, in the first file of the jurisdiction", () => {
    const files = { "b.yaml": catalogText([itemText("SJ-01")], { ...county, domain: "社会救助" }), "a.yaml": catalogText([itemText("YW-01")], { ...county, domain: "义务教育" }) };
    const missing = pilot.filter((d) => d !== "社会救助" && d !== "义务教育");
    expect(pilot.length).toBe(26);
    expect(said(files)).toStrictEqual([
      ["missing", { name: "苏州市吴中区", code: "320506", present: 2, total: 26, count: 24, missing: missing.join("、") }, "a.yaml:2:1"],
    ]);
  });

  it("reports each jurisdiction in its own file, and none that has every pilot domain", () => {
    const all = Object.fromEntries(pilot.map((domain, i) => [`t${String(i).padStart(2, "0")}.yaml`, catalogText([itemText("SJ-01")], { ...township, domain })]));
    expect(said(all)).toStrictEqual([]);
    const found = said({ ...all, "c.yaml": catalogText([itemText("SJ-01")], county) });
    expect(found.map(([, d, at]) => [d.code, d.present, d.count, at])).toStrictEqual([["320506", 1, 25, "c.yaml:2:1"]]);
  });

  it("keeps silent when files were named one by one", () => {
    expect(said({ "a.yaml": catalogText([itemText("SJ-01")], county) }, true)).toStrictEqual([]);
  });
});
