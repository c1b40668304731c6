/** Everything the CLI touches in the outside world, so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colour and progress are allowed. */
  isTTY: boolean;
  /** seconds since the epoch, for outputs that carry a date (SOURCE_DATE_EPOCH wins when set). */
  now(): number;
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  now: () => Math.floor(Date.now() / 1000),
});

/** Colour only on a terminal, never with NO_COLOR (format.md §3); FORCE_COLOR forces it for CI logs. */
export function useColor(io: Io, option?: boolean): boolean {
  if (option !== undefined) return option;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
