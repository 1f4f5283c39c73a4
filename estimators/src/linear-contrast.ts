/**
 * A linear combination of regression coefficients, cᵀβ̂, with its standard error, t statistic,
 * two-sided p-value and t-based confidence interval: the building block of least-squares means,
 * their differences and dose-response slopes (as R's `emmeans` / `summary.lm` with `vcov.`).
 */
import type { Matrix } from "./matrix.js";
import { tQuantile, tTwoSidedP } from "./t-distribution.js";
import { checkFiniteVector, checkNumberInRange, EstimatorInputError } from "./validate.js";

export interface ContrastEstimate {
  /** cᵀβ̂. */
  estimate: number;
  /** √(cᵀVc). */
  se: number;
  /** Degrees of freedom of the t reference distribution. */
  df: number;
  /** estimate / se. */
  t: number;
  /** Two-sided p-value 2·P(T_df > |t|). */
  p: number;
  /** estimate ∓ t_{df, 1−α/2}·se. */
  lower: number;
  upper: number;
}

/**
 * Estimates cᵀβ with SE √(cᵀVc), t = cᵀβ̂/SE on `df` degrees of freedom, the two-sided p-value
 * and the (1 − α) confidence interval cᵀβ̂ ± t_{df,1−α/2}·SE.
 *
 * @param coefficients β̂
 * @param covariance V, an estimate of Var(β̂) (classical or sandwich)
 * @param c the contrast, one weight per coefficient
 * @param df residual degrees of freedom (> 0)
 * @param level confidence level (default 0.95)
 * @throws EstimatorInputError for mismatched lengths, non-finite values, df ≤ 0, or a contrast
 *   with zero variance (nothing is estimated)
 * @example
 * linearContrast([1, 2], [[1, 0], [0, 4]], [0, 1], 10) // => estimate 2, se 2, t 1, p 0.3409…, CI 2 ∓ 4.456…
 */
export function linearContrast(coefficients: readonly number[], covariance: Matrix, c: readonly number[], df: number, level = 0.95): ContrastEstimate {
  checkFiniteVector("coefficients", coefficients);
  checkFiniteVector("c", c, coefficients.length);
  if (c.length !== coefficients.length) throw new EstimatorInputError("c", `must have one weight per coefficient (${coefficients.length}), got ${c.length}`);
  if (covariance.length !== c.length) throw new EstimatorInputError("covariance", `must be ${c.length} × ${c.length}, got ${covariance.length} rows`);
  checkNumberInRange("df", df, 0, Number.MAX_VALUE, true);
  checkNumberInRange("level", level, 0, 1, true);
  let estimate = 0;
  let variance = 0;
  for (let j = 0; j < c.length; j++) {
    estimate += (c[j] as number) * (coefficients[j] as number);
    const row = covariance[j] as number[];
    let s = 0;
    for (let k = 0; k < c.length; k++) s += (row[k] as number) * (c[k] as number);
    variance += (c[j] as number) * s;
  }
  if (!(variance > 0)) throw new EstimatorInputError("c", `has variance ${variance} under the given covariance; the contrast estimates nothing`);
  const se = Math.sqrt(variance);
  const t = estimate / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return { estimate, se, df, t, p: tTwoSidedP(t, df), lower: estimate - q * se, upper: estimate + q * se };
}
