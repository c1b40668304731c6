/**
 * Renders a set of typed catalogs into the output tree (site.ts): plans the files, then renders them
 * one at a time and hands each to `put` (render/write.ts writes them atomically), reporting progress.
 * Every renderer is a pure function of the catalogs and these options, so the same input gives the
 * same bytes: dates come from SOURCE_DATE_EPOCH or the catalogs' own 发布日期, never from the clock.
 */
import { createHash } from "node:crypto";
import type { Registries } from "../model/registries.js";
import type { Catalog, CatalogHeader } from "../model/types.js";
import { catalogCsv, type CharacterProblem, type CsvEncoding } from "./csv.js";
import { workerCount } from "../check/parallel.js";
import { canStartWorkers } from "../threads.js";
import { combinedTitle } from "./docx/catalog.js";
import type { OfficialFonts } from "./docx/official.js";
import { catalogFragment, catalogPage, jurisdictionPage, sitePage } from "./html/pages.js";
import { planSite, type CatalogEntry, type Format, type JurisdictionEntry, type SitePlan, type TableSource } from "./site.js";
import { renderDocx, renderWorker, startPool, yieldToWorkers, type DocxJob } from "./parallel.js";
import type { ChannelMode } from "./table.js";
import type { HtmlTemplates } from "./templates.js";
import type { Put } from "./write.js";

export interface RenderOptions {
  formats: ReadonlySet<Format>;
  channels: ChannelMode;
  encoding: CsvEncoding;
  /** also write each catalog's table alone (`<domain>.fragment.html`) for pasting into a CMS. */
  fragment: boolean;
  /** also write one .docx per jurisdiction with every domain (the combined CSV is always written). */
  combined: boolean;
  templates: HtmlTemplates;
  /** SOURCE_DATE_EPOCH (seconds): the date stored in Word files; otherwise each catalog's issue date. */
  epoch?: number;
  fonts?: OfficialFonts;
  /** CATALOG_WORKERS (threads for Word files, counting the main thread); by default, by the cores and the work. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface Progress {
  done: number;
  total: number;
  path: string;
}

export interface RenderResult {
  plan: SitePlan;
  /** files written per format (fragments count as html). */
  counts: Record<Format, number>;
  /** GB18030 only: characters outside GBK, with the file they are in. */
  outsideGbk: (CharacterProblem & { file: string })[];
}

interface Task {
  path: string;
  format: Format;
  render(): Promise<Uint8Array | string> | Uint8Array | string;
  /** a Word file's job, which any thread can render (made when asked for: it needs the whole table). */
  job?: () => DocxJob;
  /** what the file is made from (see Reuse): the same inputs give the same bytes. */
  inputs: string;
}

const docxTask = (path: string, inputs: string, job: () => DocxJob): Task => ({ path, format: "docx", inputs, job, render: () => renderDocx(job()) });

/**
 * A cached build (render/cache.ts): outputs whose inputs are as when the current file was made are
 * kept from the current outputs instead of rendered. Inputs are named by content hashes: a catalog's
 * files by its source's, a jurisdiction's index and combined files by all its catalogs', the site
 * index by every jurisdiction's.
 */
export interface Reuse {
  /** the content hash of a catalog's source file. */
  hashOf(catalog: CatalogHeader): string;
  /** keeps the current file at `path` if it was made from `inputs` and is intact; then its notes, else undefined. */
  keep(path: string, inputs: string): { outsideGbk: CharacterProblem[] } | undefined;
  rendered(path: string, inputs: string, data: Uint8Array | string, outsideGbk: CharacterProblem[]): void;
}

const fingerprint = (parts: unknown): string => createHash("sha256").update(JSON.stringify(parts)).digest("base64url");

/** The inputs of each kind of output; none without a cache (nothing to compare with). */
function inputsOf(plan: SitePlan, reuse: Reuse | undefined) {
  if (!reuse) return { site: "", jurisdiction: () => "", catalog: () => "" };
  // Content, not paths: the same catalogs checked from another folder are the same inputs.
  // A township's index links its village lists too.
  const sources = (j: JurisdictionEntry) => [...j.catalogs, ...j.villages].map((e) => [reuse.hashOf(e.catalog), e.stem]);
  const jurisdiction = (j: JurisdictionEntry) => {
    const { present, missing, others } = j.coverage;
    return fingerprint(["jurisdiction", j.dir, j.code, j.name, j.level, plan.pilotTotal, present, missing, others, sources(j)]);
  };
  return {
    site: fingerprint(["site", plan.jurisdictions.map(jurisdiction)]),
    jurisdiction,
    catalog: (j: JurisdictionEntry, e: CatalogEntry) => fingerprint(["catalog", j.dir, j.name, reuse.hashOf(e.catalog), e.stem]),
  };
}

/** Dates before 1980 cannot be stored in a zip; a catalog without an issue date gets that floor. */
const floorDate = new Date(Date.UTC(1980, 0, 1));

function dateOf(catalogs: readonly CatalogHeader[], epoch: number | undefined): Date {
  if (epoch !== undefined) return new Date(epoch * 1000);
  const issued = catalogs
    .map((c) => (c.issued && /^\d{4}-\d{2}-\d{2}$/.test(c.issued) ? Date.parse(`${c.issued}T00:00:00Z`) : NaN))
    .filter((t) => !Number.isNaN(t));
  return issued.length ? new Date(Math.max(...issued)) : floorDate;
}

const creatorOf = (catalog: CatalogHeader | undefined, fallback: string) => catalog?.compiler?.trim() || catalog?.jurisdiction.name.trim() || fallback;

