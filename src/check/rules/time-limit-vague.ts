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
    onRequest: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，没有写明答复期限。依申请公开的事项请按《政府信息公开条例》第三十三条写作「收到申请之日起20个工作日内予以答复」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”, with no period for the answer. For disclosure on request use the wording of Art. 33 of the 政府信息公开条例: 「收到申请之日起20个工作日内予以答复」",
    },
  },
  check(item, { catalog, report, registries }) {
    const { timeLimit } = item;
    if (!timeLimit.vague || !timeLimit.raw) return;
    const value = timeLimit.raw;
    if (onRequestOnly(item)) return report({ messageId: "onRequest", path: ["time_limit"], data: { value } });
    const guideline = registries.domainByName(catalog.domain)?.guideline;
    report(guideline ? { messageId: "guideline", path: ["time_limit"], data: { value, guideline } } : { messageId: "active", path: ["time_limit"], data: { value } });
  },
});
