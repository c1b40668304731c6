/**
 * 公开属性 and the non-disclosure list end to end: how they are modelled, that the shipped list is read
 * as one, and that the 公开属性 column appears in the HTML and CSV tables only when a catalog states it.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { validate } from "../src/api.js";
import { catalogCsv } from "../src/render/csv.js";
import { tableHtml } from "../src/render/html/table.js";
import { catalogTable } from "../src/render/table.js";
import { disclosureOf } from "../src/model/disclosure.js";
import type { Catalog } from "../src/model/types.js";
import { packageRoot } from "../src/paths.js";
import { checkTexts, findingsOf, registries, withoutCoverage } from "./helpers/check.js";

const head = 'format: 1\njurisdiction:\n  code: "320506103"\n  name: 苏州市吴中区木渎镇\n  level: 乡级\n';
const item = (id: string, extra = "", method = "主动") => `
  - id: ${id}
    category: 最低生活保障
    name: 事项${id}
    content: [低保审核确认的相关信息]
    basis: [《社会救助暂行办法》（国务院令第649号）第十一条]
    time_limit: 信息形成或者变更之日起20个工作日内
    subject: 苏州市吴中区木渎镇人民政府
    channels: [政府网站]
    audience: 全社会
    method: ${method}${extra}`;
const catalogText = (...items: string[]) => `${head}domain: 社会救助\nitems:${items.join("")}\n`;
const channelNames = registries.channels.map((c) => c.name);
const tableOf = (catalog: Catalog) => catalogTable(catalog, { channels: "checklist", channelNames });
const modelled = (text: string): Catalog => checkTexts({ "catalogs/320506103-木渎镇/社会救助.yaml": text }, { severities: withoutCoverage }).catalogs[0]!;
const csvRecords = (catalog: Catalog): Record<string, string>[] =>
  parse(new TextDecoder().decode(catalogCsv([tableOf(catalog)], { encoding: "utf-8", file: "x.csv" }).bytes), { bom: true, columns: true });

describe("the model", () => {
  it("keeps a stated 公开属性 and what is withheld, and lists the items not disclosed", () => {
    const catalog = modelled(catalogText(item("A", "\n    disclosure: 部分公开\n    withheld: 身份证号码"), item("B", "\n    disclosure: 不予公开"), item("C")));
    expect(catalog.items.map((i) => [i.disclosure, i.withheld])).toEqual([["部分公开", "身份证号码"], ["不予公开", undefined], [undefined, undefined]]);
    expect(catalog.undisclosed).toEqual([{ index: 1, id: "B", name: "事项B" }]);
    expect(catalog.negativeList).toBeUndefined();
  });

  it("reads the status from the method when none is stated", () => {
    const [active, onRequest, both, stated] = modelled(catalogText(item("A"), item("B", "", "依申请"), item("C", "", "[主动, 依申请]"), item("D", "\n    disclosure: 依申请公开"))).items;
    expect([active, onRequest, both, stated].map((i) => disclosureOf(i!))).toEqual(["主动公开", "依申请公开", "主动公开", "依申请公开"]);
  });

  it("models a negative list's entries with their citations", () => {
    const text = `${head}kind: negative-list\nentries:\n  - id: N1\n    name: 甲\n    domain: 社会救助\n    basis: [《中华人民共和国政府信息公开条例》第十五条]\n  - id: N2\n    name: 乙\n`;
    const list = modelled(text);
    expect(list.items).toEqual([]);
    expect(list.negativeList!.map((e) => [e.id, e.name, e.domain, e.basis.map((c) => c.articles.map((a) => a.article))])).toEqual([
      ["N1", "甲", "社会救助", [[15]]],
      ["N2", "乙", undefined, []],
    ]);
  });
});

describe("the shipped non-disclosure list", () => {
  it("is read as a negative list of 木渎镇 and validates with no finding", async () => {
    const result = await validate({ cwd: packageRoot, paths: ["catalogs"] });
    const list = result.catalogs.find((c) => c.file.endsWith("不予公开事项清单.yaml"));
    expect(list?.jurisdiction.code).toBe("320506103");
    expect(list?.negativeList?.length).toBe(3);
    expect(result.results.find((r) => r.path === list!.file)?.findings).toEqual([]);
    expect(result.results.flatMap((r) => r.findings).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the 公开属性 column", () => {
  const plain = modelled(catalogText(item("A"), item("B", "", "依申请")));
  const stated = modelled(catalogText(item("A", "\n    disclosure: 部分公开\n    withheld: 申请人身份证号码"), item("B", "", "依申请")));

  it("is left out of a catalog that states no 公开属性 (CSV and HTML)", () => {
    expect(tableOf(plain).withDisclosure).toBe(false);
    expect(Object.keys(csvRecords(plain)[0]!)).not.toContain("公开属性");
    expect(tableHtml(tableOf(plain), { fragment: true }).html).not.toContain("公开属性");
  });

  it("shows every row's status once one item states it, with what is withheld (CSV and HTML)", () => {
    expect(csvRecords(stated).map((r) => r["公开属性"])).toEqual(["部分公开（不公开：申请人身份证号码）", "依申请公开"]);
    const html = tableHtml(tableOf(stated), { fragment: true }).html;
    expect(html).toMatch(/<th id="h-disclosure"[^>]*>公开<wbr>属性<\/th>|<th id="h-disclosure"[^>]*>公开属性<\/th>/);
    expect(html).toContain("<td headers=\"h-disclosure c1 n1\">部分公开（不公开：申请人身份证号码）</td>");
  });

  it("escapes what is withheld in HTML; in CSV it follows the status, so it never starts a cell as a formula", () => {
    const hostile = modelled(catalogText(item("A", '\n    disclosure: 部分公开\n    withheld: "=HYPERLINK(1) <b>x</b>"')));
    expect(tableHtml(tableOf(hostile), { fragment: true }).html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(csvRecords(hostile)[0]!["公开属性"]).toBe("部分公开（不公开：=HYPERLINK(1) <b>x</b>）");
  });
});

it("reports a 不予公开 item and a bad list entry at their lines, with calibrated severities", () => {
  const files = {
    "catalogs/320506103-木渎镇/社会救助.yaml": catalogText(item("A", "\n    disclosure: 不予公开")),
    "catalogs/320506103-木渎镇/不予公开事项清单.yaml": `${head}kind: negative-list\nentries:\n  - id: N1\n    name: 其他事项\n  - id: N2\n    name: 事项B\n    basis: [《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条]\n`,
  };
  const found = findingsOf(checkTexts(files, { severities: withoutCoverage })).map((f) => `${f.file.split("/")[2]}:${f.range.line} ${f.rule} ${f.severity}`);
  expect(found.sort()).toEqual([
    "不予公开事项清单.yaml:8 negative-list-basis-missing error",
    "不予公开事项清单.yaml:12 negative-list-basis-article error",
    "社会救助.yaml:18 disclosure-unlisted error",
  ].sort());
});
