/** The commander program, localised: help titles, built-in option texts and every error. */
import { Command, CommanderError, Help, Option } from "commander";
import { isLang, languages, type Lang } from "../i18n.js";
import type { Io } from "./io.js";
import { version } from "./meta.js";

export type CommandText = Record<Lang, Record<string, string>>;

/** A command module's entry: adds its command to the program; its action reports its exit code. */
export type Register = (program: Command, io: Io, lang: Lang, setExit: (code: number) => void) => void;

const titles: Record<Lang, Record<string, string>> = {
  zh: { "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：", "Global Options:": "全局选项：" },
  en: {},
};

const programText = {
  zh: {
    description: "把政务公开事项标准目录当作源代码：检查（validate）、编译（build）、比较（diff）",
    help: "显示帮助",
    helpCommand: "显示某个命令的帮助",
    version: "显示版本号",
    lang: "消息语言：zh（默认）或 en",
    default: "默认",
  },
  en: {
    description: "disclosure catalogs (政务公开事项标准目录) as source code: validate, build, diff",
    help: "display help",
    helpCommand: "display help for a command",
    version: "display the version",
    lang: "message language: zh (default) or en",
    default: "default",
  },
} satisfies CommandText;

/** The language before parsing: --lang wins, then CATALOG_LANG, then Chinese. */
export function detectLang(argv: readonly string[], env: Io["env"]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i === -1 ? env.CATALOG_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value && isLang(value) ? value : "zh";
}

const langOption = (description: string) => new Option("--lang <lang>", description).choices(languages);

export function createProgram(io: Io, lang: Lang): Command {
  const t = programText[lang];
  const program = new Command("catalog");
  const localise = (cmd: Command) =>
    cmd
      .helpOption("-h, --help", t.help)
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
      .configureHelp({
        styleTitle: (title: string) => titles[lang][title] ?? title,
        optionDescription(option) {
          const base = Help.prototype.optionDescription.call(this, option);
          // commander writes "(choices: …, default: …)"; both words appear in Chinese help as well.
          return lang === "zh" ? base.replace(/(\(|, )default: /g, `$1${t.default}：`).replace(/\(choices: /g, "(可选：") : base;
        },
      });
  localise(program)
    .description(t.description)
    .version(version, "-V, --version", t.version)
    .addOption(langOption(t.lang))
    .helpCommand("help [command]", t.helpCommand)
    .showSuggestionAfterError(false);
  // Subcommands inherit these settings when created through program.command().
  program.copyInheritedSettings(program);
  const originalCommand = program.command.bind(program);
  program.command = ((name: string, ...rest: unknown[]) =>
    localise((originalCommand as (n: string, ...r: unknown[]) => Command)(name, ...rest)).addOption(langOption(t.lang))) as typeof program.command;
  return program;
}

export { CommanderError };
