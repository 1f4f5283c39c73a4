/**
 * P(F_{df1, df2} > f), as R's `pf(f, df1, df2, lower.tail = FALSE)`.
 *
 * @param f statistic ≥ 0
 * @param df1 numerator degrees of freedom > 0
 * @param df2 denominator degrees of freedom > 0
 * @example
 * fUpperTail(4.9646027437307101, 1, 10) // => 0.05 (to 1e-15)
 */
export declare function fUpperTail(f: number, df1: number, df2: number): number;
