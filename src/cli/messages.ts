/** Errors that end a run (exit 2), in the users' language; each says what to do next. */
import { interpolate, type Lang, type Localised } from "../i18n.js";
import { displayPath } from "../load/files.js";

export const fatalMessages = {
  pathNotFound: {
    zh: "找不到路径：{{path}}。请检查拼写，或在目录所在的文件夹中运行",
    en: "No such path: {{path}}. Check the spelling, or run from the folder that holds the catalogs",
  },
  noCatalogs: {
    zh: "在 {{paths}} 下没有找到 .yaml 或 .yml 目录文件",
    en: "No .yaml or .yml catalog files found under {{paths}}",
  },
  unknownOption: {
    zh: "不认识的选项 {{token}}。运行 catalog {{command}}--help 查看可用选项",
    en: "Unknown option {{token}}. Run catalog {{command}}--help for the options",
  },
  unknownCommand: {
    zh: "不认识的命令 {{token}}。运行 catalog --help 查看可用命令",
    en: "Unknown command {{token}}. Run catalog --help for the commands",
  },
  missingArgument: {
    zh: "缺少参数 {{token}}。运行 catalog {{command}}--help 查看用法",
    en: "Missing argument {{token}}. Run catalog {{command}}--help for the usage",
  },
  badValue: {
    zh: "选项 {{option}} 的值「{{value}}」无效，可选：{{allowed}}",
    en: "Invalid value “{{value}}” for {{option}}; allowed: {{allowed}}",
  },
  badArguments: {
    zh: "参数有误：{{detail}}。运行 catalog {{command}}--help 查看用法",
    en: "Bad arguments: {{detail}}. Run catalog {{command}}--help for the usage",
  },
  configUnreadable: {
    zh: "无法读取配置文件 {{path}}（{{detail}}）。请检查 --config 指定的路径",
    en: "Cannot read the config file {{path}} ({{detail}}). Check the path given with --config",
  },
  configInvalid: {
    zh: "配置文件有误：",
    en: "The config file is invalid:",
  },
  configProblem: {
    zh: "{{file}}:{{line}}:{{column}}  {{detail}}",
    en: "{{file}}:{{line}}:{{column}}  {{detail}}",
  },
  writeFailed: {
    zh: "无法写入 {{path}}（{{detail}}）。请检查目录权限和磁盘空间",
    en: "Cannot write {{path}} ({{detail}}). Check the folder's permissions and the free disk space",
  },
  notRegularFile: {
    zh: "{{path}} 不是普通文件（是设备、管道或文件夹），catalog 只写入普通文件，没有写入。请另选一个文件",
    en: "{{path}} is not a regular file (it is a device, a pipe or a folder); catalog writes regular files only, and did not write it. Choose another file",
  },
  fmtEncoding: {
    zh: "{{path}} 中有无法按原编码写回的字节，为免改动修改处以外的内容，没有修改它。请先在编辑器中把它另存为 UTF-8，再运行 catalog fmt --fix",
    en: "{{path}} holds bytes that could not be written back in its encoding; it was not changed, so that nothing but the fixes changes. Save it as UTF-8 in an editor first, then run catalog fmt --fix",
  },
  outputSpec: {
    zh: "--output-file 的值「{{value}}」应写成 <格式>=<文件>，如 sarif=reports/catalog.sarif；格式可选：{{allowed}}",
    en: "--output-file “{{value}}” must be <format>=<file>, e.g. sarif=reports/catalog.sarif; formats: {{allowed}}",
  },
  outputTwice: {
    zh: "两个输出都要写入 {{path}}：请给每个输出指定不同的文件",
    en: "Two outputs would be written to {{path}}: give each output its own file",
  },
  baselineInvalid: {
    zh: "基线文件 {{path}} 格式有误（{{detail}}）。它应由 catalog validate --update-baseline 生成；可删除后重新生成",
    en: "The baseline file {{path}} is invalid ({{detail}}). It is written by catalog validate --update-baseline; delete it and write it again",
  },
  initCode: {
    zh: "行政区划代码「{{code}}」应为6位（县级，如 320506）或9位（乡级，如 320506103）数字",
    en: "The division code “{{code}}” must be 6 digits (county level, e.g. 320506) or 9 digits (township level, e.g. 320506103)",
  },
  initLevel: {
    zh: "层级「{{level}}」与行政区划代码 {{code}} 不符：6位代码是县级，9位代码是乡级。可以不写 --level，由代码推断",
    en: "Level “{{level}}” does not match the division code {{code}}: 6 digits are 县级, 9 digits 乡级. Leave out --level to infer it from the code",
  },
  initNoDomains: {
    zh: "请用 --domains 指定领域，如 --domains 社会救助,养老服务；或用 --all-pilot 生成全部26个试点领域",
    en: "Name the domains with --domains, e.g. --domains 社会救助,养老服务, or use --all-pilot for all 26 pilot domains",
  },
  unknownDomain: {
    zh: "领域登记表中没有「{{name}}」{{hint}}。已登记的领域见 src/registries/domains.yaml；本地领域可在 catalog.config.yaml 的 domains 中增加",
    en: "The domain registry has no “{{name}}”{{hint}}. The registered domains are in src/registries/domains.yaml; add local ones under domains in catalog.config.yaml",
  },
  filesExist: {
    zh: "以下文件已经存在，catalog init 不会覆盖（确需覆盖请加 --force）：\n{{files}}",
    en: "These files exist already and catalog init does not overwrite them (add --force to overwrite):\n{{files}}",
  },
  outputNotOurs: {
    zh: "输出文件夹 {{path}} 不是空的，也不是 catalog build 生成的（其中没有 .catalog-build.json），为免删掉其中的文件，没有生成任何输出：\n{{list}}\n请用 --out 另选一个文件夹，或先清空它",
    en: "The output folder {{path}} is not empty and was not made by catalog build (it has no .catalog-build.json); nothing was written, so that none of its files is lost:\n{{list}}\nChoose another folder with --out, or empty it first",
  },
  outputForeign: {
    zh: "输出文件夹 {{path}} 中有不是 catalog build 写入的文件或文件夹，再次生成会把它们删掉，所以没有生成任何输出：\n{{list}}\n请把它们移到别处（源文件不要放在输出文件夹里），或用 --out 另选一个文件夹",
    en: "The output folder {{path}} holds files or folders catalog build did not write, which building again would delete, so nothing was written:\n{{list}}\nMove them elsewhere (keep sources out of the output folder), or choose another folder with --out",
  },
  outputHoldsInput: {
    zh: "输出文件夹 {{path}} 就是或包含了输入（{{list}}）。每次生成都会整体替换输出文件夹，源文件会被删掉，所以没有生成任何输出。请用 --out 另选一个单独的文件夹，如 public/",
    en: "The output folder {{path}} is or contains an input ({{list}}). Each build replaces its output folder whole, which would delete the sources, so nothing was written. Choose a separate folder with --out, e.g. public/",
  },
  outputReadOnly: {
    zh: "输出文件夹 {{path}} 是只读的，没有生成任何输出。如要更新其中的输出，请先给它写权限，或用 --out 另选一个文件夹",
    en: "The output folder {{path}} is read-only; nothing was written. To update the outputs in it, make it writable first, or choose another folder with --out",
  },
  outputLocked: {
    zh: "另一个 catalog build（进程 {{pid}}）正在写入 {{path}}，没有生成任何输出。请等它结束后再运行；如果确定没有其他生成在运行，可删除 {{lock}}",
    en: "Another catalog build (process {{pid}}) is writing {{path}}; nothing was written. Run again when it has finished; if you are sure no other build is running, delete {{lock}}",
  },
  outputNotFolder: {
    zh: "{{path}} 已经存在，但不是文件夹。请用 --out 另选一个输出文件夹",
    en: "{{path}} exists and is not a folder. Choose another output folder with --out",
  },
  templatesUnreadable: {
    zh: "无法读取模板 {{path}}（{{detail}}）。--templates 应指向一个文件夹，其中可放 page.html、header.html、footer.html、style.css、filter.js",
    en: "Cannot read the template {{path}} ({{detail}}). --templates must name a folder, which may hold page.html, header.html, footer.html, style.css, filter.js",
  },
  unencodable: {
    zh: "以下字符无法用 GB18030 编码，没有生成任何输出（原有的输出保持不变）：\n{{list}}\n请改正这些字符，或去掉 --encoding gb18030，使用默认的 UTF-8",
    en: "These characters cannot be encoded in GB18030; nothing was written (the previous outputs are unchanged):\n{{list}}\nCorrect them, or drop --encoding gb18030 to use the default UTF-8",
  },
  sourceDateEpoch: {
    zh: "环境变量 SOURCE_DATE_EPOCH 的值「{{value}}」无效：应为从1970年起的秒数（非负整数）",
    en: "SOURCE_DATE_EPOCH “{{value}}” is invalid: it must be the seconds since 1970 (a non-negative integer)",
  },
  docsUrl: {
    zh: "规则说明的网址「{{value}}」无效：应为 https:// 开头的网址，如 https://example.gov.cn/catalog/docs/rules/",
    en: "The rule pages' URL “{{value}}” is invalid: it must be an https:// URL, e.g. https://example.gov.cn/catalog/docs/rules/",
  },
  internal: {
    zh: "catalog 内部错误：{{detail}}。这是工具的缺陷，请把这条信息和所用的命令报告给维护者",
    en: "Internal error in catalog: {{detail}}. This is a bug in the tool: please report it with the command you ran",
  },
} satisfies Record<string, Localised>;

export type FatalMessage = keyof typeof fatalMessages;

export function fatal(id: FatalMessage, lang: Lang, data: Record<string, string | number> = {}): string {
  return `${interpolate(fatalMessages[id][lang], data)}\n`;
}

/** pathNotFound for each path, written as the user would type it (relative to the working directory, never a machine path). */
export const pathsNotFound = (paths: readonly string[], lang: Lang, cwd: string): string => paths.map((path) => fatal("pathNotFound", lang, { path: displayPath(path, cwd) })).join("");
