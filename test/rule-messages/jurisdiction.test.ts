/**
 * The jurisdiction rules' messages: which message each picks for a code and name (checked against the
 * shipped divisions data, 2023年统计用区划代码) and the data it fills in; the findings land on the code
 * (3:9), the level (5:10) or the name (4:9) of the header.
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { saidBy } from "../helpers/said.js";

type Head = Parameters<typeof catalogText>[1];
const catalog = (head: Head) => catalogText([itemText("SJ-01")], head);
const said = (rule: string, head: Head) => saidBy(rule, { "a.yaml": catalog(head) });
const source = { source: "2023年统计用区划代码和城乡划分代码", cutoff: "2023-06-30" };
const county = { code: "320506", name: "苏州市吴中区", level: "县级" };
const township = { code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" };
/** A 村(居)务公开目录 of 香溪社区 in 木渎镇, with the level and code given. */
const villageList = (level: string, code = "320506103001") =>
  `format: 1\nkind: village-list\njurisdiction:\n  code: "${code}"\n  name: 苏州市吴中区木渎镇香溪社区\n  level: ${level}\ndomain: 综合\nitems:\n  - id: XX-01\n    category: 居务公开\n    name: 居民会议决定事项\n    self_governance: true\n    content: [居民会议讨论决定的事项]\n    time_limit: 作出决定之日起10个工作日内\n    subject: 香溪社区居民委员会\n    channels: [社区/企事业单位/村公示栏（电子屏）]\n    audience: 全社会\n    method: 主动\n`;

describe("jurisdiction-code-format", () => {
  const code = (written: string) => saidBy("jurisdiction-code-format", { "a.yaml": catalog({}).replace('code: "320506"', `code: ${written}`) });

  it("asks for quotes around a code read as a number, when that is the whole fix", () => {
    expect(code("320506")).toStrictEqual([["number", { value: "320506" }, "a.yaml:3:9"]]);
    expect(code("320506103")).toStrictEqual([["number", { value: "320506103" }, "a.yaml:3:9"]]);
    expect(code("320506103001")).toStrictEqual([["number", { value: "320506103001" }, "a.yaml:3:9"]]);
  });

  it("says what a code is when its digits are not a code's", () => {
    expect(code('"3205"')).toStrictEqual([["pattern", { value: "3205" }, "a.yaml:3:9"]]);
    expect(code("3205061")).toStrictEqual([["pattern", { value: "3205061" }, "a.yaml:3:9"]]);
    // a village code ends in a serial other than 000
    expect(code("320506103000")).toStrictEqual([["pattern", { value: "320506103000" }, "a.yaml:3:9"]]);
    expect(code("3205061030011")).toStrictEqual([["pattern", { value: "3205061030011" }, "a.yaml:3:9"]]);
    expect(code('"32050610"')).toStrictEqual([["pattern", { value: "32050610" }, "a.yaml:3:9"]]);
  });

  it("leaves a missing code to element-missing, and a list to value-type", () => {
    expect(saidBy("jurisdiction-code-format", { "a.yaml": catalog({}).replace('  code: "320506"\n', "") })).toStrictEqual([]);
    expect(code("[320506]")).toStrictEqual([]);
  });

  it("claims only the jurisdiction's code", () => {
    expect(code('"320506"')).toStrictEqual([]);
    expect(saidBy("jurisdiction-code-format", { "a.yaml": catalogText([itemText("320506")]) })).toStrictEqual([]);
    expect(saidBy("jurisdiction-code-format", { "a.yaml": catalog({}).replace("  level: 县级\n", "  level: 县级\n  zone: 3205\n") })).toStrictEqual([]);
  });
});

