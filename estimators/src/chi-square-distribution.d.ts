/**
 * P(χ²_df > x), the p-value of a chi-square statistic, as R's `pchisq(x, df, lower.tail = FALSE)`
 * (computed directly, so tiny p-values keep their relative accuracy).
 *
 * @param x statistic ≥ 0
 * @param df degrees of freedom > 0
 * @example
 * chiSquareUpperTail(3.841458820694124, 1) // => 0.05 (to 1e-15)
 */
export declare function chiSquareUpperTail(x: number, df: number): number;
