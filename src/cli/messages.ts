/** Errors that end a run (exit 2), in the users' language; each says what to do next. */
import { interpolate, type Lang, type Localised } from "../i18n.js";

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
    zh: "不认识的选项 {{token}}。运行 catalog {{command}} --help 查看可用选项",
    en: "Unknown option {{token}}. Run catalog {{command}} --help for the options",
  },
  unknownCommand: {
    zh: "不认识的命令 {{token}}。运行 catalog --help 查看可用命令",
    en: "Unknown command {{token}}. Run catalog --help for the commands",
  },
  missingArgument: {
    zh: "缺少参数 {{token}}。运行 catalog {{command}} --help 查看用法",
    en: "Missing argument {{token}}. Run catalog {{command}} --help for the usage",
  },
  badValue: {
    zh: "选项 {{option}} 的值「{{value}}」无效，可选：{{allowed}}",
    en: "Invalid value “{{value}}” for {{option}}; allowed: {{allowed}}",
  },
  badArguments: {
    zh: "参数有误：{{detail}}。运行 catalog {{command}} --help 查看用法",
    en: "Bad arguments: {{detail}}. Run catalog {{command}} --help for the usage",
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
  internal: {
    zh: "catalog 内部错误：{{detail}}。这是工具的缺陷，请把这条信息和所用的命令报告给维护者",
    en: "Internal error in catalog: {{detail}}. This is a bug in the tool: please report it with the command you ran",
  },
} satisfies Record<string, Localised>;

export type FatalMessage = keyof typeof fatalMessages;

export function fatal(id: FatalMessage, lang: Lang, data: Record<string, string | number> = {}): string {
  return `${interpolate(fatalMessages[id][lang], data)}\n`;
}