describe("jurisdiction-code-name", () => {
  const kinds = (code: string, name: string) => said("jurisdiction-code-name", { code, name, level: "乡级" }).map(([, d]) => `${d.codeKind} ${d.codeRange} / ${d.nameKind} ${d.nameRange}`);

  it("names the kind the code's serial stands for and the kind the name says", () => {
    expect(said("jurisdiction-code-name", { code: "320506103", name: "木渎街道", level: "乡级" })).toStrictEqual([
      ["mismatch", { code: "320506103", serial: "103", name: "木渎街道", codeKind: "镇", codeRange: "100–199", nameKind: "街道", nameRange: "001–099" }, "a.yaml:3:9"],
    ]);
    expect(kinds("320506003", "越溪镇")).toStrictEqual(["街道 001–099 / 镇 100–199"]);
  });

  it("draws the ranges' edges where the coding rules do", () => {
    expect(kinds("320506001", "某某乡")).toStrictEqual(["街道 001–099 / 乡 200–399"]);
    expect(kinds("320506099", "某某乡")).toStrictEqual(["街道 001–099 / 乡 200–399"]);
    expect(kinds("320506100", "某某街道")).toStrictEqual(["镇 100–199 / 街道 001–099"]);
    expect(kinds("320506199", "某某乡")).toStrictEqual(["镇 100–199 / 乡 200–399"]);
    expect(kinds("320506200", "某某街道")).toStrictEqual(["乡 200–399 / 街道 001–099"]);
    expect(kinds("320506399", "某某镇")).toStrictEqual(["乡 200–399 / 镇 100–199"]);
  });

  it("judges neither 000 nor the 400s (开发区, 农场), names of another kind, nor county codes", () => {
    expect(kinds("320506000", "某某镇")).toStrictEqual([]);
    expect(kinds("320506400", "某某镇")).toStrictEqual([]);
    expect(kinds("320506403", "穹窿山风景区")).toStrictEqual([]);
    expect(kinds("320506103", "木渎镇")).toStrictEqual([]);
    expect(kinds("320506103", "木渎开发区")).toStrictEqual([]);
    // codes of other lengths are jurisdiction-code-format's
    expect(kinds("3205061", "某某镇")).toStrictEqual([]);
    expect(kinds("3205060100", "某某街道")).toStrictEqual([]);
    expect(said("jurisdiction-code-name", { code: "320506", name: "吴中区街道", level: "县级" })).toStrictEqual([]);
  });
});

describe("jurisdiction-code-registry", () => {
  it("names the division the code belongs to, and the code of the name when the data has one", () => {
    expect(said("jurisdiction-code-registry", { ...county, name: "苏州市某某区" })).toStrictEqual([
      ["otherName", { code: "320506", name: "苏州市某某区", ...source, known: "吴中区" }, "a.yaml:3:9"],
    ]);
    expect(said("jurisdiction-code-registry", { ...county, name: "苏州市相城区" })).toStrictEqual([
      ["otherNameSuggest", { code: "320506", name: "苏州市相城区", ...source, known: "吴中区", suggested: "320507" }, "a.yaml:3:9"],
    ]);
    expect(said("jurisdiction-code-registry", { ...township, name: "木渎街道" })).toStrictEqual([
      ["otherName", { code: "320506103", name: "木渎街道", ...source, known: "木渎镇" }, "a.yaml:3:9"],
    ]);
  });

  it("gives the code of a known name written with an unknown code", () => {
    expect(said("jurisdiction-code-registry", { ...county, code: "320599" })).toStrictEqual([
      ["otherCode", { code: "320599", name: "苏州市吴中区", ...source, suggested: "320506" }, "a.yaml:3:9"],
    ]);
  });

  it("tells a prefecture's code from a county's", () => {
    expect(said("jurisdiction-code-registry", { code: "320500", name: "苏州市", level: "县级" })).toStrictEqual([
      ["prefecture", { code: "320500", name: "苏州市", ...source, known: "苏州市" }, "a.yaml:3:9"],
    ]);
  });

  it("says nothing of a code and name that agree, of what the data does not know, or of a village list", () => {
    expect(said("jurisdiction-code-registry", county)).toStrictEqual([]);
    expect(said("jurisdiction-code-registry", township)).toStrictEqual([]);
    expect(said("jurisdiction-code-registry", { ...county, code: "320599", name: "苏州市新区" })).toStrictEqual([]);
    expect(saidBy("jurisdiction-code-registry", { "a.yaml": villageList("村级", "320599103") })).toStrictEqual([]);
  });
});

