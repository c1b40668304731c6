import { defineRule } from "../define-rule.js";
import { disclosedActively } from "../method.js";
import { longestDelay, spellDuration } from "../../model/time-limit.js";

/** 条例 第二十六条: active disclosure within 20 working days unless a law or regulation says otherwise. */
const defaultLimit = 20;

export default defineRule({
  id: "time-limit-exceeds",
  scope: "item",
  severity: "warning",
  description: {
    zh: "主动公开的时限不应长于《政府信息公开条例》第二十六条的20个工作日，除非公开依据中有另行规定期限的法律法规",
    en: "Active disclosure should take at most the 20 working days of Art. 26 of the 政府信息公开条例, unless a cited law sets another limit",
  },
  messages: {
    workingDays: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，期限{{limit}}，超过《政府信息公开条例》第二十六条规定的主动公开期限（信息形成或者变更之日起20个工作日内）。请缩短到20个工作日以内；如果法律、法规对这项信息另有期限规定，请在公开依据中引用该规定",
      en: "{{item}} sets “{{value}}” as its “{{element}}”: {{limit}} is longer than the 20 working days of Art. 26 of the 政府信息公开条例 (from the day the information is made or changed). Shorten it to 20 working days or less; if a law or regulation sets another limit for this information, cite it in the legal basis",
    },
    calendarDays: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，期限{{limit}}，约合{{days}}个工作日，超过《政府信息公开条例》第二十六条规定的主动公开期限（20个工作日）。注意「日」按日历计算，「工作日」不含周末和法定节假日，二者不同。请改为20个工作日以内；如果法律、法规对这项信息另有期限规定，请在公开依据中引用该规定",
      en: "{{item}} sets “{{value}}” as its “{{element}}”: {{limit}} is about {{days}} working days, longer than the 20 working days of Art. 26 of the 政府信息公开条例. Note that 日 are calendar days and 工作日 working days: they differ. Shorten it to 20 working days or less; if a law or regulation sets another limit for this information, cite it in the legal basis",
    },
  },
  check(item, { report, registries }) {
    if (!disclosedActively(item)) return;
    const longest = longestDelay(item.timeLimit);
    if (!longest?.part.duration || longest.workingDays <= defaultLimit) return;
    const setsOwnLimit = item.basis.some((c) => registries.findLaws(c.title, c.docNo).some((law) => law.sets_time_limit));
    if (setsOwnLimit) return;
    const { duration } = longest.part;
    const data = { value: item.timeLimit.raw, limit: spellDuration(duration), days: longest.workingDays };
    report({ messageId: duration.unit === "工作日" ? "workingDays" : "calendarDays", path: ["time_limit"], data });
  },
});
