// The rule registry, sorted by id. A new rule = its module here + docs/rules/<id>.md + test/rules/<id>/.
import type { Rule } from "../define-rule.js";
import domainUnknown from "./domain-unknown.js";
import duplicateId from "./duplicate-id.js";
import elementEmpty from "./element-empty.js";
import elementMissing from "./element-missing.js";
import encodingNotUtf8 from "./encoding-not-utf8.js";
import fileUnreadable from "./file-unreadable.js";
import idPattern from "./id-pattern.js";
import jurisdictionCodeFormat from "./jurisdiction-code-format.js";
import keyUnknown from "./key-unknown.js";
import schemaInvalid from "./schema-invalid.js";
import valueFormat from "./value-format.js";
import valueType from "./value-type.js";
import vocabularyUnknown from "./vocabulary-unknown.js";
import vocabularyVariant from "./vocabulary-variant.js";
import yamlAlias from "./yaml-alias.js";
import yamlDuplicateKey from "./yaml-duplicate-key.js";
import yamlSyntax from "./yaml-syntax.js";

export const rules: readonly Rule[] = [
  domainUnknown,
  duplicateId,
  elementEmpty,
  elementMissing,
  encodingNotUtf8,
  fileUnreadable,
  idPattern,
  jurisdictionCodeFormat,
  keyUnknown,
  schemaInvalid,
  valueFormat,
  valueType,
  vocabularyUnknown,
  vocabularyVariant,
  yamlAlias,
  yamlDuplicateKey,
  yamlSyntax,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
