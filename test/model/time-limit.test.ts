/**
 * 公开时限 parsing (src/model/time-limit.ts) on wordings from published catalogs (test/realworld/ and the
 * guidelines docs/format.md cites): the whole parse is compared, so a change to any part of it is seen.
 */
import { describe, expect, it } from "vitest";
import { shippedRegistries } from "../../src/model/registries.js";
import { longestDelay, parseTimeLimit, spellDuration } from "../../src/model/time-limit.js";
import type { TimeLimit } from "../../src/model/types.js";

const parse = (raw: string): TimeLimit => parseTimeLimit(raw, shippedRegistries().phrases);
const workingDays = (amount: number) => ({ amount, unit: "工作日" as const });
const days = (amount: number) => ({ amount, unit: "日" as const });

describe("parseTimeLimit", () => {
  it.each([
    ["信息形成或者变更之日起20个工作日内", [{ raw: "信息形成或者变更之日起20个工作日内", trigger: "形成或者变更", duration: workingDays(20) }]],
    // a trigger outside the registry's list: whatever stands before 之日起 or 后 + a number
    ["收到申请之日起十五个工作日内", [{ raw: "收到申请之日起十五个工作日内", trigger: "收到申请", duration: workingDays(15) }]],
    ["自作出决定之日起两天内", [{ raw: "自作出决定之日起两天内", trigger: "作出决定", duration: days(2) }]],
    ["本级人民代表大会或其常务委员会批准后20日内", [{ raw: "本级人民代表大会或其常务委员会批准后20日内", trigger: "批准", duration: days(20) }]],
    ["批准后２０日内", [{ raw: "批准后２０日内", trigger: "批准", duration: days(20) }]],
    ["批准后3个月内", [{ raw: "批准后3个月内", trigger: "批准", duration: { amount: 3, unit: "月" } }]],
    ["信息形成（变更）20个工作日内", [{ raw: "信息形成（变更）20个工作日内", trigger: "信息形成", duration: workingDays(20) }]],
    // a doubled 个 (typing slip) still reads as months
    ["批准后3个个月内", [{ raw: "批准后3个个月内", trigger: "批准", duration: { amount: 3, unit: "月" } }]],
    // the first 后 + number ends the trigger, not the first 后
    ["资金拨付后公示结束后10个工作日内", [{ raw: "资金拨付后公示结束后10个工作日内", trigger: "资金拨付后公示结束", duration: workingDays(10) }]],
    ["某信息确定后5小时内", [{ raw: "某信息确定后5小时内", trigger: "某信息确定", duration: { amount: 5, unit: "小时" } }]],
  ])("%s: one part with its trigger and period", (raw, parts) => {
    expect(parse(raw)).toStrictEqual({ raw, parts, vague: false, defects: [] });
  });

  it("reads each clause of a limit with several: 。 ； ， and numbering split them", () => {
    const raw = "1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内。";
    expect(parse(raw)).toStrictEqual({
      raw,
      parts: [{ raw: "除处罚决定外其他内容：长期公开（动态调整）" }, { raw: "处罚决定：20个工作日内", duration: workingDays(20) }],
      vague: false,
      defects: [],
    });
    const two = "信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示";
    expect(parse(two).parts.map((p) => [p.trigger, p.duration])).toStrictEqual([
      ["信息形成", workingDays(20)],
      ["其中行政许可、行政处罚事项应自作出行政决定", workingDays(7)],
    ]);
    expect(parse("一、批准后20日内。二）批准后30日内").parts.map((p) => p.raw)).toStrictEqual(["批准后20日内", "批准后30日内"]);
    expect(parse("批准后20日内,信息形成后5日内").parts.map((p) => p.raw)).toStrictEqual(["批准后20日内", "信息形成后5日内"]);
    expect(parse("批准后20日内;信息形成后5日内").parts.map((p) => p.raw)).toStrictEqual(["批准后20日内", "信息形成后5日内"]);
    // an empty clause is no part
    expect(parse("批准后20日内；；信息形成后5日内").parts.map((p) => p.raw)).toStrictEqual(["批准后20日内", "信息形成后5日内"]);
    // numbering is stripped at the start of a clause only, with numbers of two digits too
    expect(parse("10.处罚决定：20个工作日内").parts[0]!.raw).toBe("处罚决定：20个工作日内");
    expect(parse("十一、批准后20日内").parts[0]!.raw).toBe("批准后20日内");
    expect(parse("第1、2项：批准后20日内").parts[0]!.raw).toBe("第1、2项：批准后20日内");
  });

  it("takes a publicity period as the preceding part's notice, not as a delay", () => {
    expect(parse("配租结果确定之日起10个工作日内，公示期7个工作日")).toStrictEqual({
      raw: "配租结果确定之日起10个工作日内，公示期7个工作日",
      parts: [{ raw: "配租结果确定之日起10个工作日内，公示期7个工作日", trigger: "配租结果确定", duration: workingDays(10), notice: workingDays(7) }],
      vague: false,
      defects: [],
    });
    // a second publicity period has no part left to attach to: it stands alone
    expect(parse("信息形成之日起20个工作日内；公示7日，征求意见期30日").parts).toStrictEqual([
      { raw: "信息形成之日起20个工作日内，公示7日", trigger: "信息形成", duration: workingDays(20), notice: days(7) },
      { raw: "征求意见期30日", notice: days(30) },
    ]);
    for (const raw of ["公示不少于30日", "报送审批前公告30日", "公告期限15日", "征求意见时间不得少于30日"]) {
      expect(parse(raw).parts, raw).toStrictEqual([{ raw, notice: days(Number(/\d+/.exec(raw)![0])) }]);
      expect(parse(raw).vague, raw).toBe(false);
    }
    // 公示 or 公告 before which the period is: 前 … 公示, with anything but 后 between
    expect(parse("开工前在现场公示10日").parts).toStrictEqual([{ raw: "开工前在现场公示10日", notice: days(10) }]);
    // 公示 alone with no period is an ordinary part
    expect(parse("公示后更新").parts).toStrictEqual([{ raw: "公示后更新" }]);
  });

  it("knows standing and periodic forms, which need no trigger", () => {
    expect(parse("实时公开")).toStrictEqual({ raw: "实时公开", parts: [{ raw: "实时公开" }], standing: "实时", vague: false, defects: [] });
    expect(parse("长期公开（动态调整）。").standing).toBe("长期公开（动态调整）");
    expect(parse("每季度")).toStrictEqual({ raw: "每季度", parts: [{ raw: "每季度", periodic: true }], periodic: "每季度", vague: false, defects: [] });
    expect(parse("按季度公开")).toMatchObject({ periodic: "按季度", vague: false, defects: [] });
    expect(parse("每20个工作日更新")).toStrictEqual({
      raw: "每20个工作日更新",
      parts: [{ raw: "每20个工作日更新", periodic: true, duration: workingDays(20) }],
      periodic: "每",
      vague: false,
      defects: [],
    });
    // a date is a deadline, not 3 months or 31 days
    expect(parse("每年3月31日前")).toStrictEqual({ raw: "每年3月31日前", parts: [{ raw: "每年3月31日前", periodic: true }], periodic: "每年", vague: false, defects: [] });
    expect(parse("3月31日前").vague).toBe(false);
    expect(parse("3月31日前").parts).toStrictEqual([{ raw: "3月31日前" }]);
    expect(parse("十二月三十一日前").parts).toStrictEqual([{ raw: "十二月三十一日前" }]);
    // a periodic clause after a dated one: that part is periodic though the whole is not
    expect(parse("批准后20日内；每月更新").parts).toStrictEqual([
      { raw: "批准后20日内", trigger: "批准", duration: days(20) },
      { raw: "每月更新", periodic: true },
    ]);
    // a standing clause after a label, at its start
    expect(parse("1.规划信息：实时公开；2.其他：及时").vague).toBe(false);
    expect(parse("规划信息：实时公开并动态更新；其他：及时").vague).toBe(false);
  });

  it("calls vague what gives no period, standing or periodic form", () => {
    // a registered vague phrase, with or without closing punctuation, is nothing more
    for (const raw of ["同上", "及时公开。", "及时", "按要求", "同上；。"]) expect(parse(raw), raw).toStrictEqual({ raw, parts: [], vague: true, defects: [] });
    expect(parse("开学前")).toStrictEqual({ raw: "开学前", parts: [{ raw: "开学前" }], vague: true, defects: [] });
    // some clauses have a period: not vague
    expect(parse("批准后20日内；另行通知").vague).toBe(false);
    // a bare number is no time limit, and not a sentence cut short
    expect(parse("-5")).toStrictEqual({ raw: "-5", parts: [{ raw: "-5" }], vague: true, defects: [] });
    for (const raw of ["", "  ", "。"]) expect(parse(raw), raw).toStrictEqual({ raw, parts: [], vague: false, defects: [] });
  });

  it("reports the defects officials meet: 工作日 without 个, no trigger, spaces, a cut-off end", () => {
    expect(parse("20工作日")).toStrictEqual({ raw: "20工作日", parts: [{ raw: "20工作日", duration: workingDays(20) }], vague: false, defects: ["missing-ge", "missing-trigger"] });
    // each defect once, however many clauses have it
    expect(parse("20工作日；30工作日").defects).toStrictEqual(["missing-ge", "missing-trigger"]);
    expect(parse("20个工作日内").defects).toStrictEqual(["missing-trigger"]);
    expect(parse("20日内").defects).toStrictEqual(["missing-trigger"]);
    // an extension, a label or a period needs no trigger of its own
    expect(parse("收到申请之日起十五个工作日内，可延长15个工作日").defects).toStrictEqual([]);
    expect(parse("处罚决定：20个工作日内").defects).toStrictEqual([]);
    expect(parse("处罚决定:20个工作日内").defects).toStrictEqual([]);
    expect(parse("每季度，20个工作日内").defects).toStrictEqual([]);
    // spaces from PDF line breaks, between Chinese characters only
    const spaced = parse("制定或获取信息 之日起10个工作 日 内");
    expect(spaced).toStrictEqual({
      raw: "制定或获取信息 之日起10个工作 日 内",
      parts: [{ raw: "制定或获取信息之日起10个工作日内", trigger: "制定或获取", duration: workingDays(10) }],
      vague: false,
      defects: ["spaced"],
    });
    expect(parse("信息形成之日起 20 个工作日内").defects).toStrictEqual([]);
    expect(parse("信息形成之日起\u300020个工作日内").parts[0]!.raw).toBe("信息形成之日起20个工作日内");
    // cut off: no period left, so truncated rather than vague
    expect(parse("信息形成或者变更之日")).toStrictEqual({
      raw: "信息形成或者变更之日",
      parts: [{ raw: "信息形成或者变更之日", trigger: "形成或者变更" }],
      vague: false,
      defects: ["truncated"],
    });
    expect(parse("信息形成或 者变更之日 起20个工作 日内予以公").defects).toStrictEqual(["spaced"]);
    expect(parse("信息形成  之日起20个工作日内").defects).toStrictEqual(["spaced"]);
    for (const raw of ["信息形成之日起", "信息形成之日起20个", "信息形成之日起20个工作", "信息形成之日起20", "信息形成后予以", "信息形成、", "批准或", "批准及", "批准和", "信息形成（", "信息形成（变更"]) {
      expect(parse(raw).defects, raw).toContain("truncated");
    }
  });

  it("takes phrases from the registry it is given: the longest trigger that fits, vague phrases as listed", () => {
    const phrases = shippedRegistries().phrases;
    const own = { ...phrases, time_limit_triggers: ["变更", "形成或者变更", "信息"], time_limit_vague: [...phrases.time_limit_vague, "依规定予以"] };
    expect(parseTimeLimit("信息形成或者变更之日起20个工作日内", own).parts[0]!.trigger).toBe("形成或者变更");
    // a listed vague phrase is vague, not a sentence cut short, though it ends like one
    expect(parseTimeLimit("依规定予以", own)).toStrictEqual({ raw: "依规定予以", parts: [], vague: true, defects: [] });
  });
});

