/**
 * What the CLI and the tests call: each function runs one job from paths to typed results. Files are
 * read in load/ (the only I/O of checking); printing and exit codes are the CLI's business.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSources, type CheckedFile } from "./check/engine.js";
import { checkParallel, workerCount } from "./check/parallel.js";
import { ruleById, rules } from "./check/rules/index.js";
import type { Lang } from "./i18n.js";
import { findConfig, loadConfig, localDomains, localLaws, type ProjectConfig } from "./load/config.js";
import { discover } from "./load/files.js";
import { readSources } from "./load/read.js";
import { createRegistries, type Registries, type RegistryAdditions } from "./model/registries.js";
import type { Catalog, CatalogHeader } from "./model/types.js";
import type { FileResult } from "./report/finding.js";
import { localiseFindings } from "./report/localise.js";

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
}

/** Reads the config (throws ConfigError) and builds the registries with its local additions. */
export function openProject({ cwd, configFile }: ProjectOptions): Project {
  const file = configFile ? resolve(cwd, configFile) : findConfig(cwd);
  const config = loadConfig(file, cwd, rules.map((r) => r.id));
  const additions = { domains: localDomains(config), laws: localLaws(config) };
  return { config, additions, registries: createRegistries(additions) };
}

/** The paths to check: the command line's, else the config's, else catalogs/. */
export function inputPaths(paths: readonly string[], project: Project, cwd: string): string[] {
  if (paths.length) return paths.map((p) => resolve(cwd, p));
  return (project.config.paths ?? ["catalogs"]).map((p) => resolve(project.config.dir, p));
}

export interface ValidateOptions extends ProjectOptions {
  paths?: readonly string[];
  lang: Lang;
  /**
   * "full" (default) keeps every typed catalog for rendering or diffing; "headers" lets large inputs
   * be checked in worker threads, returning only catalog headers.
   */
  keep?: "full" | "headers";
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ValidateOutcome {
  project: Project;
  results: FileResult[];
  /** typed catalogs; empty when `keep` was "headers". */
  catalogs: Catalog[];
  headers: CatalogHeader[];
  /** the checked files with their texts (suppressions, baselines). */
  files: CheckedFile[];
  /** paths given that do not exist. */
  missing: string[];
}

/** Worker threads need the compiled worker next to this module (the built CLI, not the test sources). */
const workerAvailable = existsSync(fileURLToPath(new URL("./check/worker.js", import.meta.url)));

export async function validate(options: ValidateOptions): Promise<ValidateOutcome> {
  const project = openProject(options);
  const { files: paths, missing } = discover(inputPaths(options.paths ?? [], project, options.cwd));
  const severities = new Map(Object.entries(project.config.rules ?? {}));
  const workers = options.keep === "headers" && workerAvailable ? workerCount(paths.length, options.env ?? {}) : 0;
  let files: CheckedFile[];
  let catalogs: Catalog[] = [];
  let headers: CatalogHeader[];
  if (workers > 0) {
    ({ files, headers } = await checkParallel({ files: paths, cwd: options.cwd, additions: project.additions, severities: [...severities] }, workers));
  } else {
    ({ files, catalogs } = checkSources(readSources(paths, options.cwd), { registries: project.registries, severities }));
    headers = catalogs;
  }
  const results = files.map((f) => ({ path: f.path, items: f.items, findings: localiseFindings(f.findings, ruleById, options.lang) }));
  return { project, results, catalogs, headers, files, missing };
}
