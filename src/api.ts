/**
 * What the CLI and the tests call: each function runs one job from paths to typed results. Files are
 * read in load/ (the only I/O of checking); printing and exit codes are the CLI's business.
 * Rendering is imported only by `build`: validation starts without the docx and HTML stack.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { applyBaseline, BaselineError, defaultBaselineName, formatBaseline, parseBaseline, updateBaseline, type BaselineEntry } from "./check/baseline.js";
import { cacheKey, contentHash, defaultCacheName, ResultCache, stampOf, type CacheProblem } from "./check/cache.js";
import { Checker, checkSources, type CheckedFile, type Source } from "./check/engine.js";
import { checkEachFile, checkParallel, checkWorker, finishCheck, workerCount, type ParallelInput, type WorkerFile } from "./check/parallel.js";
import { canStartWorkers } from "./threads.js";
import { ruleById, rules } from "./check/rules/index.js";
import type { Lang } from "./i18n.js";
import { findConfig, loadConfig, localDomains, localLaws, type ProjectConfig } from "./load/config.js";
import { discover, displayPath } from "./load/files.js";
import { readSource, readSources } from "./load/read.js";
import { shardFiles, type Shard } from "./load/shard.js";
import { createRegistries, shippedRegistries, type Registries, type RegistryAdditions } from "./model/registries.js";
import type { Catalog, CatalogHeader } from "./model/types.js";
import type { FileResult, Severity } from "./report/finding.js";
import { localiseFindings } from "./report/localise.js";
import type { Progress, RenderOptions, RenderResult } from "./render/build.js";
import type { TableSummary } from "./render/site.js";
import type { CsvEncoding } from "./render/csv.js";
import type { Format } from "./render/site.js";
import type { ChannelMode } from "./render/table.js";
import type { DiffOutcome } from "./diff/index.js";
import type { ImportError } from "./import/limits.js";
import type { CoverageEntry, DepartmentCoverage, EntryMatch } from "./model/list-coverage.js";
import type { Figures, ReportData } from "./model/monitor.js";

export { readSources } from "./load/read.js";

export interface ProjectOptions {
  cwd: string;
  /** an explicit --config; otherwise found upward from cwd. */
  configFile?: string;
}

export interface Project {
  config: ProjectConfig;
  additions: RegistryAdditions;
  registries: Registries;
  /** the config's `rules:` severities, by rule id. */
  severities: ReadonlyMap<string, Severity | "off">;
}

/** Reads the config (throws ConfigError) and builds the registries with its local additions. */
export function openProject({ cwd, configFile }: ProjectOptions): Project {
  const file = configFile ? resolve(cwd, configFile) : findConfig(cwd);
  const config = loadConfig(file, cwd, rules.map((r) => r.id));
  const additions = { domains: localDomains(config), laws: localLaws(config), ...(config.preferred_domain_names ? { preferredDomainNames: config.preferred_domain_names } : {}) };
  return { config, additions, registries: createRegistries(additions), severities: new Map(Object.entries(config.rules ?? {})) };
}

/** The paths to check: the command line's, else the config's, else catalogs/. */
export function inputPaths(paths: readonly string[], project: Project, cwd: string): string[] {
  if (paths.length) return paths.map((p) => resolve(cwd, p));
  return (project.config.paths ?? ["catalogs"]).map((p) => resolve(project.config.dir, p));
}

