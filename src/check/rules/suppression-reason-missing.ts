import { defineRule } from "../define-rule.js";

// Reported by check/suppress.ts. The suppression still works: the finding to fix is the missing reason.
export default defineRule({
  id: "suppression-reason-missing",
  scope: "load",
  severity: "error",
  description: {
    zh: "catalog-disable 注释必须写明屏蔽的原因",
    en: "A catalog-disable comment must give its reason",
  },
  messages: {
    missing: {
      zh: "屏蔽「{{rules}}」的注释没有写原因。请在规则编号后写「-- 原因」，如 # catalog-disable-next-line {{rules}} -- 待市级文件修订后更新",
      en: "The comment suppressing “{{rules}}” gives no reason. Add “-- reason” after the rule ids, e.g. # catalog-disable-next-line {{rules}} -- awaiting the city's revised document",
    },
  },
});
