/**
 * fast-check's run count for a property: `npm test` runs the full count; under mutation testing
 * (vitest.mutate.config.ts sets MUTATION_RUNS) each mutant gets at most that many, or a run over a module
 * would take hours. Mutants the smaller count misses show up as survivors, to be killed by an example.
 */
export function runs(full: number): number {
  const cap = Number(process.env.MUTATION_RUNS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(full, cap) : full;
}