export interface ValidateOptions extends ProjectOptions {
  paths?: readonly string[];
  /** the messages' language; when not given, the config's `lang`, else Chinese. */
  lang?: Lang;
  /**
   * What the outcome keeps besides findings. "full" (default): every typed catalog and each file's
   * text (fmt edits the texts). "catalogs": the typed catalogs without the texts (build). "headers":
   * catalog headers only. The last two let large inputs be checked in worker threads.
   */
  keep?: "full" | "catalogs" | "headers";
  env?: Readonly<Record<string, string | undefined>>;
  /** the baseline file (default: the config's validate.baseline, else catalog-baseline.yaml beside the config); false: none. */
  baseline?: string | false;
  /** rewrite the baseline from this run's findings (returned as `baseline.text`; the caller writes it). */
  updateBaseline?: boolean;
  /** check only this shard's jurisdictions (load/shard.ts). */
  shard?: Shard;
  /**
   * Reuse the per-file results of unchanged files from this cache file, and return the new cache's
   * text as `cache.text` (the caller writes it). With `keep: "headers"` only.
   */
  cache?: { file?: string; version: string };
  /** called as files are checked, on the main thread (a terminal's progress line). */
  checking?: (done: number, total: number) => void;
  /** a catalog read from standard input (`catalog validate -`), checked with the files of `paths`, if any. */
  stdin?: Source;
}

export interface CacheOutcome {
  file: string;
  /** files whose results came from the cache. */
  reused: number;
  /** why the cache file could not be used, if it could not. */
  problem?: CacheProblem;
  text: string;
  /** each checked file's content hash, by its path as reported ("" when it could not be read). */
  hashes: ReadonlyMap<string, string>;
}

export interface BaselineOutcome {
  file: string;
  /** findings the baseline covered, left out of `results`. */
  accepted: number;
  /** entries whose findings are gone (fixed): the baseline can be pruned. */
  stale: BaselineEntry[];
  /** with updateBaseline: the new baseline file's text. */
  text?: string;
}

export interface ValidateOutcome {
  project: Project;
  lang: Lang;
  /** per file, the findings to report: suppressed and baselined ones left out. */
  results: FileResult[];
  /** set when a baseline was read or written. */
  baseline?: BaselineOutcome;
  /** typed catalogs; empty when `keep` was "headers". */
  catalogs: Catalog[];
  headers: CatalogHeader[];
  /** the checked files with their texts (suppressions, baselines). */
  files: CheckedFile[];
  /** paths given that do not exist. */
  missing: string[];
  /** set when a cache was asked for. */
  cache?: CacheOutcome;
}

export async function validate(options: ValidateOptions): Promise<ValidateOutcome> {
  const project = openProject(options);
  const named = options.paths ?? [];
  // With standard input alone, the config's paths are not checked: the input is the catalog asked about.
  const found = options.stdin && !named.length ? { files: [], missing: [], partial: true } : discover(inputPaths(named, project, options.cwd));
  const { missing } = found;
  const partial = found.partial || Boolean(options.stdin);
  const paths = options.shard ? shardFiles(found.files, options.shard, options.cwd) : found.files;
  const { severities } = project;
  const lang = options.lang ?? project.config.lang ?? "zh";
  const maxFileMb = project.config.validate?.maxFileSize;
  const headersOnly = options.keep === "headers" && !options.stdin;
  const keepCatalogs = options.keep !== "headers";
  const textsNeeded = (options.keep ?? "full") === "full";
  const workers = !textsNeeded && !options.stdin && canStartWorkers(checkWorker) ? workerCount(paths.length, options.env ?? {}) : 0;
  const input: ParallelInput = { files: paths, cwd: options.cwd, additions: project.additions, severities: [...severities], partial, maxFileMb, ...(keepCatalogs ? { catalogs: true } : {}) };
  let files: CheckedFile[];
  let catalogs: Catalog[] = [];
  let headers: CatalogHeader[];
  let cache: CacheOutcome | undefined;
  if (options.cache && headersOnly) {
    const file = options.cache.file ?? resolve(project.config.dir, defaultCacheName);
    ({ files, headers, cache } = await checkCached(input, { file, version: options.cache.version }, options.env ?? {}, options.checking));
  } else if (workers > 0) {
    ({ files, headers } = await checkParallel({ ...input, lang }, workers, options.checking));
    if (keepCatalogs) catalogs = files.flatMap((f) => (f.catalog ? [f.catalog] : []));
  } else {
    const sources = [...readSources(paths, options.cwd, maxFileMb), ...(options.stdin ? [options.stdin] : [])];
    ({ files, catalogs } = checkSources(sources, { registries: project.registries, severities, partial }));
    headers = catalogs;
  }
  const all = files.map((f) => ({ path: f.path, items: f.items, findings: localiseFindings(f.findings, ruleById, lang) }));
  const { results, baseline } = withBaseline(all, project, { ...options, partial }, lang, options.shard ? new Set(paths) : undefined);
  return { project, lang, results, ...(baseline ? { baseline } : {}), catalogs, headers, files, missing, ...(cache ? { cache } : {}) };
}

