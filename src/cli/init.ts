/**
 * `catalog init --code … --name … --domains …|--all-pilot`: scaffolds a jurisdiction's catalogs, one per
 * domain, from the national guidelines' standard 一级/二级 items (the domain registry's `items`) and the
 * templates in templates/init/. What only the jurisdiction knows is written as a 【待填写】 placeholder,
 * which the rule placeholder-unfilled reports until it is filled in. Never overwrites without --force.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { type Command, Option } from "commander";
import yaml from "js-yaml";
import { stringify } from "yaml";
import { openProject } from "../api.js";
import { closest } from "../check/similar.js";
import { interpolate, type Lang, type Localised } from "../i18n.js";
import { displayPath } from "../load/files.js";
import type { DomainEntry, Registries } from "../model/registries.js";
import type { Level } from "../model/types.js";
import { shortName } from "../render/names.js";
import { schemasDir, templatesDir } from "../paths.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { askedLang } from "./lang.js";
import { fatal } from "./messages.js";
import type { CommandText } from "./program.js";
import { WriteError, writeFailure, writeFileAtomic } from "./write-file.js";

export const initText = {
  zh: {
    description: "按国家标准指引的一级、二级事项生成一个县（区）或乡镇（街道）各领域的目录，本地内容标为【待填写】",
    code: "行政区划代码：6位（县级）或9位（乡级）",
    name: "行政区划全称，如 苏州市吴中区木渎镇",
    level: "层级（默认由代码推断：6位为县级，9位为乡级）",
    domains: "领域，用逗号分隔，如 社会救助,养老服务",
    allPilot: "生成全部26个试点领域",
    out: "输出文件夹，目录写在其中的「<代码>-<简称>」文件夹里",
    force: "覆盖已有的文件",
    config: "配置文件（默认从当前目录向上查找 catalog.config.yaml；其中的本地领域也可生成）",
    wrote: "已生成 {{path}}（{{items}} 个事项）",
    next: "下一步：把标有【待填写】的内容按本地实际填写，然后运行 catalog validate {{dir}}",
  },
  en: {
    description: "scaffold a county's or township's catalogs from the national guidelines' standard items; local details are marked 【待填写】",
    code: "division code: 6 digits (county level) or 9 digits (township level)",
    name: "the jurisdiction's full name, e.g. 苏州市吴中区木渎镇",
    level: "level (inferred from the code by default: 6 digits 县级, 9 digits 乡级)",
    domains: "domains, comma-separated, e.g. 社会救助,养老服务",
    allPilot: "all 26 pilot domains",
    out: "output folder; the catalogs go into its “<code>-<short name>” folder",
    force: "overwrite existing files",
    config: "config file (default: catalog.config.yaml, searched upward; its local domains can be scaffolded too)",
    wrote: "Wrote {{path}} ({{items}} items)",
    next: "Next: fill in everything marked 【待填写】, then run catalog validate {{dir}}",
  },
} satisfies CommandText;

const suggestion: Localised = { zh: "，应为「{{name}}」吗？", en: "; did you mean “{{name}}”?" };

interface InitFlags {
  code: string;
  name: string;
  level?: Level;
  domains?: string;
  allPilot?: boolean;
  out: string;
  force?: boolean;
  config?: string;
}

interface Defaults {
  time_limit: { default: string; domains: Record<string, string>; items: Record<string, string> };
  unlisted: { category: string; name: string };
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: Level;
}

const template = (name: string) => readFileSync(join(templatesDir, "init", name), "utf8");
/** A value as YAML writes it: plain where that reads back the same, quoted otherwise. */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const toSlash = (path: string) => path.split(sep).join("/");

export { shortName };


/** The subject the placeholder asks for: a township's own government, a county's competent department. */
function subjectHint(jurisdiction: Jurisdiction, domain: DomainEntry): string {
  if (jurisdiction.level === "县级") return `公开主体的全称（${domain.department || "主管部门"}）`;
  const short = shortName(jurisdiction.name, jurisdiction.level);
  return `公开主体的全称，如：${short}${short.endsWith("街道") ? "办事处" : "人民政府"}`;
}

