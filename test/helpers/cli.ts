/** The real CLI entry, run in-process with an Io that records what a user would see. */
import { run } from "../../src/cli/index.js";
import type { Io } from "../../src/cli/io.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  /** what standard input holds. */
  stdin?: string;
}

export async function runCli(argv: readonly string[], { cwd, env = {}, isTTY = false, stdin = "" }: CliOptions): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env,
    isTTY,
    now: () => 1_750_000_000,
    readStdin: () => new TextEncoder().encode(stdin),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
