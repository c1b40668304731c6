import { readFileSync } from "node:fs";

/** Everything the CLI touches in the outside world, so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colour and progress are allowed. */
  isTTY: boolean;
  /** stderr is a terminal (progress lines); when not given, as stdout. */
  stderrIsTTY?: boolean;
  /** seconds since the epoch, for outputs that carry a date (SOURCE_DATE_EPOCH wins when set). */
  now(): number;
  /** standard input, read whole (`catalog validate -`). */
  readStdin(): Uint8Array;
}

/**
 * Writes to a standard stream. A reader that stops early (`catalog validate | head`) closes the pipe:
 * the rest is dropped without a word, as Unix tools do, and the exit code stays the run's own.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export const processIo = (): Io => ({
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => Math.floor(Date.now() / 1000),
  readStdin: () => readFileSync(0),
});

/**
 * Colour only on a terminal that can show it, never with NO_COLOR (format.md §3). FORCE_COLOR decides
 * when set, as chalk and Node read it: 0 or false turns colour off even on a terminal, any other value
 * turns it on (for CI logs). TERM=dumb is a terminal without escape sequences.
 */
export function useColor(io: Io, option?: boolean): boolean {
  if (option !== undefined) return option;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return io.isTTY && io.env.TERM !== "dumb";
}

/** A terminal that can redraw a line (progress): not a pipe, not TERM=dumb. */
export const canRedraw = (io: Io): boolean => io.isTTY && io.env.TERM !== "dumb";
