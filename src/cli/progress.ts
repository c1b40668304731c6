/**
 * A progress line for long runs: on a terminal's stderr only (logs and pipes stay clean), rewritten in
 * place, and shown only once a run has taken a second, so quick runs print nothing at all.
 */
import type { Io } from "./io.js";

export interface ProgressLine {
  update(done: number, total: number): void;
  /** clears the line, if one was shown. */
  end(): void;
}

/** Whether stderr is a terminal. */
export const progressAllowed = (io: Io): boolean => io.stderrIsTTY ?? io.isTTY;

export function progressLine(io: Io, text: (p: { done: number; total: number }) => string, { after = 1000, every = 100, clock = Date.now } = {}): ProgressLine {
  const start = clock();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = clock();
      if (now - start < after || now - last < every) return;
      last = now;
      shown = true;
      io.stderr(`\r\x1b[K${text({ done, total })}`);
    },
    end() {
      if (shown) io.stderr("\r\x1b[K");
      shown = false;
    },
  };
}
