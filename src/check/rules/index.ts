// The rule registry, sorted by id. A new rule = its module here + docs/rules/<id>.md + test/rules/<id>/.
import type { Rule } from "../define-rule.js";
import basisArticleRange from "./basis-article-range.js";
import basisDocNumber from "./basis-doc-number.js";
import basisDocNumberBrackets from "./basis-doc-number-brackets.js";
import basisExpired from "./basis-expired.js";
import basisOgiVersion from "./basis-ogi-version.js";
import basisPlaceholder from "./basis-placeholder.js";
import basisRepealed from "./basis-repealed.js";
import basisSpacing from "./basis-spacing.js";
import basisUnknownLaw from "./basis-unknown-law.js";
import basisUnregistered from "./basis-unregistered.js";
import channelUnlisted from "./channel-unlisted.js";
import coveragePilotDomains from "./coverage-pilot-domains.js";
import disclosureUnlisted from "./disclosure-unlisted.js";
import disclosureWithheldMissing from "./disclosure-withheld-missing.js";
import domainUnknown from "./domain-unknown.js";
import duplicateId from "./duplicate-id.js";
import duplicateItem from "./duplicate-item.js";
import elementEmpty from "./element-empty.js";
import elementMissing from "./element-missing.js";
import encodingNotUtf8 from "./encoding-not-utf8.js";
import fileUnreadable from "./file-unreadable.js";
import textControlCharacter from "./text-control-character.js";
import idPattern from "./id-pattern.js";
import jurisdictionCodeFormat from "./jurisdiction-code-format.js";
import jurisdictionCodeName from "./jurisdiction-code-name.js";
import jurisdictionCodeRegistry from "./jurisdiction-code-registry.js";
import jurisdictionCodeUnverified from "./jurisdiction-code-unverified.js";
import jurisdictionLevelMismatch from "./jurisdiction-level-mismatch.js";
import jurisdictionNameConflict from "./jurisdiction-name-conflict.js";
import keyUnknown from "./key-unknown.js";
import levelCountyTownshipOnly from "./level-county-township-only.js";
import levelHigher from "./level-higher.js";
import levelTownshipMissing from "./level-township-missing.js";
import negativeListBasisArticle from "./negative-list-basis-article.js";
import negativeListBasisMissing from "./negative-list-basis-missing.js";
import placeholderUnfilled from "./placeholder-unfilled.js";
import schemaInvalid from "./schema-invalid.js";
import subjectGeneric from "./subject-generic.js";
import suppressionReasonMissing from "./suppression-reason-missing.js";
import suppressionUnused from "./suppression-unused.js";
import timeLimitExceeds from "./time-limit-exceeds.js";
import timeLimitMalformed from "./time-limit-malformed.js";
import timeLimitVague from "./time-limit-vague.js";
import valueFormat from "./value-format.js";
import valueType from "./value-type.js";
import villageCodeTownship from "./village-code-township.js";
import villageMirrorBasis from "./village-mirror-basis.js";
import villageMirrorContent from "./village-mirror-content.js";
import villageMirrorSubject from "./village-mirror-subject.js";
import villageMirrorUnknown from "./village-mirror-unknown.js";
import villageSelfGovernance from "./village-self-governance.js";
import vocabularyUnknown from "./vocabulary-unknown.js";
import vocabularyVariant from "./vocabulary-variant.js";
import yamlAlias from "./yaml-alias.js";
import yamlDuplicateKey from "./yaml-duplicate-key.js";
import yamlSyntax from "./yaml-syntax.js";

export const rules: readonly Rule[] = [
  basisArticleRange,
  basisDocNumber,
  basisDocNumberBrackets,
  basisExpired,
  basisOgiVersion,
  basisPlaceholder,
  basisRepealed,
  basisSpacing,
  basisUnknownLaw,
  basisUnregistered,
  channelUnlisted,
  coveragePilotDomains,
  disclosureUnlisted,
  disclosureWithheldMissing,
  domainUnknown,
  duplicateId,
  duplicateItem,
  elementEmpty,
  elementMissing,
  encodingNotUtf8,
  fileUnreadable,
  idPattern,
  jurisdictionCodeFormat,
  jurisdictionCodeName,
  jurisdictionCodeRegistry,
  jurisdictionCodeUnverified,
  jurisdictionLevelMismatch,
  jurisdictionNameConflict,
  keyUnknown,
  levelCountyTownshipOnly,
  levelHigher,
  levelTownshipMissing,
  negativeListBasisArticle,
  negativeListBasisMissing,
  placeholderUnfilled,
  schemaInvalid,
  subjectGeneric,
  suppressionReasonMissing,
  suppressionUnused,
  textControlCharacter,
  timeLimitExceeds,
  timeLimitMalformed,
  timeLimitVague,
  valueFormat,
  valueType,
  villageCodeTownship,
  villageMirrorBasis,
  villageMirrorContent,
  villageMirrorSubject,
  villageMirrorUnknown,
  villageSelfGovernance,
  vocabularyUnknown,
  vocabularyVariant,
  yamlAlias,
  yamlDuplicateKey,
  yamlSyntax,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
