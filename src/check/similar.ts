/** "Did you mean": the closest candidate by edit distance in code points, only when it is close enough. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The unique closest candidate within a third of the longer length (at least 1, at most 3 edits);
 * undefined when none is close or two are equally close (a suggestion must be meaningful).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance > slipLimit(value, candidate)) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && candidate !== best) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * The one candidate a value misses by a single character (政府网 for 政府网站): a slip, not another
 * thing. Looser matches name other institutions (政务服务网 is not 政务服务中心), so they are not offered.
 */
export function slipOf(value: string, candidates: Iterable<string>): string | undefined {
  if ([...value].length < 3) return undefined;
  const near = [...candidates].filter((c) => editDistance(value, c) === 1);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * A name as compared across catalogs: spaces and punctuation dropped, brackets and letters in one width
 * (政府信息公开指南 and 政府信息公开 指南 are one name; 规划（计划） and 规划(计划) too).
 */
export function foldName(name: string): string {
  return name.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
}

/** Whether two folded names differ by a slip: at most a third of the longer one's characters, and at most 3. */
export function nearName(a: string, b: string): boolean {
  const limit = slipLimit(a, b);
  return Math.abs([...a].length - [...b].length) <= limit && editDistance(a, b) <= limit;
}

/** A third of the longer length, at least 1 and at most 3 edits. */
function slipLimit(a: string, b: string): number {
  return Math.min(3, Math.max(1, Math.floor(Math.max([...a].length, [...b].length) / 3)));
}

/**
 * Chinese-aware similarity: the set of adjacent-character pairs (bigrams) of a text, spaces and
 * punctuation dropped; a word of one character yields itself. Word order and a different particle
 * cost little, unlike edit distance, which counts every moved character.
 */
export function bigrams(text: string): Set<string> {
  return new Set(bigramList(text.replace(/[\s\u3000\p{P}\p{S}]+/gu, "")));
}

/** A text's adjacent-character pairs in order, repeats kept; a text of one character yields itself. */
export function bigramList(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Dice's coefficient of two bigram sets: 1 for the same pairs, 0 for none shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>, shared = sharedCount(a, b)): number {
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