describe("longestDelay and spellDuration", () => {
  it("finds the part that publishes last, in working days", () => {
    const limit = parse("执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开");
    expect(longestDelay(limit)).toStrictEqual({ part: limit.parts[1], workingDays: 20 });
    // calendar days × 5/7, rounded down; months × 21
    expect(longestDelay(parse("批准后20日内"))?.workingDays).toBe(14);
    expect(longestDelay(parse("批准后3个月内"))?.workingDays).toBe(63);
    expect(longestDelay(parse("批准后5小时内"))?.workingDays).toBe(0);
    // the first of equal delays is kept
    const first = parse("批准后20个工作日内，信息形成后5个工作日内，每月更新");
    expect(longestDelay(first)).toStrictEqual({ part: first.parts[0], workingDays: 20 });
    const equal = parse("批准后20个工作日内，信息形成后20个工作日内");
    expect(longestDelay(equal)?.part).toBe(equal.parts[0]);
  });

  it("leaves out periodic, extension and publicity parts, and limits with no period", () => {
    expect(longestDelay(parse("每月10日前"))).toBeUndefined();
    expect(longestDelay(parse("公示不少于30日"))).toBeUndefined();
    expect(longestDelay(parse("实时公开"))).toBeUndefined();
    const extended = parse("收到申请之日起十五个工作日内，可延长15个工作日");
    expect(longestDelay(extended)).toStrictEqual({ part: extended.parts[0], workingDays: 15 });
    const laterExtension = parse("收到申请之日起5个工作日内，可延长15个工作日");
    expect(longestDelay(laterExtension)?.workingDays).toBe(5);
  });

  it("spells a duration as the official wording does", () => {
    expect(spellDuration(workingDays(20))).toBe("20个工作日");
    expect(spellDuration(days(20))).toBe("20日");
    expect(spellDuration({ amount: 3, unit: "月" })).toBe("3个月");
    expect(spellDuration({ amount: 5, unit: "小时" })).toBe("5小时");
  });
});
