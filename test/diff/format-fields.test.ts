// The format's optional item keys in the diff and the textconv: 三级事项 and 特定群体（请写明） compared and
// shown, and a level written 乡、村级 equal to nothing but itself or what it names.
import { describe, expect, it } from "vitest";
import { flatten } from "../../src/diff/textconv.js";
import { fieldLabels } from "../../src/diff/fields.js";
import type { TextChange } from "../../src/diff/types.js";
import { checkTexts } from "../helpers/check.js";
import { catalogOf, catalogText, diffTexts, itemOf, itemText } from "./helpers.js";

const before = catalogText([itemText("SJ-01", { subitem: "申请条件", audience: "特定群体", audience_detail: "申请人", levels: "[县级, 乡、村级]" }), itemText("SJ-02")]);

describe("diff of subitem, audience_detail and levels", () => {
  it("reports a changed 三级事项 and 特定群体 group with their old and new text", () => {
    const after = before.replace("subitem: 申请条件", "subitem: 申请材料").replace("audience_detail: 申请人", "audience_detail: 申请人及其家庭成员");
    const item = itemOf(catalogOf(diffTexts({ "a.yaml": before }, { "a.yaml": after }), "320506", "社会救助"), "SJ-01", "changed")!;
    expect(item.changes!.map((c) => [c.field, (c as TextChange).before, (c as TextChange).after])).toEqual([
      ["subitem", "申请条件", "申请材料"],
      ["audience_detail", "申请人", "申请人及其家庭成员"],
    ]);
  });

  it("reports a key added to an item, and shows it among an added item's fields", () => {
    const after = before.replace("- id: SJ-02\n", "- id: SJ-02\n    subitem: 办理流程\n") + itemText("SJ-03", { subitem: "公示" }).replace(/^/gm, "    ").replace(/^    -/, "  -") + "\n";
    const catalog = catalogOf(diffTexts({ "a.yaml": before }, { "a.yaml": after }), "320506", "社会救助");
    const changed = itemOf(catalog, "SJ-02", "changed")!;
    expect(changed.changes!.map((c) => [c.field, (c as TextChange).before ?? "", (c as TextChange).after])).toEqual([["subitem", "", "办理流程"]]);
    expect(itemOf(catalog, "SJ-03", "added")!.fields).toMatchObject({ subitem: "公示" });
  });

  it("sees no change when 乡、村级 is rewritten to 乡级, 村级 spelled as one entry naming both", () => {
    const after = before.replace("[县级, 乡、村级]", "[县级, 镇、村级]");
    expect(catalogOf(diffTexts({ "a.yaml": before }, { "a.yaml": after }), "320506", "社会救助").status).toBe("unchanged");
    const fewer = before.replace("[县级, 乡、村级]", "[县级, 乡级]");
    expect(itemOf(catalogOf(diffTexts({ "a.yaml": before }, { "a.yaml": fewer }), "320506", "社会救助"), "SJ-01", "changed")!.changes!.map((c) => c.field)).toEqual(["levels"]);
  });
});

describe("textconv", () => {
  it("writes 三级事项 and 特定群体（请写明） lines, only for items that have them", () => {
    const catalog = checkTexts({ "a.yaml": before }).catalogs[0]!;
    const lines = flatten(catalog, fieldLabels(), "zh").split("\n");
    expect(lines).toContain("[SJ-01] 三级事项: 申请条件");
    expect(lines).toContain("[SJ-01] 特定群体（请写明）: 申请人");
    expect(lines.filter((l) => l.startsWith("[SJ-02] 三级事项") || l.startsWith("[SJ-02] 特定群体（请写明）"))).toEqual([]);
    expect(flatten(catalog, fieldLabels(), "en")).toContain("[SJ-01] sub-item (三级事项): 申请条件");
  });
});
