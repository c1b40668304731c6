/**
 * subject-generic's messages: the subject as written, the generic phrase found in it (all of it, or a part),
 * and an example of a real organ's name for the catalog's jurisdiction.
 */
import { describe, expect, it } from "vitest";
import { saidOnFixture } from "./helpers.js";

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
});
