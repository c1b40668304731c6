/**
 * The language of a command's output once the config is known: --lang > CATALOG_LANG > the config's
 * `lang` > Chinese. (Help texts and argument errors come before the config is read, so they use
 * detectLang's --lang > CATALOG_LANG > Chinese.)
 */
import type { Command } from "commander";
import { isLang, type Lang } from "../i18n.js";
import type { Io } from "./io.js";

/** The language asked for on the command line or in the environment, if any. */
export function askedLang(command: Command, io: Io): Lang | undefined {
  const asked = (command.optsWithGlobals() as { lang?: string }).lang ?? io.env.CATALOG_LANG;
  return asked && isLang(asked) ? asked : undefined;
}
