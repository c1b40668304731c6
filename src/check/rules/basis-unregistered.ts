import { defineRule } from "../define-rule.js";
import { citationPath, citesLaw, eachCitation, likelyLaw, readCitation } from "../citations.js";

/**
 * A document the registry does not know is not evidence of a defect: most are real national or local
 * documents. Said once per run, with how to register it; a project that wants every citation registered
 * raises the rule's severity in catalog.config.yaml.
 */
export default defineRule({
  id: "basis-unregistered",
  scope: "item",
  severity: "info",
  oncePerRun: true,
  description: {
    zh: "公开依据中的文件不在法律法规登记表中，无法核对其名称、文号和效力（不表示引用有误）",
    en: "A document cited as legal basis is not in the law registry, so its title, number and status cannot be checked (which does not make it wrong)",
  },
  messages: {
    unregistered: {
      zh: "{{item}}的公开依据《{{title}}》不在法律法规登记表中，无法核对其名称、文号和是否现行有效（这不表示引用有误；本次检查共{{places}}处引用，只在第一处提示）。如确认无误，可在 catalog.config.yaml 的 laws: 中登记：- id: <英文标识>，title: {{title}}，kind: 规范性文件，status: 现行有效",
      en: "{{item}}: the legal basis 《{{title}}》 is not in the law registry, so its title, number and status cannot be checked (which does not make it wrong; cited in {{places}} places in this run, reported at the first). If it is right, register it under laws: in catalog.config.yaml: - id: <english-id>, title: {{title}}, kind: 规范性文件, status: 现行有效",
    },
    unregisteredNumbered: {
      zh: "{{item}}的公开依据《{{title}}》不在法律法规登记表中，无法核对其名称、文号和是否现行有效（这不表示引用有误；本次检查共{{places}}处引用，只在第一处提示）。如确认无误，可在 catalog.config.yaml 的 laws: 中登记：- id: <英文标识>，title: {{title}}，kind: 规范性文件，status: 现行有效，doc_no: {{docNo}}",
      en: "{{item}}: the legal basis 《{{title}}》 is not in the law registry, so its title, number and status cannot be checked (which does not make it wrong; cited in {{places}} places in this run, reported at the first). If it is right, register it under laws: in catalog.config.yaml: - id: <english-id>, title: {{title}}, kind: 规范性文件, status: 现行有效, doc_no: {{docNo}}",
    },
  },
  check: eachCitation<"unregistered" | "unregisteredNumbered">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    const { name } = reading;
    // Unquoted names, slips of a registered title and numbers of another document are basis-unknown-law's.
    if (!citesLaw(reading) || !name || citation.title === undefined || citation.unclosed || reading.lawsByName.length) return;
    if (reading.docNo && registries.findLaws(undefined, reading.docNo).length) return;
    if (likelyLaw(name, registries)) return;
    // A number basis-doc-number finds broken is not one to copy into the registry.
    const path = citationPath(citation, "title");
    if (reading.docNo && !citation.docNoProblems.length) report({ messageId: "unregisteredNumbered", path, data: { title: name, docNo: reading.docNo } });
    else report({ messageId: "unregistered", path, data: { title: name } });
  }),
});