/** The per-file phase for changed files only, the rest from the cache; then the cross-file phase over all. */
async function checkCached(input: ParallelInput, options: { file: string; version: string }, env: Readonly<Record<string, string | undefined>>, checking?: (done: number, total: number) => void) {
  const key = cacheKey({ version: options.version, severities: input.severities, registries: [shippedRegistries(), input.additions], maxFileMb: input.maxFileMb });
  const { cache, problem } = ResultCache.read(options.file, key);
  const paths = input.files.map((file) => displayPath(file, input.cwd));
  const stamps = input.files.map((file) => {
    try {
      return stampOf(statSync(file));
    } catch {
      return "";
    }
  });
  // A file that cannot be read has no content to know it by: it is checked (and reported) afresh.
  const hashOf = (file: string) => {
    const source = readSource(file, input.cwd, input.maxFileMb);
    return source.readError === undefined ? contentHash(source.bytes) : "";
  };
  const hashes = input.files.map((file, i) => (stamps[i] ? cache.hashFor(paths[i]!, stamps[i]!) ?? hashOf(file) : ""));
  const results: (WorkerFile | undefined)[] = paths.map((path, i) => (hashes[i] ? cache.get(path, hashes[i]!, stamps[i]!) : undefined));
  const changed = input.files.flatMap((_, i) => (results[i] ? [] : [i]));
  const workers = canStartWorkers(checkWorker) ? workerCount(changed.length, env) : 0;
  const fresh = await checkEachFile({ ...input, files: changed.map((i) => input.files[i]!) }, workers, checking);
  changed.forEach((at, i) => {
    results[at] = fresh[i]!;
    if (hashes[at]) cache.set(paths[at]!, hashes[at]!, stamps[at]!, fresh[i]!);
  });
  const { files, headers } = finishCheck(results as WorkerFile[], input);
  const cached = { file: options.file, reused: input.files.length - changed.length, ...(problem ? { problem } : {}), text: cache.serialise(), hashes: new Map(paths.map((path, i) => [path, hashes[i]!])) };
  return { files, headers, cache: cached };
}

/** The baseline's place: --baseline, else the config's validate.baseline, else beside the config (or in cwd). */
export function baselinePath(project: Project, options: Pick<ValidateOptions, "baseline" | "cwd">): string | undefined {
  if (options.baseline === false) return undefined;
  if (options.baseline) return resolve(options.cwd, options.baseline);
  return resolve(project.config.dir, project.config.validate?.baseline ?? defaultBaselineName);
}

function readBaseline(file: string): BaselineEntry[] {
  try {
    return parseBaseline(readFileSync(file, "utf8"));
  } catch (error) {
    const detail = error instanceof BaselineError ? error.detail : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new BaselineError(detail, file);
  }
}

/** `shard`: the files (absolute) a sharded run checked; the baseline's entries for other files are left as they are. */
function withBaseline(all: FileResult[], project: Project, options: ValidateOptions & { partial: boolean }, lang: Lang, shard?: ReadonlySet<string>): { results: FileResult[]; baseline?: BaselineOutcome } {
  const file = baselinePath(project, options);
  if (!file || (!options.updateBaseline && !existsSync(file))) return { results: all };
  const place = { dir: dirname(file), cwd: options.cwd };
  const previous = existsSync(file) ? readBaseline(file) : [];
  // Cross-file findings of a partial run say nothing of the baseline's: those entries are neither stale nor dropped.
  const inShard = (e: BaselineEntry) => !shard || shard.has(resolve(place.dir, e.file));
  const judged = options.partial || shard ? (e: BaselineEntry) => inShard(e) && !(options.partial && ruleById.get(e.rule)?.scope === "corpus") : undefined;
  const entries = options.updateBaseline ? updateBaseline(all, previous, place, judged) : previous;
  const { results, accepted, stale } = applyBaseline(all, entries, place, judged);
  return { results, baseline: { file, accepted, stale, ...(options.updateBaseline ? { text: formatBaseline(entries, lang) } : {}) } };
}

