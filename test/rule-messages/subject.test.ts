/**
 * subject-generic's messages: the subject as written, the generic phrase found in it (all of it, or a part),
 * and an example of a real organ's name for the catalog's jurisdiction.
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const county = "fail/320506-吴中区/义务教育.yaml";
const township = "fail/320506103-木渎镇/养老服务.yaml";
const countyExample = "苏州市吴中区××局";
const townshipExample = "苏州市吴中区木渎镇人民政府";

describe("subject-generic", () => {
  it("quotes the guideline's wording, whole or in part, and shows a real organ's name", () => {
    expect(saidOnFixture("subject-generic")).toStrictEqual([
      [`${county}:18:14`, "warning", "generic", { value: "教育部门", phrase: "教育部门", example: countyExample }],
      [`${county}:46:14`, "warning", "genericPart", { value: "苏州市吴中区教育局及相关部门", phrase: "相关部门", example: countyExample }],
      [`${township}:19:14`, "warning", "generic", { value: "县级人民政府民政部门", phrase: "县级人民政府民政部门", example: townshipExample }],
      [`${township}:33:14`, "warning", "genericPart", { value: "县级民政部门、乡镇人民政府", phrase: "县级民政部门", example: townshipExample }],
      [`${township}:47:14`, "warning", "generic", { value: "乡镇人民政府", phrase: "乡镇人民政府", example: townshipExample }],
      [`${township}:61:14`, "warning", "generic", { value: "街道办事处", phrase: "街道办事处", example: townshipExample }],
      [`${township}:75:14`, "warning", "generic", { value: "县自然资源主管部门", phrase: "县自然资源主管部门", example: townshipExample }],
      [`${township}:89:14`, "warning", "genericPart", { value: "苏州市吴中区民政局或相关职能部门", phrase: "相关职能部门", example: townshipExample }],
      [`${township}:103:14`, "warning", "generic", { value: "县级以上地方人民政府卫生健康部门", phrase: "县级以上地方人民政府卫生健康部门", example: townshipExample }],
      [`${township}:117:14`, "warning", "generic", { value: "区政府各部门", phrase: "区政府各部门", example: townshipExample }],
      [`${township}:131:14`, "warning", "generic", { value: "镇级人民政府", phrase: "镇级人民政府", example: townshipExample }],
      [`${township}:145:14`, "warning", "generic", { value: "乡镇便民服务中心", phrase: "乡镇便民服务中心", example: townshipExample }],
      // spaces are PDF line breaks: the phrase is read without them
      [`${township}:159:14`, "warning", "genericPart", { value: "乡镇人民 政府", phrase: "乡镇人民政府", example: townshipExample }],
      ["fail/320506103-木渎镇/财政预决算.yaml:18:14", "warning", "generic", { value: "地方各级财政部门", phrase: "地方各级财政部门", example: townshipExample }],
    ]);
  });

  it("judges each subject by its wording: a department or government named by type or level, never a named organ", () => {
    const verdicts = (subjects: string[], head: Parameters<typeof catalogText>[1] = {}) => {
      const items = subjects.map((subject, i) => itemText(`SJ-${String(i + 1).padStart(2, "0")}`, { subject: JSON.stringify(subject) }));
      return said("subject-generic", { "a.yaml": catalogText(items, head) }).map(([, , id, data]) => [data.value, id, data.phrase]);
    };
    const generic = [
      "民政部门", "公安机关", "县级以上人民政府", "县级以上地方各级人民政府民政部门", "各级人民政府", "地方人民政府", "所在地乡镇人民政府",
      "属地街道办事处", "有关部门", "其他部门", "其它部门", "上级主管部门", "本级财政部门", "同级人民政府", "乡镇级人民政府", "街道级人民政府",
      "乡级人民政府", "区级财政部门", "市级民政部门", "各乡镇", "市场监管部门", "城乡建设部门", "城市管理部门", "人民政府", "政府", "办事处", "街道办",
      "县级民政", "乡级民政所",
    ];
    expect(verdicts(generic)).toStrictEqual(generic.map((g) => [g, "generic", g]));
    // a registered wording is quoted whole, though its parts are generic too
    expect(verdicts(["县级政府民政部门、乡镇政府（街道办事处）"])).toStrictEqual([["县级政府民政部门、乡镇政府（街道办事处）", "generic", "县级政府民政部门、乡镇政府（街道办事处）"]]);
    // a level among named organs, and a level word beside a place-like word (农村 is no place's name)
    expect(verdicts(["县级、木渎镇人民政府", "农村村级组织"])).toStrictEqual([
      ["县级、木渎镇人民政府", "level", "县级"],
      ["农村村级组织", "level", "村级"],
    ]);
    expect(verdicts(["县民政局以及乡镇人民政府", "乡（镇）人民政府", "乡(镇)人民政府", "乡镇人民政府　民政办", "县级", "乡级", "区县级"])).toStrictEqual([
      ["县民政局以及乡镇人民政府", "genericPart", "乡镇人民政府"],
      ["乡（镇）人民政府", "genericPart", "人民政府"],
      ["乡(镇)人民政府", "genericPart", "人民政府"],
      // a full-width space is a line break too
      ["乡镇人民政府　民政办", "genericPart", "乡镇人民政府民政办"],
      ["县级", "level", "县级"],
      ["乡级", "level", "乡级"],
      ["区县级", "level", "县级"],
    ]);
    const named = [
      "沛县教育局", "吴中区城市管理局", "苏州市吴中区市场监督管理局", "木渎镇社区卫生服务中心", "苏州市吴中区住房和城乡建设局", "横泾街道办事处",
      "苏州市吴中区民政局/木渎镇人民政府", "吴中区民政局；木渎镇人民政府", "木渎镇人民政府，横泾街道办事处", "苏州市吴中区卫生健康委员会（木渎镇）",
      "吴江区市场监管部门", "苏州市吴中区城市管理部门", "沛县民政部门", "吴中区城乡建设部门", "木渎镇人民 政府", "苏州市吴中区人民政府", "吴中区政府",
      "村民委员会", "社区居民委员会", "各村（社区）", "民政局",
    ];
    expect(verdicts(named)).toStrictEqual([]);
  });

  it("reports a subject written alike in several items at each, and shows a street office's own name", () => {
    const street = { code: "320506011", name: "苏州市吴中区横泾街道", level: "乡级" };
    const items = ["SJ-01", "SJ-02"].map((id) => itemText(id, { subject: "民政部门", levels: "[乡级]" }));
    expect(said("subject-generic", { "a.yaml": catalogText(items, street) })).toStrictEqual([
      ["a.yaml:14:14", "warning", "generic", { value: "民政部门", phrase: "民政部门", example: "苏州市吴中区横泾街道办事处" }],
      ["a.yaml:25:14", "warning", "generic", { value: "民政部门", phrase: "民政部门", example: "苏州市吴中区横泾街道办事处" }],
    ]);
  });
});
