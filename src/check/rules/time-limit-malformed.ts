import { defineRule } from "../define-rule.js";
import { onRequestOnly } from "../method.js";
import { numeralPattern } from "../../model/numerals.js";
import { spellDuration } from "../../model/time-limit.js";
import type { TimeLimitDefect } from "../../model/types.js";

const withoutGe = new RegExp(`(${numeralPattern})工作日`, "g");

export default defineRule({
  id: "time-limit-malformed",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开时限应写完整：「N个工作日」不漏「个」，写明起算事件，末尾不被截断，字间不留空格",
    en: "Time limits must be written out: 「N个工作日」 with its 个, a start event, nothing cut off at the end, no spaces between characters",
  },
  messages: {
    missingGe: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，漏了量词「个」，请写作「{{fixed}}」",
      en: "{{item}} writes “{{value}}” as its “{{element}}”, without the measure word 个: write 「{{fixed}}」",
    },
    missingTrigger: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明从哪一天起算，无法核对是否按时公开。请写明起算事件，如「信息形成或者变更之日起{{period}}内」",
      en: "{{item}} gives “{{value}}” as its “{{element}}” without saying from which day it runs, so timeliness cannot be checked. Name the start event, e.g. 「信息形成或者变更之日起{{period}}内」",
    },
    missingTriggerOnRequest: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明从哪一天起算。依申请公开的事项请写作「收到申请之日起{{period}}内予以答复」",
      en: "{{item}} gives “{{value}}” as its “{{element}}” without saying from which day it runs. For disclosure on request write 「收到申请之日起{{period}}内予以答复」",
    },
    truncated: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，末尾不完整，像是录入或复制时被截断了。请按原表补全，如「信息形成或者变更之日起20个工作日内」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: its end is incomplete, as if cut off when typed or copied. Complete it from the original table, e.g. 「信息形成或者变更之日起20个工作日内」",
    },
    spaced: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，字与字之间有空格，多是从 PDF 或网页复制时留下的，请改为「{{fixed}}」",
      en: "{{item}} writes “{{value}}” as its “{{element}}”, with spaces between the characters, usually left by copying from a PDF or web page: write 「{{fixed}}」",
    },
  },
  check(item, { report }) {
    const { raw, defects, parts } = item.timeLimit;
    const reporters: Record<TimeLimitDefect, () => void> = {
      "missing-ge": () => report({ messageId: "missingGe", path: ["time_limit"], data: { value: raw, fixed: raw.replace(withoutGe, "$1个工作日") } }),
      "missing-trigger": () => {
        const duration = parts.find((p) => p.duration && !p.trigger)?.duration;
        if (!duration) return;
        report({ messageId: onRequestOnly(item) ? "missingTriggerOnRequest" : "missingTrigger", path: ["time_limit"], data: { value: raw, period: spellDuration(duration) } });
      },
      truncated: () => report({ messageId: "truncated", path: ["time_limit"], data: { value: raw } }),
      spaced: () => report({ messageId: "spaced", path: ["time_limit"], data: { value: raw, fixed: raw.replace(/\s+/g, "") } }),
    };
    for (const defect of defects) reporters[defect]();
  },
});
