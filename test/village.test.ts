/**
 * Village lists (村(居)务公开目录) end to end: how they are modelled, the cross-file comparison of a
 * mirrored item with its township item (content and basis each reported at the village item's line,
 * and no finding where a village narrows or abbreviates), the shipped examples of 木渎镇, and the
 * build publishing each list on its own page linked from its township's index.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, validate } from "../src/api.js";
import { pilotCoverage } from "../src/model/coverage.js";
import { packageRoot } from "../src/paths.js";
import { checkTexts, findingsOf, registries, withoutCoverage } from "./helpers/check.js";

const township = `format: 1
jurisdiction:
  code: "320506103"
  name: 苏州市吴中区木渎镇
  level: 乡级
domain: 社会救助
items:
  - id: SJ-01-02
    category: 综合业务
    name: 社会救助标准
    content:
      - 城乡最低生活保障标准
      - 特困人员基本生活标准和照料护理标准
      - 临时救助标准
    basis:
      - 《社会救助暂行办法》（国务院令第649号）第十条
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 苏州市吴中区木渎镇人民政府
    channels: [政务服务中心, 便民服务站]
    audience: 全社会
    method: 主动
`;

const villageItem = (id: string, content: string[], basis: string[], extra = "") => `
  - id: ${id}
    category: 社会救助
    name: 社会救助标准${id}${extra}
    content:
${content.map((c) => `      - ${c}`).join("\n")}
    basis:
${basis.map((b) => `      - ${b}`).join("\n")}
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 苏州市吴中区木渎镇香溪社区居民委员会
    channels: [社区/企事业单位/村公示栏（电子屏）, 村（居）民微信群]
    audience: 全社会
    method: 主动`;

const villageText = (...items: string[]) => `format: 1
kind: village-list
jurisdiction:
  code: "320506103001"
  name: 苏州市吴中区木渎镇香溪社区
  level: 村级
domain: 社会救助
items:${items.join("")}
`;

const townshipFile = "catalogs/320506103-木渎镇/社会救助.yaml";
const villageFile = "catalogs/320506103-木渎镇/香溪社区.yaml";
/** The 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

const check = (files: Record<string, string>, partial = false) => findingsOf(checkTexts(files, { severities: withoutCoverage, partial }));

describe("the model", () => {
  it("reads a village list's items with mirrors and 自治", () => {
    const village = villageText(villageItem("A", ["城乡最低生活保障标准"], ["《社会救助暂行办法》"], "\n    mirrors: SJ-01-02"), villageItem("B", ["居民会议决定事项"], ["《中华人民共和国城市居民委员会组织法》"], "\n    self_governance: true"));
    const { catalogs } = checkTexts({ [townshipFile]: township, [villageFile]: village }, { severities: withoutCoverage });
    const [town, list] = catalogs;
    expect(list!.items.map((i) => [i.id, i.mirrors, i.selfGovernance])).toEqual([["A", "SJ-01-02", undefined], ["B", undefined, true]]);
    expect(list!.village!.map((i) => [i.id, i.mirrors, i.selfGovernance, i.content])).toEqual([["A", "SJ-01-02", undefined, ["城乡最低生活保障标准"]], ["B", undefined, true, ["居民会议决定事项"]]]);
    expect(town!.village).toBeUndefined();
    // Not a domain catalog: the township alone is a jurisdiction with a 社会救助 catalog.
    expect(pilotCoverage(catalogs, registries).map((c) => [c.code, c.catalogs.length, c.present.includes("社会救助")])).toEqual([["320506103", 1, true]]);
  });
});

describe("a village item that contradicts its township item", () => {
  const village = villageText(
    villageItem("XX-01", ["城乡最低生活保障标准", "村级集体资产出租收益"], ["《社会救助暂行办法》（国务院令第649号）第十条", "《最低生活保障审核确认办法》（民发〔2021〕57号）"], "\n    mirrors: SJ-01-02"),
    villageItem("XX-02", ["低保标准", "临时救助标准"], ["《社会救助暂行办法》", "《中华人民共和国城市居民委员会组织法》"], "\n    mirrors: SJ-01-02"),
  );
  const findings = check({ [townshipFile]: township, [villageFile]: village });
  const village21 = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.file, f.range.line, f.range.column, f.severity, f.data.text ?? f.data.citation]);

  it("is reported for its content at the line of the entry the township item does not hold", () => {
    expect(village21("village-mirror-content")).toEqual([[villageFile, lineOf(village, "村级集体资产出租收益"), 9, "warning", "村级集体资产出租收益"]]);
  });

  it("is reported for its basis at the line of the citation the township item does not make", () => {
    expect(village21("village-mirror-basis")).toEqual([[villageFile, lineOf(village, "《最低生活保障审核确认办法》"), 9, "warning", "《最低生活保障审核确认办法》"]]);
  });

  it("is the only thing reported: a narrowed, abbreviated or less precise mirror is not a difference", () => {
    expect(findings.map((f) => f.rule).sort()).toEqual(["village-mirror-basis", "village-mirror-content"]);
  });

  it("names the township item and its file in the message", async () => {
    const { localiseFindings } = await import("../src/report/localise.js");
    const { ruleById } = await import("../src/check/rules/index.js");
    const [content] = localiseFindings(findings.filter((f) => f.rule === "village-mirror-content"), ruleById, "zh");
    expect(content!.message).toContain("社会救助标准」（SJ-01-02，catalogs/320506103-木渎镇/社会救助.yaml）");
    const [basis] = localiseFindings(findings.filter((f) => f.rule === "village-mirror-basis"), ruleById, "en");
    expect(basis!.message).toContain("《社会救助暂行办法》（国务院令第649号）第十条");
  });
});

describe("a mirror that cannot be checked", () => {
  const village = villageText(villageItem("XX-01", ["村级集体资产出租收益"], ["《特困人员认定办法》（民发〔2021〕43号）"], "\n    mirrors: SJ-01-02"));

  it("says so (info) when the township's catalogs are not among the files checked, and never calls the item wrong", () => {
    const findings = check({ [villageFile]: village });
    expect(findings.map((f) => [f.rule, f.severity, f.range.line])).toEqual([["village-mirror-unknown", "info", lineOf(village, "mirrors:")]]);
  });

  it("is silent when only named files were checked", () => {
    expect(check({ [villageFile]: village }, true)).toEqual([]);
  });

  it("is an error when the township's catalog is there but has no such item", () => {
    const findings = check({ [townshipFile]: township, [villageFile]: village.replace("mirrors: SJ-01-02", "mirrors: SJ-01-09") });
    expect(findings.map((f) => [f.rule, f.severity, f.range.line])).toEqual([["village-mirror-unknown", "error", lineOf(village, "mirrors:")]]);
  });
});

describe("the shipped village lists of 木渎镇", () => {
  it("validate with no error and no warning, mirror real township items and include a 自治 item", async () => {
    const result = await validate({ cwd: packageRoot, paths: ["catalogs"] });
    const lists = result.catalogs.filter((c) => c.village);
    expect(lists.map((c) => c.jurisdiction.code).sort()).toEqual(["320506103001", "320506103008"]);
    const findings = result.results.filter((r) => lists.some((c) => c.file === r.path)).flatMap((r) => r.findings);
    expect(findings).toEqual([]);
    expect(result.results.flatMap((r) => r.findings).filter((f) => f.severity !== "info")).toEqual([]);
    const items = lists.flatMap((c) => c.items);
    const townshipIds = new Set(result.catalogs.filter((c) => c.jurisdiction.code === "320506103").flatMap((c) => c.items.map((i) => i.id)));
    expect(items.filter((i) => i.mirrors).every((i) => townshipIds.has(i.mirrors!))).toBe(true);
    expect(items.filter((i) => i.mirrors).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.selfGovernance).length).toBeGreaterThanOrEqual(1);
  });
});

describe("catalog build", () => {
  it("publishes each village list on its own page, linked from its township's index, not counted as a domain", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "catalog-village-")), "site");
    const outcome = await build({ cwd: packageRoot, paths: ["catalogs"], out, formats: ["html", "csv"], epoch: 1719532800 });
    const folder = "320506103-苏州市吴中区木渎镇";
    const mudu = outcome.plan!.jurisdictions.find((j) => j.code === "320506103")!;
    expect(mudu.villages.map((v) => [v.stem, v.table.title, v.table.rowCount])).toEqual([
      ["藏书社区", "苏州市吴中区木渎镇藏书社区村（居）务公开目录", 3],
      ["香溪社区", "苏州市吴中区木渎镇香溪社区村（居）务公开目录", 3],
    ]);
    expect(mudu.catalogs.some((c) => c.catalog.village)).toBe(false);
    expect(mudu.coverage.present.length).toBe(7);
    expect(outcome.files).toEqual(expect.arrayContaining([`${folder}/香溪社区.html`, `${folder}/香溪社区.csv`, `${folder}/藏书社区.html`]));
    const index = readFileSync(join(out, folder, "index.html"), "utf8");
    expect(index).toContain(`<a href="${encodeURIComponent("香溪社区")}.html">香溪社区</a>`);
    const page = readFileSync(join(out, folder, "香溪社区.html"), "utf8");
    expect(page).toContain("<h1>苏州市吴中区木渎镇香溪社区村（居）务公开目录</h1>");
    // The combined CSV of the township's domains leaves the village lists out.
    expect(readFileSync(join(out, folder, "全部领域.csv"), "utf8")).not.toContain("居民会议决定事项");
  });
});