/** One catalog's text: the domain's standard items, each with the placeholders and the usual time limit. */
export function scaffoldCatalog(jurisdiction: Jurisdiction, domain: DomainEntry, defaults: Defaults, schema: string): { text: string; items: number } {
  const groups = domain.items?.length ? domain.items : [{ category: defaults.unlisted.category, names: [defaults.unlisted.name] }];
  const prefix = domain.id_prefix ?? "SX";
  const items = groups.flatMap((group, g) =>
    group.names.map((itemName, n) =>
      interpolate(template("item.yaml"), {
        id: `${prefix}-${String(g + 1).padStart(2, "0")}-${String(n + 1).padStart(2, "0")}`,
        category: scalar(group.category),
        itemName: scalar(itemName),
        timeLimit: scalar(defaults.time_limit.items[`${domain.name}/${itemName}`] ?? defaults.time_limit.domains[domain.name] ?? defaults.time_limit.default),
        subject: subjectHint(jurisdiction, domain),
        level: jurisdiction.level,
      }),
    ),
  );
  const text = interpolate(template("catalog.yaml"), {
    schema,
    name: scalar(jurisdiction.name),
    domain: scalar(domain.name),
    guideline: domain.guideline,
    code: jurisdiction.code,
    level: jurisdiction.level,
    items: items.join("\n"),
  });
  return { text, items: items.length };
}

export function registerInit(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = initText[lang];
  program
    .command("init")
    .description(t.description)
    .requiredOption("--code <code>", t.code)
    .requiredOption("--name <name>", t.name)
    .addOption(new Option("--level <level>", t.level).choices(["县级", "乡级"]))
    .option("--domains <list>", t.domains)
    .option("--all-pilot", t.allPilot)
    .option("--out <dir>", t.out, "catalogs")
    .option("--force", t.force)
    .option("-c, --config <file>", t.config)
    .action((flags: InitFlags, command: Command) => setExit(runInit(flags, io, lang, askedLang(command, io))));
}

function chosenDomains(flags: InitFlags, registries: Registries, lang: Lang): DomainEntry[] | string {
  if (flags.allPilot) return registries.domains.filter((d) => d.pilot);
  const names = (flags.domains ?? "").split(/[,，、\s]+/).filter(Boolean);
  if (!names.length) return fatal("initNoDomains", lang);
  const chosen: DomainEntry[] = [];
  for (const name of names) {
    const domain = registries.domainByName(name);
    if (!domain) {
      const near = closest(name, registries.domains.map((d) => d.name));
      return fatal("unknownDomain", lang, { name, hint: near ? interpolate(suggestion[lang], { name: near }) : "" });
    }
    if (!chosen.includes(domain)) chosen.push(domain);
  }
  return chosen;
}

function runInit(flags: InitFlags, io: Io, detected: Lang, asked: Lang | undefined): number {
  const fail = (message: string) => {
    io.stderr(message);
    return ExitCode.fatal;
  };
  const project = openProject({ cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) });
  const lang = asked ?? project.config.lang ?? detected;
  if (!/^(\d{6}|\d{9})$/.test(flags.code)) return fail(fatal("initCode", lang, { code: flags.code }));
  const level: Level = flags.code.length === 6 ? "县级" : "乡级";
  if (flags.level && flags.level !== level) return fail(fatal("initLevel", lang, { level: flags.level, code: flags.code }));
  const domains = chosenDomains(flags, project.registries, lang);
  if (typeof domains === "string") return fail(domains);

  const jurisdiction = { code: flags.code, name: flags.name.trim(), level };
  const folder = resolve(io.cwd, flags.out, `${flags.code}-${shortName(jurisdiction.name, level)}`);
  const defaults = yaml.load(template("defaults.yaml")) as Defaults;
  const files = domains.map((domain) => {
    const path = join(folder, `${domain.name}.yaml`);
    const schema = toSlash(relative(dirname(path), join(schemasDir, "catalog.schema.json")));
    return { path, ...scaffoldCatalog(jurisdiction, domain, defaults, schema) };
  });
  const existing = files.filter((f) => existsSync(f.path));
  if (existing.length && !flags.force) {
    return fail(fatal("filesExist", lang, { files: existing.map((f) => `  ${displayPath(f.path, io.cwd)}`).join("\n") }));
  }
  const t = initText[lang];
  try {
    for (const file of files) {
      writeFileAtomic(file.path, file.text);
      io.stdout(`${interpolate(t.wrote, { path: displayPath(file.path, io.cwd), items: file.items })}\n`);
    }
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return fail(writeFailure(error, lang, displayPath(error.path, io.cwd)));
  }
  io.stdout(`${interpolate(t.next, { dir: displayPath(folder, io.cwd) })}\n`);
  return ExitCode.ok;
}