function tasks(plan: SitePlan, options: RenderOptions, outsideGbk: RenderResult["outsideGbk"], reuse: Reuse | undefined): Task[] {
  const { formats } = options;
  const list: Task[] = [];
  const pageOptions = { templates: options.templates, formats, combinedDocx: options.combined };
  const inputs = inputsOf(plan, reuse);
  const csv = (path: string, from: string, tables: () => Parameters<typeof catalogCsv>[0]): Task => ({
    path,
    format: "csv",
    inputs: from,
    render() {
      const result = catalogCsv(tables(), { encoding: options.encoding, file: path });
      outsideGbk.push(...result.outsideGbk.map((p) => ({ ...p, file: path })));
      return result.bytes;
    },
  });
  if (formats.has("html")) list.push({ path: "index.html", format: "html", inputs: inputs.site, render: () => sitePage(plan, pageOptions) });
  for (const j of plan.jurisdictions) {
    const at = (name: string) => `${j.dir}/${name}`;
    const whole = inputs.jurisdiction(j);
    if (formats.has("html")) list.push({ path: at("index.html"), format: "html", inputs: whole, render: () => jurisdictionPage(j, plan, pageOptions) });
    for (const entry of [...j.catalogs, ...j.villages]) {
      const own = inputs.catalog(j, entry);
      if (formats.has("html")) {
        list.push({ path: at(`${entry.stem}.html`), format: "html", inputs: own, render: () => catalogPage(entry, j, pageOptions) });
        if (options.fragment) list.push({ path: at(`${entry.stem}.fragment.html`), format: "html", inputs: own, render: () => catalogFragment(entry) });
      }
      if (formats.has("csv")) list.push(csv(at(`${entry.stem}.csv`), own, () => [entry.table]));
      if (formats.has("docx")) {
        const meta = { creator: creatorOf(entry.catalog, j.name), date: dateOf([entry.catalog], options.epoch) };
        list.push(docxTask(at(`${entry.stem}.docx`), own, () => ({ tables: [entry.table], meta, options: docxOptions(options) })));
      }
    }
    if (formats.has("csv")) list.push(csv(at(`${j.combinedStem}.csv`), whole, () => j.catalogs.map((e) => e.table)));
    if (formats.has("docx") && options.combined) list.push(combinedTask(j, options, at(`${j.combinedStem}.docx`), whole));
  }
  return list;
}

const docxOptions = (options: RenderOptions) => (options.fonts ? { fonts: options.fonts } : {});

function combinedTask(j: JurisdictionEntry, options: RenderOptions, path: string, inputs: string): Task {
  const catalogs = j.catalogs.map((e) => e.catalog);
  const meta = { creator: j.name, date: dateOf(catalogs, options.epoch) };
  return docxTask(path, inputs, () => ({ tables: j.catalogs.map((e) => e.table), combinedTitle: combinedTitle(j.name), meta, options: docxOptions(options) }));
}

/**
 * Renders every output and hands it to `put`; throws (before or after some puts) when a renderer fails.
 * Word files go to worker threads as well when there are enough of them (parallel.ts); the main
 * thread renders the rest and joins in on the Word files when done. With `cached`, the catalogs may be
 * headers (their tables come from `cached.source`) and outputs `cached.reuse` keeps are not rendered.
 */
export async function renderSite(
  catalogs: readonly (Catalog | CatalogHeader)[],
  registries: Registries,
  options: RenderOptions,
  put: Put,
  progress?: (p: Progress) => void,
  cached?: { source: TableSource; reuse: Reuse },
): Promise<RenderResult> {
  const plan = planSite(catalogs, registries, options.channels, cached?.source);
  const outsideGbk: RenderResult["outsideGbk"] = [];
  const reuse = cached?.reuse;
  const all = tasks(plan, options, outsideGbk, reuse);
  const counts: Record<Format, number> = { html: 0, csv: 0, docx: 0 };
  const list = all.filter((task) => {
    const kept = reuse?.keep(task.path, task.inputs);
    if (!kept) return true;
    outsideGbk.push(...kept.outsideGbk.map((p) => ({ ...p, file: task.path })));
    counts[task.format]++;
    return false;
  });
  // Progress counts what is rendered (kept files take no time).
  let done = 0;
  const step = (task: Task) => {
    progress?.({ done: done++, total: list.length, path: task.path });
    counts[task.format]++;
  };
  const notesOf = (path: string) => outsideGbk.filter((p) => p.file === path);
  const finish = (task: Task, data: Uint8Array | string) => {
    step(task);
    put(task.path, data);
    reuse?.rendered(task.path, task.inputs, data, notesOf(task.path).map(({ file: _file, ...p }) => p));
  };
  const docx = list.filter((t) => t.job);
  const threads = docx.length && canStartWorkers(renderWorker) ? workerCount(docx.length, options.env ?? {}) : 0;
  let next = 0;
  const take = () => (next < docx.length ? next++ : -1);
  const pool = threads > 1 ? startPool(threads - 1, take, (i) => docx[i]!.job!(), (i, bytes) => finish(docx[i]!, bytes)) : undefined;
  const own = async (task: Task) => {
    finish(task, await task.render());
    if (!pool) return;
    await yieldToWorkers();
    if (pool.error) throw pool.error;
  };
  try {
    for (const task of list.filter((t) => !t.job)) await own(task);
    for (let i = take(); i >= 0; i = take()) await own(docx[i]!);
    await pool?.finished;
  } catch (error) {
    pool?.stop();
    throw error;
  }
  progress?.({ done: list.length, total: list.length, path: "" });
  // In the order of a full build's (kept files' notes were added first).
  return { plan, counts, outsideGbk: reuse ? all.flatMap((t) => notesOf(t.path)) : outsideGbk };
}
