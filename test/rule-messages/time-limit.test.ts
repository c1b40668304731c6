/**
 * The time-limit rules' messages: which message each rule picks and the data it fills in (the period,
 * the working days, the corrected spelling, the domain's guideline). The fixture tests under
 * test/rules/ check where a finding lands; these check what it says.
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { checkTexts, findingsOf } from "../helpers/check.js";

const said = (time_limit: string, fields: Record<string, string> = {}, domain = "社会救助", head: Parameters<typeof catalogText>[1] = {}) =>
  findingsOf(checkTexts({ "a.yaml": catalogText([itemText("SJ-01", { time_limit, ...fields })], { domain, ...head }) }))
    .filter((f) => f.rule.startsWith("time-limit-"))
    .map((f) => [f.rule, f.messageId, f.data]);
const onRequest = { method: "依申请" };

describe("time-limit-exceeds", () => {
  it("gives working days as written and calendar days converted", () => {
    expect(said("信息形成之日起30个工作日内")).toStrictEqual([["time-limit-exceeds", "workingDays", { value: "信息形成之日起30个工作日内", limit: "30个工作日", days: 30 }]]);
    expect(said("批准后60日内")).toStrictEqual([["time-limit-exceeds", "calendarDays", { value: "批准后60日内", limit: "60日", days: 42 }]]);
    expect(said("信息形成之日起20个工作日内")).toStrictEqual([]);
  });

  it("says nothing of information disclosed on request only", () => {
    expect(said("信息形成之日起30个工作日内", onRequest)).toStrictEqual([]);
  });
});

describe("time-limit-malformed", () => {
  it("spells the correction out", () => {
    expect(said("20工作日")).toStrictEqual([
      ["time-limit-malformed", "missingGe", { value: "20工作日", fixed: "20个工作日" }],
      ["time-limit-malformed", "missingTrigger", { value: "20工作日", period: "20个工作日" }],
    ]);
    expect(said("制定或获取信息 之日起10个工作 日  内")).toStrictEqual([["time-limit-malformed", "spaced", { value: "制定或获取信息 之日起10个工作 日  内", fixed: "制定或获取信息之日起10个工作日内" }]]);
    expect(said("信息形成或者变更之日")).toStrictEqual([["time-limit-malformed", "truncated", { value: "信息形成或者变更之日" }]]);
  });

  it("asks for the start event in the words of an on-request item", () => {
    expect(said("15个工作日内", onRequest)).toStrictEqual([["time-limit-malformed", "missingTriggerOnRequest", { value: "15个工作日内", period: "15个工作日" }]]);
    // the period named is the one without a trigger
    expect(said("批准后10个工作日内，15个工作日内")).toStrictEqual([["time-limit-malformed", "missingTrigger", { value: "批准后10个工作日内，15个工作日内", period: "15个工作日" }]]);
  });
});

describe("time-limit-vague", () => {
  it("points to the domain's guideline, or the general wording, or the on-request rule", () => {
    expect(said("及时")).toStrictEqual([["time-limit-vague", "guideline", { value: "及时", guideline: "《社会救助领域基层政务公开标准指引》（民办函〔2019〕52号）" }]]);
    expect(said("及时", onRequest)).toStrictEqual([["time-limit-vague", "onRequest", { value: "及时" }]]);
    expect(said("及时", {}, "未登记领域")).toStrictEqual([["time-limit-vague", "active", { value: "及时" }]]);
    // a general catalog has no domain guideline to point to (its registry entry describes its contents)
    expect(said("及时", {}, "综合")).toStrictEqual([["time-limit-vague", "active", { value: "及时" }]]);
  });

  it("reminds a village of the statute's own wording for 随时公布, and only a village", () => {
    const village = { code: "320506103001", name: "香溪社区", level: "村级" };
    expect(said("随时公布", {}, "社会救助", village)).toStrictEqual([["time-limit-vague", "village", { value: "随时公布" }]]);
    // spaces between the characters are reported apart (time-limit-malformed)
    expect(said("随时 公开", {}, "社会救助", village).filter((f) => f[0] === "time-limit-vague")).toStrictEqual([["time-limit-vague", "village", { value: "随时 公开" }]]);
    expect(said("随时公正", {}, "社会救助", village).map((f) => f[1])).toStrictEqual(["guideline"]);
    expect(said("随时公布", {}, "社会救助", village).length).toBe(1);
    expect(said("随时公布").map((f) => f[1])).toStrictEqual(["guideline"]);
    expect(said("及时", {}, "社会救助", village).map((f) => f[1])).toStrictEqual(["guideline"]);
  });
});
