/**
 * The package's programmatic API: what `import("zwgk-catalog")` gives (docs/api.md). This list is the
 * public surface and follows the package's semantic version: a name removed or changed incompatibly
 * here is a new major version. Everything else in dist/ is internal and may change in any release.
 */
export { build, diff, report, validate } from "./api.js";
export type { BuildOptions, BuildOutcome, DiffOptions, ReportOptions, ReportOutcome, ValidateOptions, ValidateOutcome, BaselineOutcome, Project, ProjectOptions } from "./api.js";
export type { ReportData, Figures, JurisdictionFigures, Movement, HistoryPoint } from "./model/monitor.js";
export type { DiffOutcome } from "./diff/index.js";
export type { DiffResult, CatalogDiff, ItemDiff, DiffSummary } from "./diff/types.js";
export type { FileResult, Finding, LocalisedFinding, Severity } from "./report/finding.js";
export type { Catalog, CatalogHeader, Item } from "./model/types.js";
export type { Lang } from "./i18n.js";
export { version } from "./cli/meta.js";
