/**
 * 公开层级 as written → the levels it names. Real tables write levels many ways (乡、村级, 镇（街）级,
 * 县（市、区）级, 镇街乡, 区级); a fixed list of variants made similar spellings disagree (乡、村级 a variant,
 * 镇、村级 an error), so the text is read from its unit characters (registry `levels.units`) instead:
 * - brackets hold another name of the same unit (镇（街）级, 县（市、区）级) and add nothing;
 * - 、 ， , / 和 及 与 separate levels (乡、村级 = 乡级 + 村级);
 * - within one part, units run together (镇街乡, 县区, 乡村) and each counts; 市 beside a county unit
 *   (县市区级) is a county-level city, elsewhere (市级) the level above the county.
 * Text that is not made only of units is not read (vocabulary-unknown reports it).
 */
import type { Level } from "./types.js";

export interface LevelVocabulary {
  canonical: Level[];
  higher: string[];
  units: Record<string, string>;
  variants: Record<string, Level>;
}

export interface LevelReading {
  /** canonical levels named, in vocabulary order. */
  levels: Level[];
  /** levels above the county named, in registry order. */
  higher: string[];
}

const separators = /[、，,/／;；和及与]+/;
const brackets = /[（(][^（()）]*[)）]/g;

function readPart(part: string, units: Record<string, string>, tokens: readonly string[]): string[] | undefined {
  const found: string[] = [];
  let rest = part.replace(/级$/, "");
  if (!rest) return undefined;
  while (rest) {
    const token = tokens.find((t) => rest.startsWith(t));
    if (!token) return undefined;
    found.push(token);
    rest = rest.slice(token.length);
  }
  const county = found.some((t) => units[t] === "县级");
  return found.map((t) => (county && t === "市" ? "县级" : units[t]!));
}

export function readLevels(raw: string, vocabulary: LevelVocabulary): LevelReading | undefined {
  const text = raw.replace(/[\s\u3000]/g, "");
  const variant = vocabulary.variants[text];
  if (variant) return { levels: [variant], higher: [] };
  // Longest unit first, so 街道 is one unit rather than 街 + 道, 社区 not 社 + 区.
  const tokens = Object.keys(vocabulary.units).sort((a, b) => b.length - a.length);
  const parts = text.replace(brackets, "").split(separators).filter(Boolean);
  if (!parts.length) return undefined;
  const named = new Set<string>();
  for (const part of parts) {
    const levels = readPart(part, vocabulary.units, tokens);
    if (!levels) return undefined;
    for (const level of levels) named.add(level);
  }
  return {
    levels: vocabulary.canonical.filter((l) => named.has(l)),
    higher: vocabulary.higher.filter((l) => named.has(l)),
  };
}

/** Every canonical level an item's level entries name (乡、村级 names two). */
export function namedLevels(terms: readonly { canonical?: Level; also?: Level[] }[]): Set<Level> {
  const named = new Set<Level>();
  for (const term of terms) {
    if (term.canonical) named.add(term.canonical);
    for (const level of term.also ?? []) named.add(level);
  }
  return named;
}
