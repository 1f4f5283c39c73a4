/** Number formatting shared by the pages, so every page prints a statistic the same way. */
export const formatInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
export const formatFixed = (x, digits = 2) => x === null || x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(digits);
export const formatPercent = (x, digits = 1) => (Number.isFinite(x) ? `${(100 * x).toFixed(digits)}%` : "–");
/** "mean (SD)" for a continuous characteristic. */
export const formatMeanSd = (mean, sd, digits = 1) => `${formatFixed(mean, digits)} (${formatFixed(sd, digits)})`;
/** "n (p%)" for a binary or categorical characteristic. */
export const formatCountPercent = (count, total) => `${formatInt(count)} (${total > 0 ? ((100 * count) / total).toFixed(1) : "–"}%)`;
/** A date as `YYYY-MM-DD` (UTC), whatever form DuckDB-WASM or JSON hands it over in. */
export function formatDate(value) {
    if (value === null || value === undefined)
        return "–";
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}
/** The last day of a `YYYY-MM` month, `YYYY-MM-DD`: the data-cut date. */
export function cutDate(month) {
    const [y, m] = month.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
