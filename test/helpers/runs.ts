/**
 * Test sizes under mutation testing. `npm test` runs the full counts; under `npm run mutate`
 * (vitest.mutate.config.ts sets MUTATION_RUNS) each mutant gets a share, or a run over a module would
 * take hours. Mutants the smaller share misses show up as survivors, to be killed by an example.
 */
const cap = Number(process.env.MUTATION_RUNS);
const mutating = Number.isInteger(cap) && cap > 0;

/** fast-check's run count for a property. */
export function runs(full: number): number {
  return mutating ? Math.min(full, cap) : full;
}

/** One in `corpusShare` of a corpus of files is read under mutation testing; every file in npm test. */
export const corpusShare = mutating ? 8 : 1;

export function sampled<T>(files: readonly T[]): T[] {
  return files.filter((_, i) => i % corpusShare === 0);
}

/** The `i`-th of several samples of `files`: one file (a different one for each `i`) under mutation testing, all of them in npm test. */
export function rotated<T>(files: readonly T[], i: number): T[] {
  return mutating ? [files[i % files.length]!] : [...files];
}