export interface BuildOptions extends Omit<ValidateOptions, "keep" | "updateBaseline"> {
  /** the output folder (default: the config's build.out, else public/). */
  out?: string;
  /** default: the config's build.formats, else all three. */
  formats?: readonly Format[];
  /** build even when validation finds errors. */
  force?: boolean;
  channels?: ChannelMode;
  encoding?: CsvEncoding;
  fragment?: boolean;
  combined?: boolean;
  /** a folder of templates overriding templates/html/ (default: the config's build.templates). */
  templates?: string;
  /** SOURCE_DATE_EPOCH, in seconds. */
  epoch?: number;
  progress?: (progress: Progress) => void;
  /**
   * Render only outputs whose inputs changed, keeping the rest from the current outputs (render/cache.ts):
   * `file` is the build cache (default .catalog-cache/build.json beside the config); checking uses
   * validate's cache, validate.json in the same folder. Both new caches' texts are returned (the caller writes them).
   */
  cache?: { file?: string; version: string };
}

export interface BuildCacheOutcome {
  file: string;
  problem?: CacheProblem;
  text: string;
  /** outputs rendered, and kept from the current outputs. */
  rendered: number;
  kept: number;
}

export interface BuildOutcome extends Partial<RenderResult> {
  validation: ValidateOutcome;
  /** why nothing was built: validation errors (without force), missing paths, or no catalogs. */
  refused?: "errors" | "missing" | "empty";
  /** the output folder, absolute. */
  out: string;
  /** the files written, relative to `out`. */
  files: string[];
  /** set when a cache was asked for and outputs were written. */
  cache?: BuildCacheOutcome;
}

