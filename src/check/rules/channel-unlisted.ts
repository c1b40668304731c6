import { defineRule } from "../define-rule.js";
import { standsIn, slipOfChannel } from "../channel.js";

export default defineRule({
  id: "channel-unlisted",
  scope: "catalog",
  severity: "info",
  description: {
    zh: "标准指引列出的渠道之外的本地渠道，宜写作“其他：<说明>”",
    en: "A local channel the guidelines do not list is best written 其他：<description>",
  },
  messages: {
    otherUnnamed: {
      zh: "{{item}}的「{{element}}」写了「{{value}}」，没有说明是什么渠道，群众无从查找。请写明渠道名称，如「其他：村（居）民微信群」",
      en: "{{item}}: “{{element}}” says “{{value}}” without saying which channel, so nobody can look it up. Name it, e.g. “其他：村（居）民微信群”",
    },
    unlisted: {
      zh: "{{item}}的「{{element}}」写了「{{value}}」，不是标准指引列出的渠道。如果是本地的公开渠道，可写作「其他：{{value}}」，编译出的表格会在“其他”一栏勾选并注明",
      en: "{{item}} lists “{{value}}” in “{{element}}”, a channel the guidelines do not list. If it is a local channel, write 「其他：{{value}}」: the compiled table ticks 其他 and names it",
    },
  },
  check(catalog, { report, registries }) {
    for (const item of catalog.items) {
      item.channels.forEach((channel, i) => {
        // The guideline's 13th box, 其他, ticked without the channel written beside it.
        if (channel.canonical === "其他" && channel.other === undefined) {
          report({ messageId: "otherUnnamed", path: ["items", item.index, "channels", i], data: { value: channel.raw } });
          return;
        }
        if (channel.canonical || slipOfChannel(channel.raw, registries) || standsIn(channel.raw)) return;
        report({ messageId: "unlisted", path: ["items", item.index, "channels", i], data: { value: channel.raw } });
      });
    }
  },
});
