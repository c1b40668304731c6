import { defineRule } from "../define-rule.js";
import { onRequestOnly } from "../method.js";

export default defineRule({
  id: "time-limit-vague",
  scope: "item",
  severity: "error",
  description: {
    zh: "公开时限必须写明期限（如 信息形成或者变更之日起20个工作日内），不得写「及时」「同上」「长期」等",
    en: "Time limits must state a period (e.g. 信息形成或者变更之日起20个工作日内), not 及时, 同上, 长期 and the like",
  },
  messages: {
    guideline: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明从何时起、多少日内公开，无法核对是否按时公开。请按{{guideline}}写明起算事件和期限；指引未作规定的，按《政府信息公开条例》第二十六条写作「信息形成或者变更之日起20个工作日内」；随时更新的信息写「实时」或「长期公开（动态调整）」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: no start and no period, so timeliness cannot be checked. State the start event and the period as {{guideline}} does; where it says nothing, use the wording of Art. 26 of the 政府信息公开条例: 「信息形成或者变更之日起20个工作日内」; for information updated continuously write 「实时」 or 「长期公开（动态调整）」",
    },
    active: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明从何时起、多少日内公开，无法核对是否按时公开。请按本领域标准指引写明起算事件和期限；指引未作规定的，按《政府信息公开条例》第二十六条写作「信息形成或者变更之日起20个工作日内」；随时更新的信息写「实时」或「长期公开（动态调整）」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: no start and no period, so timeliness cannot be checked. State the start event and the period as the domain's guideline does; where it says nothing, use the wording of Art. 26 of the 政府信息公开条例: 「信息形成或者变更之日起20个工作日内」; for information updated continuously write 「实时」 or 「长期公开（动态调整）」",
    },
    village: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」。《中华人民共和国村民委员会组织法》第三十条规定涉及村民利益的重大事项应当随时公布，所以村（居）务公开目录可以这样写；如果本事项不是这样的重大事项，请写明期限（一般事项至少每季度公布一次，集体财务往来较多的财务收支每月公布一次）",
      en: "{{item}} gives “{{value}}” as its “{{element}}”. Art. 30 of the 村民委员会组织法 has major matters concerning villagers published at once (随时公布), so a village list may say so; if this is not such a matter, state the period (ordinary matters at least quarterly, busy collective finances monthly)",
    },
    onRequest: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明答复期限。依申请公开的事项请按《政府信息公开条例》第三十三条写作「收到申请之日起20个工作日内予以答复」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”, with no period for the answer. For disclosure on request use the wording of Art. 33 of the 政府信息公开条例: 「收到申请之日起20个工作日内予以答复」",
    },
  },
  // The statute's own wording for a village's major matters: a reminder, not a defect.
  messageSeverities: { village: "info" },
  check(item, { catalog, report, registries }) {
    const { timeLimit } = item;
    if (!timeLimit.vague || !timeLimit.raw) return;
    const value = timeLimit.raw;
    if (catalog.jurisdiction.level.canonical === "村级" && /^随时公[布开]$/.test(value.replace(/[\s\u3000]/g, ""))) return report({ messageId: "village", path: ["time_limit"], data: { value } });
    if (onRequestOnly(item)) return report({ messageId: "onRequest", path: ["time_limit"], data: { value } });
    const guideline = registries.domainByName(catalog.domain)?.guideline;
    report(guideline ? { messageId: "guideline", path: ["time_limit"], data: { value, guideline } } : { messageId: "active", path: ["time_limit"], data: { value } });
  },
});
