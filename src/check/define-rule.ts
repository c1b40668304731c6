/**
 * The shape of a rule module. `defineRule` is an identity function that exists for type inference:
 * a report with a messageId the rule does not define, or a message without both languages, does not
 * compile.
 */
import type { Localised } from "../i18n.js";
import type { Target } from "../load/positions.js";
import type { Registries } from "../model/registries.js";
import type { Catalog, CatalogHeader, Item, SourcePath } from "../model/types.js";
import type { Severity } from "../report/finding.js";

export type Scope = "load" | "schema" | "item" | "catalog" | "corpus";

/** Message data; undefined entries (from unions of object literals) are dropped when the message is made. */
export type Data = Record<string, string | number | undefined>;

export interface Report<M extends string> {
  messageId: M;
  /** for item rules relative to the item, otherwise from the document root. */
  path?: SourcePath;
  target?: Target;
  data?: Data;
}

export interface CorpusReport<M extends string> extends Report<M> {
  /** the catalog (file) the finding belongs to; `path` is from its root. */
  catalog: CatalogHeader;
  /** the item the finding is about, named in messages where the file's model is not at hand. */
  item?: { id: string; name: string; category: string };
}

interface Context<R> {
  registries: Registries;
  report(report: R): void;
}

/**
 * What an item rule sees: the item without its place, and of its catalog only the jurisdiction and
 * the domain. So an item a revision kept as it was, in a catalog of the same scope, keeps its
 * findings without being checked again (engine.ts); the engine adds the item's path to each report.
 */
export type ItemContent = Omit<Item, "index">;
export type ItemScope = Pick<Catalog, "jurisdiction" | "domain">;

export interface ItemContext<M extends string> extends Context<Report<M>> {
  catalog: ItemScope;
}
export interface CatalogContext<M extends string> extends Context<Report<M>> {
  /** the file's text as decoded, for rules that can rule a file out without walking its items. */
  text: string;
}
export interface CorpusContext<M extends string> extends Context<CorpusReport<M>> {
  /** only some files were named (discover's `partial`): a rule about what is missing keeps silent. */
  partial: boolean;
}

/** One error as the schema validator gives it, with the value it is about. */
export interface SchemaError {
  keyword: string;
  path: SourcePath;
  params: Record<string, unknown>;
  /** the value at `path` (undefined when missing). */
  value: unknown;
  /** the schema's title for the node at `path` in the users' words, when the schema has one. */
  label?: Localised;
}

export interface SchemaContext {
  registries: Registries;
  /** the labels of an item's or mapping's allowed keys, for suggestions. */
  allowedKeys(path: SourcePath): { key: string; label?: Localised }[];
}

interface RuleBase<S extends Scope, M extends string> {
  id: string;
  scope: S;
  severity: Severity;
  description: Localised;
  messages: Record<M, Localised>;
  /** `catalog fmt --fix` can rewrite what this rule reports. */
  fixable?: boolean;
  /** messages whose default severity is below the rule's; a project's setting for the rule overrides both. */
  messageSeverities?: Partial<Record<M, Severity>>;
  /**
   * Report each distinct finding (same message and data) once per run, at its first place, with the
   * number of places in `data.places`: the same fact about the same document, said once.
   */
  oncePerRun?: boolean;
}

export interface LoadRule<M extends string = string> extends RuleBase<"load", M> {}

export interface SchemaRule<M extends string = string> extends RuleBase<"schema", M> {
  /** lower runs first: specific rules claim an error before generic ones see it. */
  priority: number;
  claim(error: SchemaError, context: SchemaContext): Report<M> | undefined;
}

export interface ItemRule<M extends string = string> extends RuleBase<"item", M> {
  check(item: ItemContent, context: ItemContext<M>): void;
}

export interface CatalogRule<M extends string = string> extends RuleBase<"catalog", M> {
  check(catalog: Catalog, context: CatalogContext<M>): void;
}

/** Cross-file rules see catalog headers only: checking runs in parallel workers and items stay there. */
export interface CorpusRule<M extends string = string> extends RuleBase<"corpus", M> {
  check(catalogs: readonly CatalogHeader[], context: CorpusContext<M>): void;
}

export type Rule = LoadRule | SchemaRule | ItemRule | CatalogRule | CorpusRule;

export function defineRule<M extends string>(rule: LoadRule<M>): LoadRule<M>;
export function defineRule<M extends string>(rule: SchemaRule<M>): SchemaRule<M>;
export function defineRule<M extends string>(rule: ItemRule<M>): ItemRule<M>;
export function defineRule<M extends string>(rule: CatalogRule<M>): CatalogRule<M>;
export function defineRule<M extends string>(rule: CorpusRule<M>): CorpusRule<M>;
export function defineRule(rule: Rule): Rule {
  return rule;
}
