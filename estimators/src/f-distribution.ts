/**
 * The F distribution: the upper-tail probability (p-values of F tests: Type III tests, ANOVA,
 * dose-response). The tail follows R's `pf` (nmath/pf.c), through the regularized
 * incomplete beta function on the side that keeps relative accuracy; every engine gives the same
 * bits (beta-functions.ts).
 */
import { regularizedBeta, upperRegularizedBeta } from "./beta-functions.js";
import { checkNumberInRange } from "./validate.js";

/**
 * P(F_{df1, df2} > f), as R's `pf(f, df1, df2, lower.tail = FALSE)`.
 *
 * @param f statistic ≥ 0
 * @param df1 numerator degrees of freedom > 0
 * @param df2 denominator degrees of freedom > 0
 * @example
 * fUpperTail(4.9646027437307101, 1, 10) // => 0.05 (to 1e-15)
 */
export function fUpperTail(f: number, df1: number, df2: number): number {
  checkNumberInRange("df1", df1, 0, Number.MAX_VALUE, true);
  checkNumberInRange("df2", df2, 0, Number.MAX_VALUE, true);
  if (f === Infinity) return 0;
  checkNumberInRange("f", f, 0, Number.MAX_VALUE);
  if (f === 0) return 1;
  const d1f = df1 * f;
  return d1f > df2 ? regularizedBeta(df2 / (df2 + d1f), df2 / 2, df1 / 2) : upperRegularizedBeta(d1f / (df2 + d1f), df1 / 2, df2 / 2);
}
