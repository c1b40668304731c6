/**
 * `catalog textconv FILE`: the flattening git shows in `git diff` / `git log -p` when
 * `.gitattributes` says `*.yaml diff=catalog` and `diff.catalog.textconv` is `catalog textconv`.
 * A file that is not a readable catalog is printed as it is, so git still shows something.
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { openProject } from "../api.js";
import { checkSources } from "../check/engine.js";
import { fieldLabels } from "../diff/fields.js";
import { flatten } from "../diff/textconv.js";
import { withoutControls } from "../model/text.js";
import type { Lang } from "../i18n.js";
import { decode } from "../load/decode.js";
import { readSource } from "../load/read.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { fatal } from "./messages.js";
import type { CommandText } from "./program.js";

export const textconvText = {
  zh: {
    description: "把目录文件展开为每个字段一行、按事项编码排序的文本，供 git diff 使用（git 的 textconv）",
    file: "目录文件",
  },
  en: {
    description: "print a catalog file as one line per field, items sorted by id, for git diff (git's textconv)",
    file: "catalog file",
  },
} satisfies CommandText;

export function registerTextconv(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = textconvText[lang];
  program
    .command("textconv")
    .description(t.description)
    .argument("<file>", t.file)
    .action((file: string) => setExit(runTextconv(file, io, lang)));
}

function runTextconv(file: string, io: Io, lang: Lang): number {
  const source = readSource(resolve(io.cwd, file), io.cwd);
  if (source.readError) {
    io.stderr(fatal("pathNotFound", lang, { path: file }));
    return ExitCode.fatal;
  }
  const { registries } = openProject({ cwd: io.cwd });
  const catalog = checkSources([source], { registries }).files[0]?.catalog;
  io.stdout(catalog ? flatten(catalog, fieldLabels(), lang) : withoutControls(decode(source.bytes).text));
  return ExitCode.ok;
}
