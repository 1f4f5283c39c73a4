/**
 * The chi-square distribution: upper-tail probabilities (p-values of chi-square statistics: the
 * interaction test, Cochran–Mantel–Haenszel, Pearson, likelihood-ratio and score tests). Through the regularized incomplete gamma function (gamma-functions.ts), as R's
 * `pchisq`; every engine gives the same bits.
 */
import { upperRegularizedGamma } from "./gamma-functions.js";
import { checkNumberInRange } from "./validate.js";

/**
 * P(χ²_df > x), the p-value of a chi-square statistic, as R's `pchisq(x, df, lower.tail = FALSE)`
 * (computed directly, so tiny p-values keep their relative accuracy).
 *
 * @param x statistic ≥ 0
 * @param df degrees of freedom > 0
 * @example
 * chiSquareUpperTail(3.841458820694124, 1) // => 0.05 (to 1e-15)
 */
export function chiSquareUpperTail(x: number, df: number): number {
  checkNumberInRange("df", df, 0, Number.MAX_VALUE, true);
  checkNumberInRange("x", x, 0, Number.MAX_VALUE);
  return upperRegularizedGamma(df / 2, x / 2);
}
