/**
 * Renders a set of typed catalogs into the output tree (site.ts): plans the files, then renders them
 * one at a time and hands each to `put` (render/write.ts writes them atomically), reporting progress.
 * Every renderer is a pure function of the catalogs and these options, so the same input gives the
 * same bytes: dates come from SOURCE_DATE_EPOCH or the catalogs' own 发布日期, never from the clock.
 */
import type { Registries } from "../model/registries.js";
import type { Catalog } from "../model/types.js";
import { catalogCsv, type CharacterProblem, type CsvEncoding } from "./csv.js";
import { workerCount } from "../check/parallel.js";
import { canStartWorkers } from "../threads.js";
import { combinedTitle } from "./docx/catalog.js";
import type { OfficialFonts } from "./docx/official.js";
import { catalogFragment, catalogPage, jurisdictionPage, sitePage } from "./html/pages.js";
import { planSite, type Format, type JurisdictionEntry, type SitePlan } from "./site.js";
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
  /** a Word file's job, which any thread can render. */
  job?: DocxJob;
}

const docxTask = (path: string, job: DocxJob): Task => ({ path, format: "docx", job, render: () => renderDocx(job) });

/** Dates before 1980 cannot be stored in a zip; a catalog without an issue date gets that floor. */
const floorDate = new Date(Date.UTC(1980, 0, 1));

function dateOf(catalogs: readonly Catalog[], epoch: number | undefined): Date {
  if (epoch !== undefined) return new Date(epoch * 1000);
  const issued = catalogs
    .map((c) => (c.issued && /^\d{4}-\d{2}-\d{2}$/.test(c.issued) ? Date.parse(`${c.issued}T00:00:00Z`) : NaN))
    .filter((t) => !Number.isNaN(t));
  return issued.length ? new Date(Math.max(...issued)) : floorDate;
}

const creatorOf = (catalog: Catalog | undefined, fallback: string) => catalog?.compiler?.trim() || catalog?.jurisdiction.name.trim() || fallback;

function tasks(plan: SitePlan, options: RenderOptions, outsideGbk: RenderResult["outsideGbk"]): Task[] {
  const { formats } = options;
  const list: Task[] = [];
  const pageOptions = { templates: options.templates, formats, combinedDocx: options.combined };
  const csv = (path: string, tables: Parameters<typeof catalogCsv>[0]): Task => ({
    path,
    format: "csv",
    render() {
      const result = catalogCsv(tables, { encoding: options.encoding, file: path });
      outsideGbk.push(...result.outsideGbk.map((p) => ({ ...p, file: path })));
      return result.bytes;
    },
  });
  if (formats.has("html")) list.push({ path: "index.html", format: "html", render: () => sitePage(plan, pageOptions) });
  for (const j of plan.jurisdictions) {
    const at = (name: string) => `${j.dir}/${name}`;
    if (formats.has("html")) list.push({ path: at("index.html"), format: "html", render: () => jurisdictionPage(j, plan, pageOptions) });
    for (const entry of [...j.catalogs, ...j.villages]) {
      if (formats.has("html")) {
        list.push({ path: at(`${entry.stem}.html`), format: "html", render: () => catalogPage(entry, j, pageOptions) });
        if (options.fragment) list.push({ path: at(`${entry.stem}.fragment.html`), format: "html", render: () => catalogFragment(entry) });
      }
      if (formats.has("csv")) list.push(csv(at(`${entry.stem}.csv`), [entry.table]));
      if (formats.has("docx")) {
        const meta = { creator: creatorOf(entry.catalog, j.name), date: dateOf([entry.catalog], options.epoch) };
        list.push(docxTask(at(`${entry.stem}.docx`), { tables: [entry.table], meta, options: docxOptions(options) }));
      }
    }
    if (formats.has("csv")) list.push(csv(at(`${j.combinedStem}.csv`), j.catalogs.map((e) => e.table)));
    if (formats.has("docx") && options.combined) list.push(combinedTask(j, options, at(`${j.combinedStem}.docx`)));
  }
  return list;
}

const docxOptions = (options: RenderOptions) => (options.fonts ? { fonts: options.fonts } : {});

function combinedTask(j: JurisdictionEntry, options: RenderOptions, path: string): Task {
  const catalogs = j.catalogs.map((e) => e.catalog);
  const meta = { creator: j.name, date: dateOf(catalogs, options.epoch) };
  return docxTask(path, { tables: j.catalogs.map((e) => e.table), combinedTitle: combinedTitle(j.name), meta, options: docxOptions(options) });
}

/**
 * Renders every output and hands it to `put`; throws (before or after some puts) when a renderer fails.
 * Word files go to worker threads as well when there are enough of them (parallel.ts); the main
 * thread renders the rest and joins in on the Word files when done.
 */
export async function renderSite(catalogs: readonly Catalog[], registries: Registries, options: RenderOptions, put: Put, progress?: (p: Progress) => void): Promise<RenderResult> {
  const plan = planSite(catalogs, registries, options.channels);
  const outsideGbk: RenderResult["outsideGbk"] = [];
  const list = tasks(plan, options, outsideGbk);
  const counts: Record<Format, number> = { html: 0, csv: 0, docx: 0 };
  let done = 0;
  const finish = (task: Task, data: Uint8Array | string) => {
    progress?.({ done: done++, total: list.length, path: task.path });
    put(task.path, data);
    counts[task.format]++;
  };
  const docx = list.filter((t) => t.job);
  const threads = docx.length && canStartWorkers(renderWorker) ? workerCount(docx.length, options.env ?? {}) : 0;
  let next = 0;
  const take = () => (next < docx.length ? next++ : -1);
  const pool = threads > 1 ? startPool(threads - 1, take, (i) => docx[i]!.job!, (i, bytes) => finish(docx[i]!, bytes)) : undefined;
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
  return { plan, counts, outsideGbk };
}
