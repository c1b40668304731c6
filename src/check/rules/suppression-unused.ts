import { defineRule } from "../define-rule.js";

// Reported by check/suppress.ts once a file's findings are known, not by a check function.
export default defineRule({
  id: "suppression-unused",
  scope: "load",
  severity: "warning",
  description: {
    zh: "catalog-disable 注释必须屏蔽实际存在的问题",
    en: "A catalog-disable comment must suppress a finding that exists",
  },
  messages: {
    unusedNextLine: {
      zh: "这条注释屏蔽下一行的「{{rule}}」问题，但下一行没有这种问题（可能已经改正），请删除这条注释或其中的「{{rule}}」",
      en: "This comment suppresses “{{rule}}” on the next line, which has no such finding (perhaps it was fixed): remove the comment or “{{rule}}” from it",
    },
    unusedThisLine: {
      zh: "这条注释屏蔽本行的「{{rule}}」问题，但本行没有这种问题（可能已经改正），请删除这条注释或其中的「{{rule}}」",
      en: "This comment suppresses “{{rule}}” on its own line, which has no such finding (perhaps it was fixed): remove the comment or “{{rule}}” from it",
    },
    unknownRule: {
      zh: "没有编号为「{{rule}}」的规则，这条注释不起作用。规则编号见 docs/rules/",
      en: "There is no rule “{{rule}}”, so this comment has no effect. The rule ids are listed in docs/rules/",
    },
    unknownRuleSuggest: {
      zh: "没有编号为「{{rule}}」的规则，这条注释不起作用。应为「{{suggestion}}」吗？",
      en: "There is no rule “{{rule}}”, so this comment has no effect. Did you mean “{{suggestion}}”?",
    },
    noRule: {
      zh: "这条 catalog-disable 注释没有写规则编号，不起作用。请写成 # catalog-disable-next-line <规则编号> -- <原因>",
      en: "This catalog-disable comment names no rule and has no effect. Write # catalog-disable-next-line <rule-id> -- <reason>",
    },
  },
});
