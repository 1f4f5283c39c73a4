/**
 * P(|T_df| ≥ |t|), the two-sided p-value of a t statistic, as R's `2 * pt(-abs(t), df)`.
 *
 * @param t the statistic (±Infinity give 0)
 * @param df degrees of freedom > 0
 * @example
 * tTwoSidedP(2.2281388519862739, 10) // => 0.05 (to 1e-15)
 */
export declare function tTwoSidedP(t: number, df: number): number;
/**
 * P(T_df > t), the upper tail (a one-sided p-value), as R's `pt(t, df, lower.tail = FALSE)`.
 *
 * @example
 * tUpperTail(0, 5) // => 0.5
 * tUpperTail(-1.8124611228116763, 10) // => 0.95 (to 1e-14)
 */
export declare function tUpperTail(t: number, df: number): number;
/**
 * The density of T_df at t.
 *
 * @example
 * tDensity(0, 1) // => 0.3183098861837907 (1/π)
 */
export declare function tDensity(t: number, df: number): number;
/**
 * The p-quantile of T_df, as R's `qt(p, df)` (relative accuracy about 1e-14).
 *
 * Written here rather than taken from stdlib: stdlib's t quantile goes through its inverse
 * incomplete beta, which imports a Node logging package that does not run in the browser. This
 * one solves P(T > x) = min(p, 1 − p) for x > 0 by Newton's method on the upper tail (so a small
 * tail probability keeps its relative accuracy), started from a Cornish–Fisher expansion of the
 * normal quantile and kept inside a bracket (bisection when a step leaves it).
 *
 * @param p probability strictly between 0 and 1
 * @example
 * tQuantile(0.975, 10) // => 2.228138851986274 (R: 2.2281388519862739)
 */
export declare function tQuantile(p: number, df: number): number;
