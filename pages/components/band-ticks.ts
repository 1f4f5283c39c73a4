/**
 * Tick values for a band (or point) axis that leave room for their labels: every k-th value of the
 * domain, k the smallest step that gives each label `labelPx` pixels in a plot `plotPx` wide. Plot
 * labels every band by default, so 30 months on a 900 px heatmap, or 13 shifts on a phone, print
 * over each other.
 *
 * @example
 * bandTicks(["a", "b", "c", "d", "e"], 100, 40) // => ["a", "c", "e"]
 * bandTicks([1, 2, 3], 900, 40) // => [1, 2, 3]
 */
export function bandTicks<T>(domain: readonly T[], plotPx: number, labelPx: number): T[] {
  if (domain.length === 0 || !(plotPx > 0)) return [...domain];
  const step = Math.max(1, Math.ceil((domain.length * labelPx) / plotPx));
  return domain.filter((_, i) => i % step === 0);
}
