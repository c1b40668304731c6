// Types of the generator's parts that tests use (test/locate/scan.test.ts lays catalogs out as the findings-heavy corpus does).
export function random(seed: number): () => number;
export function mess(catalog: object, domain: { aliases?: string[] }, rnd: () => number): void;
export function messyText(catalog: object, rnd: () => number): string;
