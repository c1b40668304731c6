import { defineRule } from "../define-rule.js";
import { pilotCoverage } from "../../model/coverage.js";

export default defineRule({
  id: "coverage-pilot-domains",
  scope: "corpus",
  severity: "info",
  description: {
    zh: "列出每个行政区划还没有目录的试点领域（国办发〔2019〕54号所列26个领域）",
    en: "Lists, per jurisdiction, the pilot domains (the 26 of 国办发〔2019〕54号) that have no catalog",
  },
  messages: {
    missing: {
      zh: "{{name}}（{{code}}）已有{{present}}个试点领域的目录，{{total}}个试点领域中还缺{{count}}个：{{missing}}。请对照这些领域的标准指引编制目录；本级不承担职责的领域可不编制（catalog coverage 可列出各行政区划的情况）",
      en: "{{name}} ({{code}}) has catalogs for {{present}} pilot domains; {{count}} of the {{total}} are missing: {{missing}}. Compile them from those domains' guidelines; domains outside this government's duties need none (catalog coverage lists every jurisdiction)",
    },
  },
  check(catalogs, { report, registries, partial }) {
    // A file or two named on the command line (a pre-commit hook) are not all a jurisdiction has.
    if (partial) return;
    for (const jurisdiction of pilotCoverage(catalogs, registries)) {
      if (jurisdiction.missing.length === 0) continue;
      report({
        catalog: jurisdiction.catalogs[0]!,
        messageId: "missing",
        path: ["jurisdiction"],
        target: "key",
        data: {
          name: jurisdiction.name,
          code: jurisdiction.code,
          present: jurisdiction.present.length,
          total: jurisdiction.present.length + jurisdiction.missing.length,
          count: jurisdiction.missing.length,
          missing: jurisdiction.missing.join("、"),
        },
      });
    }
  },
});
