import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "disclosure-withheld-missing",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开属性为部分公开的事项应写明不公开的部分",
    en: "An item disclosed in part should say what is withheld",
  },
  messages: {
    missing: {
      zh: "{{item}}的公开属性是「部分公开」，但没有写明哪些内容不公开。请补充 withheld: …，如 申请人身份证号码、家庭住址等个人信息",
      en: "{{item}} is disclosed in part (部分公开) but does not say what is withheld. Add `withheld: …`, e.g. 申请人身份证号码、家庭住址等个人信息",
    },
  },
  check(item, { report }) {
    if (item.disclosure === "部分公开" && !item.withheld) report({ messageId: "missing", path: ["disclosure"] });
  },
});
