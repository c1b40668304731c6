/**
 * What the CLI and the tests call: each function runs one job from paths to typed results. Files are
 * read here (the only I/O of checking); printing and exit codes are the CLI's business.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkSources, type CheckResult, type Source } from "./check/engine.js";
import { ruleById, rules } from "./check/rules/index.js";
import type { Lang } from "./i18n.js";
import { findConfig, loadConfig, localDomains, localLaws, type ProjectConfig } from "./load/config.js";
import { discover, displayPath } from "./load/files.js";
import { createRegistries, type Registries } from "./model/registries.js";
import type { Catalog } from "./model/types.js";
import type { FileResult } from "./report/finding.js";
import { localiseFindings } from "./report/localise.js";

export interface ProjectOptions {
  cwd: string;
  /** an explicit --config; otherwise found upward from cwd. */
  configFile?: string;
}

export interface Project {
  config: ProjectConfig;
  registries: Registries;
}

/** Reads the config (throws ConfigError) and builds the registries with its local additions. */
export function openProject({ cwd, configFile }: ProjectOptions): Project {
  const file = configFile ? resolve(cwd, configFile) : findConfig(cwd);
  const config = loadConfig(file, cwd, rules.map((r) => r.id));
  return { config, registries: createRegistries({ domains: localDomains(config), laws: localLaws(config) }) };
}

/** The paths to check: the command line's, else the config's, else catalogs/. */
export function inputPaths(paths: readonly string[], project: Project, cwd: string): string[] {
  if (paths.length) return paths.map((p) => resolve(cwd, p));
  return (project.config.paths ?? ["catalogs"]).map((p) => resolve(project.config.dir, p));
}

export function readSources(files: readonly string[], cwd: string): Source[] {
  return files.map((file) => {
    const path = displayPath(file, cwd);
    try {
      return { path, bytes: readFileSync(file) };
    } catch (error) {
      return { path, bytes: new Uint8Array(), readError: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  });
}

export interface ValidateOptions extends ProjectOptions {
  paths?: readonly string[];
  lang: Lang;
}

export interface ValidateOutcome {
  project: Project;
  results: FileResult[];
  catalogs: Catalog[];
  check: CheckResult;
  /** paths given that do not exist. */
  missing: string[];
}

export function validate(options: ValidateOptions): ValidateOutcome {
  const project = openProject(options);
  const { files, missing } = discover(inputPaths(options.paths ?? [], project, options.cwd));
  const check = checkSources(readSources(files, options.cwd), {
    registries: project.registries,
    severities: new Map(Object.entries(project.config.rules ?? {})),
  });
  const results = check.files.map((f) => ({ path: f.path, items: f.items, findings: localiseFindings(f.findings, ruleById, options.lang) }));
  return { project, results, catalogs: check.catalogs, check, missing };
}
