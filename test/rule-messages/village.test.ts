/**
 * The village-list rules' messages: the township item a village item mirrors (its id, name and file),
 * what differs (the entry, the citation and its articles, the organ), the code's township, and which
 * findings are only "cannot check" (info).
 */
import { describe, expect, it } from "vitest";
import { saidOnFixture } from "./helpers.js";

const village = "fail/320506103001-香溪社区/村（居）务公开目录.yaml";
const townshipFile = "fail/320506103-木渎镇/社会救助.yaml";

describe("village-code-township", () => {
  it("tells a short code, a village code on another kind of catalog and a township the data does not know apart", () => {
    expect(saidOnFixture("village-code-township")).toStrictEqual([
      ["fail/320506103-木渎镇/村（居）务公开目录.yaml:6:9", "error", "length", { code: "320506103" }],
      ["fail/320506103001-香溪社区/社会救助.yaml:5:9", "error", "notVillage", { code: "320506103001", township: "320506103" }],
      ["fail/320506199001-某社区/村（居）务公开目录.yaml:6:9", "info", "township", { code: "320506199001", township: "320506199", source: "2023年统计用区划代码和城乡划分代码", cutoff: "2023-06-30" }],
    ]);
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
