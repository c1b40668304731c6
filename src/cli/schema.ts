/** `catalog schema [--config]`: where the JSON Schema is, for an editor's settings or a modeline. */
import { join } from "node:path";
import type { Command } from "commander";
import type { Lang } from "../i18n.js";
import { schemasDir } from "../paths.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import type { CommandText } from "./program.js";

export const schemaText = {
  zh: {
    description: "显示目录 JSON Schema 的绝对路径，供编辑器使用（见 docs/editors.md）",
    config: "显示配置文件（catalog.config.yaml）的 JSON Schema 的路径",
  },
  en: {
    description: "print the absolute path of the catalog JSON Schema, for editors (see docs/editors.md)",
    config: "print the path of the config file's (catalog.config.yaml) JSON Schema instead",
  },
} satisfies CommandText;

export function registerSchema(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = schemaText[lang];
  program
    .command("schema")
    .description(t.description)
    .option("--config", t.config)
    .action((flags: { config?: boolean }) => {
      io.stdout(`${join(schemasDir, flags.config ? "config.schema.json" : "catalog.schema.json")}\n`);
      setExit(ExitCode.ok);
    });
}