/** Validates, then (unless there are errors and no `force`) renders every output and swaps them into `out` at once. */
export async function build(options: BuildOptions): Promise<BuildOutcome> {
  const checkCache = options.cache && { ...(options.cache.file ? { file: join(dirname(options.cache.file), "validate.json") } : {}), version: options.cache.version };
  // A cached build checks through validate's cache and reads whole catalogs only for what it renders.
  const validation = await validate({ ...options, keep: checkCache ? "headers" : "catalogs", ...(checkCache ? { cache: checkCache } : {}) });
  const { config } = validation.project;
  const out = options.out !== undefined ? resolve(options.cwd, options.out) : resolve(config.dir, config.build?.out ?? "public");
  const refused = validation.missing.length ? "missing" : validation.results.length === 0 ? "empty" : !options.force && validation.results.some((r) => r.findings.some((f) => f.severity === "error")) ? "errors" : undefined;
  if (refused) return { validation, refused, out, files: [] };
  const [{ renderSite, supplementaryOf }, { formats: allFormats }, { loadTemplates }, { checkOutputFolder, writeOutputFolder }, { BuildCache, defaultBuildCacheName }] = await Promise.all([
    import("./render/build.js"),
    import("./render/site.js"),
    import("./render/templates.js"),
    import("./render/write.js"),
    import("./render/cache.js"),
  ]);
  const templates = options.templates !== undefined ? resolve(options.cwd, options.templates) : config.build?.templates !== undefined ? resolve(config.dir, config.build.templates) : undefined;
  // A build replaces its output folder whole: it must never be, or hold, anything the project reads.
  const guarded = [...inputPaths(options.paths ?? [], validation.project, options.cwd), config.dir, options.cwd, ...(config.file ? [config.file] : []), ...(templates ? [templates] : [])];
  checkOutputFolder(out, guarded);
  const renderOptions = {
    formats: new Set(options.formats ?? config.build?.formats ?? allFormats),
    channels: options.channels ?? "checklist",
    encoding: options.encoding ?? "utf-8",
    fragment: options.fragment ?? false,
    combined: options.combined ?? false,
    templates: loadTemplates(templates),
    ...(options.epoch !== undefined ? { epoch: options.epoch } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
  const published = checkCache ? validation.headers : validation.catalogs;
  const cacheFile = options.cache && (options.cache.file ?? resolve(config.dir, defaultBuildCacheName));
  const read = cacheFile ? BuildCache.read(cacheFile, buildCacheKey(options.cache!.version, validation.project, renderOptions)) : undefined;
  const hashes = validation.cache?.hashes ?? new Map<string, string>();
  const hashOf = (catalog: CatalogHeader) => hashes.get(catalog.file) ?? "";
  let result: RenderResult | undefined;
  const files = await writeOutputFolder(out, async (put, current) => {
    const cached = read && {
      source: { summary: (header: CatalogHeader) => read.cache.summary(hashOf(header)), load: catalogLoader(validation.project, options) },
      reuse: read.cache.reuse(current.dir, current.keep, hashOf),
    };
    result = await renderSite(published, validation.project.registries, renderOptions, put, options.progress, cached);
  }, { guarded });
  if (!read) return { validation, out, files, ...result! };
  const { cache } = read;
  cache.keepSummaries(result!.plan.jurisdictions.flatMap((j) => [...j.catalogs, ...j.villages, ...supplementaryOf(j)].map((e): [string, TableSummary] => [hashOf(e.catalog), e.summary])));
  cache.stamp(out);
  const outcome: BuildCacheOutcome = { file: cacheFile!, text: cache.serialise(), rendered: cache.rendered, kept: cache.kept, ...(read.problem ? { problem: read.problem } : {}) };
  return { validation, out, files, ...result!, cache: outcome };
}

/** What every output depends on besides its catalogs: the tool, the registries, the output options and templates. */
function buildCacheKey(version: string, project: Project, options: Omit<RenderOptions, "env">): string {
  const { formats, channels, encoding, fragment, combined, templates, epoch } = options;
  const parts = [version, shippedRegistries(), project.additions, [...formats].sort(), channels, encoding, fragment, combined, templates, epoch ?? null];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

/** Whole catalogs read again one at a time (parsed and typed, no rules run): those of the outputs a cached build renders. */
function catalogLoader(project: Project, options: BuildOptions): (header: CatalogHeader) => Catalog {
  let checker: Checker | undefined;
  return (header) => {
    checker ??= new Checker({ registries: project.registries, rules: [] });
    const catalog = checker.checkFile(readSource(resolve(options.cwd, header.file), options.cwd, project.config.validate?.maxFileSize)).catalog;
    // The file changed or went away since it was checked: the build cannot go on with what it checked.
    if (!catalog) throw new Error(`${header.file} could not be read again`);
    return catalog;
  };
}

export interface DiffOptions extends ProjectOptions {
  /** the earlier version: a catalog file or a folder of them, relative to cwd. */
  old: string;
  /** the later version, likewise. */
  new: string;
  /** also list order changes (which are not differences). */
  order?: boolean;
}

/** Compares two versions (files or folders) through the checking pipeline, as `catalog diff OLD NEW` does. */
export async function diff(options: DiffOptions): Promise<DiffOutcome> {
  const project = openProject(options);
  const [{ diffSources }, { pathSide }] = await Promise.all([import("./diff/index.js"), import("./diff/sides.js")]);
  const side = (path: string) => pathSide(resolve(options.cwd, path), options.cwd, path);
  return diffSources(side(options.old), side(options.new), { additions: project.additions, severities: project.severities, order: Boolean(options.order) });
}

export interface ListCoverageOptions extends ProjectOptions {
  /** catalog files or folders (default: the config's paths, or catalogs/). */
  paths?: readonly string[];
  /** the 权责清单 / 公共服务事项清单 files, relative to cwd (.csv, .xlsx, .html …). */
  lists: readonly string[];
}

export interface ListFileOutcome {
  /** as given. */
  file: string;
  tables: { table: string; title?: string; entries: number }[];
  /** why the file gave no entries. */
  error?: ImportError;
}

export interface ListCoverageOutcome {
  /** catalog paths given that do not exist. */
  missing: string[];
  /** catalog files read. */
  catalogs: number;
  /** catalog files that could not be read or parsed (validate says why): their items count for nothing. */
  unread: string[];
  lists: ListFileOutcome[];
  matches: EntryMatch[];
  departments: DepartmentCoverage[];
}

/**
 * `catalog coverage --against LIST`: the lists' entries matched to the catalogs' items. Catalogs are
 * read and modelled, not checked: findings are validate's business, and a city's corpus is read in seconds.
 */
export async function listCoverageOf(options: ListCoverageOptions): Promise<ListCoverageOutcome> {
  const project = openProject(options);
  const [{ decode }, { parseYaml }, { Normaliser }, { readPowerList }, { listCoverage, placeNames }, { divisions }] = await Promise.all([
    import("./load/decode.js"),
    import("./load/parse.js"),
    import("./model/normalise.js"),
    import("./import/list-file.js"),
    import("./model/list-coverage.js"),
    import("./model/divisions.js"),
  ]);
  // Lists first: one that cannot be read ends the run before a city's catalogs are read.
  const lists: ListFileOutcome[] = [];
  const entries: CoverageEntry[] = [];
  for (const file of options.lists) {
    const read = await readPowerList(resolve(options.cwd, file));
    if ("error" in read) {
      lists.push({ file, tables: [], error: read.error });
      continue;
    }
    lists.push({ file, tables: read.lists.map((l) => ({ table: l.table, ...(l.title ? { title: l.title } : {}), entries: l.entries.length })) });
    for (const list of read.lists) for (const entry of list.entries) entries.push({ file, ...entry });
  }
  if (lists.some((l) => l.error)) return { missing: [], catalogs: 0, unread: [], lists, matches: [], departments: [] };
  const found = discover(inputPaths(options.paths ?? [], project, options.cwd));
  const normaliser = new Normaliser(project.registries);
  const catalogs: Catalog[] = [];
  const unread: string[] = [];
  for (const source of readSources(found.files, options.cwd)) {
    const parsed = source.readError ? undefined : parseYaml(decode(source.bytes).text);
    if (!parsed || parsed.fatal || typeof parsed.data !== "object" || parsed.data === null) unread.push(source.path);
    else catalogs.push(normaliser.catalog(source.path, parsed.data));
  }
  // A jurisdiction goes by its division's names and those above it (江苏省, 苏州市, 吴中区, 苏州市吴中区 …).
  const placesOf = (catalog: Catalog) => {
    const { code, name, zone } = catalog.jurisdiction;
    const levels = [2, 4, 6, 9].flatMap((n) => (code.length >= n && /^\d+$/.test(code) ? [divisions().name(code.slice(0, n)) ?? ""] : [])).filter(Boolean);
    return new Set([...placeNames(levels), ...[name, zone].filter((n): n is string => Boolean(n))]);
  };
  const { matches, departments } = listCoverage(entries, catalogs, { placesOf: memoBy(placesOf) });
  return { missing: found.missing, catalogs: catalogs.length, unread, lists, matches, departments };
}

/** One value per catalog jurisdiction, made once: a city's catalogs share a few hundred. */
function memoBy(make: (catalog: Catalog) => ReadonlySet<string>): (catalog: Catalog) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (catalog) => {
    const { code, name, zone } = catalog.jurisdiction;
    const key = `${code}\u0000${name}\u0000${zone ?? ""}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(catalog)));
    return value;
  };
}

export interface ReportOptions extends ProjectOptions {
  paths?: readonly string[];
  lang?: Lang;
  env?: Readonly<Record<string, string | undefined>>;
  /** the report's date (YYYY-MM-DD): SOURCE_DATE_EPOCH's, else today's (the caller's clock). */
  asOf: string;
  /** a catalog not revised within this many months is overdue (default: the config's report.period, else 12). */
  periodMonths?: number;
  /** a git revision: the same figures on the files there, and how they moved since. */
  since?: string;
  /** the figures of the last this many commits that changed the catalogs (default 0: none). */
  history?: number;
  /** the output folder (default: the config's report.out, else report/). */
  out?: string;
  /** render and write the page, JSON and Word files (false: only compute the figures). */
  write?: boolean;
  /** SOURCE_DATE_EPOCH, in seconds: the Word file's date. */
  epoch?: number;
}

export interface ReportOutcome {
  validation: ValidateOutcome;
  data: ReportData;
  /** why nothing was written: missing paths, or no catalogs. */
  refused?: "missing" | "empty";
  out: string;
  files: string[];
}

/**
 * The monitoring report: validates the files (every finding counts: no baseline), computes the figures
 * (model/monitor.ts) now and, with `since`, at that git revision, and writes index.html, report.json and
 * report.docx into `out` at once (render/write.ts). Sources are only read.
 */
export async function report(options: ReportOptions): Promise<ReportOutcome> {
  const [{ monitorFigures, movement, chinaDate }, git] = await Promise.all([import("./model/monitor.js"), import("./load/git.js")]);
  const validation = await validate({ ...options, keep: "headers", baseline: false });
  const { project } = validation;
  const { config } = project;
  const out = options.out !== undefined ? resolve(options.cwd, options.out) : resolve(config.dir, config.report?.out ?? "report");
  const periodMonths = options.periodMonths ?? config.report?.period ?? 12;
  const figuresOf = (files: readonly { path: string; items: number; findings: FileResult["findings"] | CheckedFile["findings"] }[], headers: readonly CatalogHeader[], asOf: string): Figures =>
    monitorFigures(files, headers, project.registries, { asOf, periodMonths });
  const current = figuresOf(validation.results, validation.headers, options.asOf);
  const data: ReportData = { version: 1, asOf: options.asOf, periodMonths, current, history: [] };
  const refused = validation.missing.length ? "missing" : validation.results.length === 0 ? "empty" : undefined;
  if (refused) return { validation, data, refused, out, files: [] };
  const paths = inputPaths(options.paths ?? [], project, options.cwd);
  // A revision's figures are judged as of its commit's date: what a report made then would have said.
  const atCommit = (commit: string, prefix: string) => {
    const { files } = checkSources(git.readRevision(options.cwd, commit, paths, prefix), { registries: project.registries, severities: project.severities, partial: false });
    const headers = files.flatMap((f) => (f.catalog ? [f.catalog] : []));
    const date = chinaDate(git.commitTime(options.cwd, commit));
    return { date, figures: figuresOf(files, headers, date) };
  };
  if (options.since !== undefined) {
    const commit = git.resolveCommit(options.cwd, options.since);
    const { date, figures } = atCommit(commit, `${options.since}:`);
    data.since = { revision: options.since, commit: commit.slice(0, 7), date, figures, movement: movement(figures, current) };
  }
  data.history = git.commitsTouching(options.cwd, paths, options.history ?? 0).map(({ commit }) => {
    const { date, figures } = atCommit(commit, `${commit.slice(0, 7)}:`);
    return { commit: commit.slice(0, 7), date, totals: figures.totals };
  });
  if (options.write === false) return { validation, data, out, files: [] };
  const [{ renderReport }, { checkOutputFolder, writeOutputFolder }, { loadTemplates }] = await Promise.all([import("./render/report/index.js"), import("./render/write.js"), import("./render/templates.js")]);
  const guarded = [...paths, project.config.dir, options.cwd, ...(project.config.file ? [project.config.file] : [])];
  checkOutputFolder(out, guarded);
  const files = await writeOutputFolder(out, async (put) => {
    const shell = loadTemplates();
    const date = options.epoch !== undefined ? new Date(options.epoch * 1000) : new Date(`${options.asOf}T00:00:00Z`);
    for (const [path, bytes] of await renderReport(data, { lang: validation.lang, shell, date })) put(path, bytes);
  }, { guarded });
  return { validation, data, out, files };
}
