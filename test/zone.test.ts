/**
 * A development zone without a division code (jurisdiction.zone, format.md §1): a jurisdiction of its
 * own within its administering division, in coverage, in the diff's matching and in the outputs' titles.
 */
import { describe, expect, it } from "vitest";
import { pilotCoverage } from "../src/model/coverage.js";
import { catalogTable } from "../src/render/table.js";
import { checkTexts, findingsOf, registries, withoutCoverage } from "./helpers/check.js";
import { catalogText, diffTexts, itemText } from "./diff/helpers.js";

const county = catalogText([itemText("SJ-01")]);
const zone = county.replace("  level: 县级\n", "  level: 县级\n  zone: 吴中经济技术开发区\n");

describe("jurisdiction.zone", () => {
  const checked = checkTexts({ "a/社会救助.yaml": county, "b/社会救助.yaml": zone });

  it("validates with no finding, its code and name checked as its administering division's", () => {
    const rules = (text: string) => findingsOf(checkTexts({ "b/社会救助.yaml": text }, { severities: withoutCoverage })).map((f) => f.rule);
    expect(rules(zone)).toEqual([]);
    expect(rules(zone.replace('code: "320506"', 'code: "320507"'))).toEqual(["jurisdiction-code-registry"]);
  });

  it("is a jurisdiction of its own in coverage, named by the zone", () => {
    const coverage = pilotCoverage(checked.catalogs, registries);
    expect(coverage.map((c) => [c.code, c.name, c.catalogs.length])).toEqual([
      ["320506", "吴中经济技术开发区", 1],
      ["320506", "苏州市吴中区", 1],
    ]);
  });

  it("titles its tables with the zone's name", () => {
    const table = catalogTable(checked.catalogs.find((c) => c.jurisdiction.zone)!, { channels: "used", channelNames: [] });
    expect(table.title).toBe("吴中经济技术开发区社会救助领域基层政务公开标准目录");
  });

  it("is matched apart from its division's catalog of the same domain in the diff", () => {
    const result = diffTexts({ "a.yaml": county, "b.yaml": zone }, { "a.yaml": county, "b.yaml": zone.replace("事项SJ-01", "事项SJ-01（开发区）") });
    expect(result.catalogs.map((c) => [c.jurisdiction, c.status])).toEqual([
      ["320506", "unchanged"],
      ["320506/吴中经济技术开发区", "changed"],
    ]);
  });
});
