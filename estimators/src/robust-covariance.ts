/**
 * Covariance matrices of the coefficients of a linear model: the classical σ̂²(XᵀX)⁻¹ and the
 * heteroskedasticity-consistent (sandwich) estimators HC0 (White 1980) and HC3 (MacKinnon &
 * White 1985), as R's `vcov(fit)` and `sandwich::vcovHC(fit, type = "HC0" | "HC3")`.
 */
import type { LinearModelFit } from "./linear-model.js";
import type { Matrix } from "./matrix.js";
import { checkOneOf, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";

/** Which covariance of β̂: classical (homoskedastic), HC0 or HC3. */
export type CovarianceType = "classical" | "HC0" | "HC3";
export const covarianceTypes: readonly CovarianceType[] = ["classical", "HC0", "HC3"];

/**
 * Var(β̂) of a linear model fit.
 *
 * classical: σ̂²(XᵀX)⁻¹. HC0: (XᵀX)⁻¹ (Σ rᵢ² xᵢxᵢᵀ) (XᵀX)⁻¹. HC3: the same with rᵢ² replaced by
 * rᵢ²/(1 − hᵢ)², hᵢ the hat values (a jackknife-like correction that behaves well in small
 * samples; Long & Ervin 2000). Neither HC form has a degrees-of-freedom factor, as `vcovHC`.
 *
 * @param fit a result of {@link fitLinearModel}
 * @param type `"classical"` (default), `"HC0"` or `"HC3"`
 * @throws EstimatorInputError for an unknown type, or for HC3 when a row has leverage 1 (its
 *   residual is 0 by construction and HC3 is undefined; the row is named)
 * @example
 * // fitLinearModel's example: residuals ±0.25, every hat value 0.75, Var(β̂_arm) =
 * const fit = fitLinearModel([{ y: 1, arm: "P", x: 0 }, { y: 2, arm: "P", x: 1 }, { y: 4, arm: "T", x: 0 }, { y: 6, arm: "T", x: 1 }], { outcome: "y", factors: ["arm"], covariates: ["x"] });
 * linearModelCovariance(fit)[1][1]        // => 0.25   (σ̂² = 0.25 times (XᵀX)⁻¹₁₁ = 1)
 * linearModelCovariance(fit, "HC0")[1][1] // => 0.0625 (rᵢ² = 0.0625 for every row)
 * linearModelCovariance(fit, "HC3")[1][1] // => 1      (0.0625 / (1 − 0.75)²)
 */
export function linearModelCovariance(fit: LinearModelFit, type: CovarianceType = "classical"): Matrix {
  checkOneOf("type", type, covarianceTypes);
  if (type === "classical") return fit.covariance.map((row) => row.slice());
  const p = fit.coefficients.length;
  const meat: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  fit.X.forEach((x, i) => {
    let u = square(fit.residuals[i] as number);
    if (type === "HC3") {
      const h = fit.leverage[i] as number;
      if (!(1 - h > 1e-10))
        throw new EstimatorInputError(`rows[${i}]`, `has leverage ${h} (it alone determines a coefficient); HC3 is undefined — use HC0 or the classical covariance`);
      u /= square(1 - h);
    }
    for (let j = 0; j < p; j++) {
      const mj = meat[j] as number[];
      const uxj = u * (x[j] as number);
      for (let k = 0; k <= j; k++) mj[k] = (mj[k] as number) + uxj * (x[k] as number);
    }
  });
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) (meat[k] as number[])[j] = (meat[j] as number[])[k] as number;
  return sandwichProduct(fit.unscaledCovariance, meat);
}

/**
 * B M B for symmetric B and M (the sandwich), symmetrised exactly.
 *
 * @example
 * sandwichProduct([[2, 0], [0, 1]], [[1, 1], [1, 1]]) // => [[4, 2], [2, 1]]
 */
export function sandwichProduct(bread: Matrix, meat: Matrix): Matrix {
  const p = bread.length;
  const bm = bread.map((row) => Array.from({ length: p }, (_, k) => row.reduce((s, v, j) => s + v * ((meat[j] as number[])[k] as number), 0)));
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let k = i; k < p; k++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += ((bm[i] as number[])[j] as number) * ((bread[j] as number[])[k] as number);
      (out[i] as number[])[k] = s;
      (out[k] as number[])[i] = s;
    }
  }
  return out;
}
