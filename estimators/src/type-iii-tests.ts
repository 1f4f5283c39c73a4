/**
 * Type III (partial) F tests of the terms of a main-effects linear model: each term tested given
 * all the others, as SAS PROC GLM's Type III table and R's `drop1(fit, ~ ., test = "F")` (for a
 * model without interactions Type III = Type II = dropping the term, whatever the coding).
 */
import type { LinearModelFit } from "./linear-model.js";
import { cholesky, choleskySolve } from "./matrix.js";
import { fUpperTail } from "./f-distribution.js";
import { linearModelCovariance, type CovarianceType } from "./robust-covariance.js";
import { EstimatorInputError } from "./validate.js";

export interface TypeIIITest {
  /** The term (factor or covariate). */
  term: string;
  /** Numerator degrees of freedom q (columns of the term). */
  df: number;
  /** Denominator degrees of freedom (the residual df). */
  dfResidual: number;
  /** With the classical covariance: the term's sum of squares, F·q·σ̂² (R's `drop1` "Sum of Sq"); null for a robust covariance. */
  sumOfSquares: number | null;
  /** F = β̂_Tᵀ V_TT⁻¹ β̂_T / q. */
  f: number;
  /** P(F_{q, n−p} > F). */
  p: number;
}

/**
 * Wald F test of each term T: H₀ β_T = 0, F = β̂_Tᵀ (V_TT)⁻¹ β̂_T / q on (q, n − p) df, V the
 * chosen covariance of β̂. With the classical covariance this is exactly the partial (extra sum
 * of squares) F test; with HC0/HC3 it is the heteroskedasticity-robust Wald F test (as
 * `car::Anova(fit, type = 3, white.adjust = "hc3")` or `lmtest::waldtest(..., vcov = vcovHC)`).
 *
 * @param fit a result of {@link fitLinearModel}
 * @param covariance `"classical"` (default), `"HC0"` or `"HC3"`
 * @throws EstimatorInputError as {@link linearModelCovariance}, or when a term's covariance block
 *   is not positive definite (named)
 * @example
 * const fit = fitLinearModel([{ y: 1, arm: "P", x: 0 }, { y: 2, arm: "P", x: 1 }, { y: 4, arm: "T", x: 0 }, { y: 6, arm: "T", x: 1 }], { outcome: "y", factors: ["arm"], covariates: ["x"] });
 * typeIIITests(fit) // => [{ term: "arm", df: 1, f: 49, … }, { term: "x", df: 1, f: 9, … }]
 */
export function typeIIITests(fit: LinearModelFit, covariance: CovarianceType = "classical"): TypeIIITest[] {
  const V = linearModelCovariance(fit, covariance);
  const s2 = fit.sigma * fit.sigma;
  return fit.terms.map((term) => {
    const b = term.columns.map((j) => fit.coefficients[j] as number);
    const block = term.columns.map((j) => term.columns.map((k) => (V[j] as number[])[k] as number));
    const l = cholesky(block);
    if (l === null) throw new EstimatorInputError("fit", `the covariance of term "${term.name}" is not positive definite; its F test is undefined`);
    const solved = choleskySolve(l, b);
    const q = b.length;
    let wald = 0;
    for (let j = 0; j < q; j++) wald += (b[j] as number) * (solved[j] as number);
    const f = wald / q;
    return {
      term: term.name,
      df: q,
      dfResidual: fit.dfResidual,
      sumOfSquares: covariance === "classical" ? wald * s2 : null,
      f,
      p: fUpperTail(f, q, fit.dfResidual),
    };
  });
}
