/** argv → command → exit code. Only this folder touches the process, the console and the clock. */
import { CommanderError } from "commander";
import { ConfigError, ConfigUnreadable } from "../load/config.js";
import { displayPath } from "../load/files.js";
import { rules } from "../check/rules/index.js";
import type { Lang } from "../i18n.js";
import { describeConfigError } from "./config-problems.js";
import { ExitCode } from "./exit-code.js";
import { processIo, type Io } from "./io.js";
import { fatal } from "./messages.js";
import { createProgram, detectLang, type Register } from "./program.js";

/**
 * Each command lives in its own module and registers itself here (one line per command). Only the
 * module of the command asked for is imported: `catalog validate` starts without the build and diff
 * stacks. Help and unknown commands import them all.
 */
const commands: Readonly<Record<string, () => Promise<Register>>> = {
  validate: async () => (await import("./validate.js")).registerValidate,
  build: async () => (await import("./build.js")).registerBuild,
  init: async () => (await import("./init.js")).registerInit,
  fmt: async () => (await import("./fmt.js")).registerFmt,
  schema: async () => (await import("./schema.js")).registerSchema,
  coverage: async () => (await import("./coverage.js")).registerCoverage,
  diff: async () => (await import("./diff.js")).registerDiff,
  textconv: async () => (await import("./textconv.js")).registerTextconv,
  import: async () => (await import("./import.js")).registerImport,
  report: async () => (await import("./report.js")).registerReport,
};

/** The command named on the command line: its first word that is neither an option nor --lang's value. */
function commandAsked(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--lang") i++;
    else if (!word.startsWith("-")) return word;
  }
  return undefined;
}

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = detectLang(argv, io.env);
  let exitCode: number = ExitCode.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = createProgram(io, lang);
  const asked = commandAsked(argv);
  const loading = asked !== undefined && Object.hasOwn(commands, asked) ? [commands[asked]!] : Object.values(commands);
  for (const register of await Promise.all(loading.map((load) => load()))) register(program, io, lang, setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return handle(error, lang, io, argv);
  }
}

function handle(error: unknown, lang: Lang, io: Io, argv: readonly string[]): number {
  if (error instanceof CommanderError) return commanderError(error, lang, io, argv);
  if (error instanceof ConfigUnreadable) {
    io.stderr(fatal("configUnreadable", lang, { path: displayPath(error.file, io.cwd), detail: error.detail }));
    return ExitCode.fatal;
  }
  if (error instanceof ConfigError) {
    io.stderr(describeConfigError(error, lang, io.cwd, rules.map((r) => r.id)));
    return ExitCode.fatal;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(fatal("internal", lang, { detail }));
  if (io.env.CATALOG_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.fatal;
}

function commanderError(error: CommanderError, lang: Lang, io: Io, argv: readonly string[]): number {
  // Help asked for (--help, help) goes to stdout, exit 0. Help given because no command was named is a
  // usage error, as in POSIX utilities (and git, which exits non-zero too): on stderr, exit 2.
  if (error.code === "commander.help" && error.exitCode !== 0) return ExitCode.fatal;
  if (error.code === "commander.help") return ExitCode.ok;
  if (["commander.helpDisplayed", "commander.version"].includes(error.code)) return ExitCode.ok;
  const token = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  // "catalog validate --help", or "catalog --help" when no known command was named.
  const asked = commandAsked(argv);
  const command = asked !== undefined && Object.hasOwn(commands, asked) ? `${asked} ` : "";
  switch (error.code) {
    case "commander.unknownOption":
      io.stderr(fatal("unknownOption", lang, { token, command }));
      break;
    case "commander.unknownCommand":
      io.stderr(fatal("unknownCommand", lang, { token }));
      break;
    case "commander.missingArgument":
    case "commander.optionMissingArgument":
    case "commander.missingMandatoryOptionValue":
      io.stderr(fatal("missingArgument", lang, { token, command }));
      break;
    case "commander.invalidArgument": {
      const allowed = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? "";
      const value = /argument '([^']*)'/.exec(error.message)?.[1] ?? token;
      const option = /option '([^']*)'/.exec(error.message)?.[1] ?? "";
      io.stderr(allowed ? fatal("badValue", lang, { option, value, allowed }) : fatal("badArguments", lang, { detail: error.message.replace(/^error: /, ""), command }));
      break;
    }
    default:
      io.stderr(fatal("badArguments", lang, { detail: error.message.replace(/^error: /, ""), command }));
  }
  return ExitCode.fatal;
}
