/**
 * "Did you mean …?" for an unknown key: the allowed key nearest to the one written, by the
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of two adjacent characters each cost 1), compared case-insensitively.
 */

/**
 * The optimal-string-alignment distance between two strings.
 * @example
 * damerauLevenshtein("plausability", "plausibility") // => 1
 * damerauLevenshtein("ctiteria", "criteria") // => 1 (one swap)
 */
export function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The allowed key nearest to `key`, when it is close enough to be a slip (a distance of at most a
 * third of the key's length, and at least 1 allowed); null otherwise. Ties go to the first listed.
 * @example
 * nearestKey("plausability", ["plausibility", "subgroups"]) // => "plausibility"
 * nearestKey("shoe_size", ["plausibility", "subgroups"]) // => null
 */
export function nearestKey(key: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = damerauLevenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}
