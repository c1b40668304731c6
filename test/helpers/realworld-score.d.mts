// Types of realworld-score.mjs (plain JS so that scripts/realworld.mjs runs it without a build).
export interface ScoredFinding { file: string; line: number; rule: string; severity: string; field?: string | undefined; message?: string }
export interface Marker { file: string; line: number; kind: "defect" | "unsure"; rules: string[]; why: string; field?: string }
export interface Expected { file: string; line: number; rule: string; alternatives: string; why: string; field?: string }
export interface Tally { tp: number; fp: number; found: number; missed: number; precision: number; recall: number }
export interface Score {
  overall: Tally;
  perClass: (Tally & { id: string; label: string })[];
  truePositives: ScoredFinding[];
  falsePositives: ScoredFinding[];
  found: Expected[];
  missed: Expected[];
  unsure: Marker[];
}
export const classes: [string, string][];
export function classOf(rule: string, field: string | undefined): string;
export function fieldOf(path: readonly (string | number)[] | undefined): string | undefined;
export function markersOf(file: string, text: string): Marker[];
export function score(findings: ScoredFinding[], texts: Record<string, string>): Score;
export function formatScore(result: Score, size: { files: number; items: number }): string;
