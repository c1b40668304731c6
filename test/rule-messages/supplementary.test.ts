/**
 * The supplementary catalog's rules: the matter duplicated and the standard catalog's item (id, file,
 * line), where the two publish differently, and the provision of the 条例 a catalog leaves uncovered.
 */
import { describe, expect, it } from "vitest";
import { saidOnFixture } from "./helpers.js";

const supplementary = "fail/320506103-木渎镇/政府信息主动公开补充目录.yaml";
const standard = "fail/320506103-木渎镇/财政预决算.yaml";

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

describe("supplementary-gap", () => {
  it("cites the provision, its text and the words looked for", () => {
    expect(saidOnFixture("supplementary-gap")).toStrictEqual([
      [`${supplementary}:15:1`, "info", "uncovered", { provision: "第二十条第（十三）项", text: "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", keywords: "环境保护”“生态环境”“公共卫生" }],
      [`${supplementary}:15:1`, "info", "uncovered", { provision: "第二十一条", text: "宅基地使用情况审核", keywords: "宅基地" }],
    ]);
  });
});