describe("jurisdiction-code-unverified", () => {
  it("says the data cannot check a code and name it does not know", () => {
    expect(said("jurisdiction-code-unverified", { ...county, code: "320599", name: "苏州市新区" })).toStrictEqual([
      ["unverified", { code: "320599", name: "苏州市新区", ...source }, "a.yaml:3:9"],
    ]);
    expect(said("jurisdiction-code-unverified", { code: "320506203", name: "某某乡", level: "乡级" })).toStrictEqual([
      ["unverified", { code: "320506203", name: "某某乡", ...source }, "a.yaml:3:9"],
    ]);
  });

  it("says nothing of what the data knows or contradicts, or of a village list", () => {
    expect(said("jurisdiction-code-unverified", county)).toStrictEqual([]);
    expect(said("jurisdiction-code-unverified", { ...county, name: "苏州市某某区" })).toStrictEqual([]);
    expect(said("jurisdiction-code-unverified", { ...county, code: "320599" })).toStrictEqual([]);
    expect(saidBy("jurisdiction-code-unverified", { "a.yaml": villageList("村级", "320599103") })).toStrictEqual([]);
  });
});

describe("jurisdiction-level-mismatch", () => {
  it("says what the code's length means and how to resolve it", () => {
    expect(said("jurisdiction-level-mismatch", { ...county, level: "乡级" })).toStrictEqual([["countyCode", { code: "320506", level: "乡级", county: "320506" }, "a.yaml:5:10"]]);
    expect(said("jurisdiction-level-mismatch", { ...township, level: "县级" })).toStrictEqual([["townshipCode", { code: "320506103", level: "县级", county: "320506" }, "a.yaml:5:10"]]);
    expect(saidBy("jurisdiction-level-mismatch", { "a.yaml": villageList("乡级") })).toStrictEqual([["villageCode", { code: "320506103001", level: "乡级", county: "320506" }, "a.yaml:6:10"]]);
  });

  it("leaves a village code outside a village list, and a village list's other codes, to village-code-township", () => {
    expect(said("jurisdiction-level-mismatch", { code: "320506103001", name: "香溪社区", level: "乡级" })).toStrictEqual([]);
    expect(saidBy("jurisdiction-level-mismatch", { "a.yaml": villageList("乡级", "320506103") })).toStrictEqual([]);
    expect(saidBy("jurisdiction-level-mismatch", { "a.yaml": villageList("村级") })).toStrictEqual([]);
  });

  it("says nothing of agreeing levels, levels it cannot read, or malformed codes", () => {
    expect(said("jurisdiction-level-mismatch", county)).toStrictEqual([]);
    expect(said("jurisdiction-level-mismatch", township)).toStrictEqual([]);
    expect(said("jurisdiction-level-mismatch", { ...county, level: "县" })).toStrictEqual([]);
    expect(said("jurisdiction-level-mismatch", { ...county, code: "3205", level: "乡级" })).toStrictEqual([]);
  });
});

describe("jurisdiction-name-conflict", () => {
  const files = (names: Record<string, string>) => Object.fromEntries(Object.entries(names).map(([file, name]) => [file, catalog({ ...county, name })]));

  it("names the first file (by path) and its name for each file that names the code otherwise", () => {
    expect(saidBy("jurisdiction-name-conflict", files({ "c.yaml": "吴中区", "a.yaml": "苏州市吴中区", "b.yaml": "苏州市 吴中区" }))).toStrictEqual([
      ["conflict", { code: "320506", name: "吴中区", otherName: "苏州市吴中区", otherFile: "a.yaml" }, "c.yaml:4:9"],
    ]);
    expect(saidBy("jurisdiction-name-conflict", files({ "b/x.yaml": "苏州市吴中区", "a/x.yaml": "吴中区" }))).toStrictEqual([
      ["conflict", { code: "320506", name: "苏州市吴中区", otherName: "吴中区", otherFile: "a/x.yaml" }, "b/x.yaml:4:9"],
    ]);
  });

  it("leaves a file without a name to element-missing", () => {
    const nameless = catalog(county).replace("  name: 苏州市吴中区\n", "");
    expect(saidBy("jurisdiction-name-conflict", { "a.yaml": nameless, "b.yaml": catalog(county) })).toStrictEqual([]);
  });

  it("compares names of one code only, spaces aside", () => {
    const other = catalog({ code: "320507", name: "苏州市相城区", level: "县级" });
    expect(saidBy("jurisdiction-name-conflict", { ...files({ "a.yaml": "苏州市吴中区", "b.yaml": "苏州市　吴中区" }), "c.yaml": other })).toStrictEqual([]);
  });
});
