/** Number formatting shared by the pages, so every page prints a statistic the same way. */

export const formatInt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");

export const formatFixed = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? "–" : withoutNegativeZero(x.toFixed(digits));

/**
 * "-0.000" (a small negative number rounded to zero digits) printed as "0.000": a sign on a zero
 * says a direction that the printed digits do not support.
 *
 * @example
 * withoutNegativeZero("-0.000") // => "0.000"
 */
export const withoutNegativeZero = (text: string): string => (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text);

export const formatPercent = (x: number, digits = 1): string => (Number.isFinite(x) ? `${withoutNegativeZero((100 * x).toFixed(digits))}%` : "–");

/** "mean (SD)" for a continuous characteristic. */
export const formatMeanSd = (mean: number, sd: number, digits = 1): string => `${formatFixed(mean, digits)} (${formatFixed(sd, digits)})`;

/** "n (p%)" for a binary or categorical characteristic. */
export const formatCountPercent = (count: number, total: number): string => `${formatInt(count)} (${total > 0 ? ((100 * count) / total).toFixed(1) : "–"}%)`;

/** A date as `YYYY-MM-DD` (UTC), whatever form DuckDB-WASM or JSON hands it over in. */
export function formatDate(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}

/** The last day of a `YYYY-MM` month, `YYYY-MM-DD`: the data-cut date. */
export function cutDate(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
