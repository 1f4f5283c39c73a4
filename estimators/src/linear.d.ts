/**
 * Ordinary and weighted least squares, for outcome models of a continuous endpoint
 * (g-computation, AIPW). Fitting is separate from predicting: `fitLinear` returns a model,
 * `predictLinear` uses it.
 */
import { type Matrix } from "./matrix.js";
import { type NumericVector } from "./validate.js";
export interface LinearOptions {
    /** Optional non-negative weights (weighted least squares, as R's `lm(weights = )`); rows with weight 0 do not count in the residual df. */
    weights?: NumericVector;
    /** Column names, used in error messages and returned with the fit (default `x0`, `x1`, …). */
    columnNames?: readonly string[];
}
export interface LinearFit {
    /** β̂, one per column of X. */
    coefficients: number[];
    /** Standard errors √diag(σ̂²(XᵀWX)⁻¹); null when there are no residual degrees of freedom. */
    standardErrors: number[] | null;
    /** σ̂²(XᵀWX)⁻¹; null when there are no residual degrees of freedom. */
    covariance: Matrix | null;
    /** (XᵀWX)⁻¹, the unscaled covariance. */
    unscaledCovariance: Matrix;
    /** σ̂² = Σ wᵢrᵢ² / (n₊ − p), n₊ the rows with positive weight; null when n₊ = p. */
    residualVariance: number | null;
    /** n₊ − p. */
    dfResidual: number;
    /** Xβ̂ for every row (including zero-weight rows). */
    fitted: number[];
    /** y − Xβ̂ for every row. */
    residuals: number[];
    columnNames: string[];
    /** Rows (all, including zero-weight ones). */
    n: number;
}
/**
 * Fits y = Xβ + ε by (weighted) least squares, via Householder QR of √W·X (no normal equations),
 * with a rank check that names the collinear column. X must include an intercept column if one is
 * wanted (as `lm.fit`). Coefficients and standard errors match R's `lm` (see the reference tests).
 *
 * β̂ = argmin Σ wᵢ(yᵢ − xᵢᵀβ)², Var(β̂) = σ̂²(XᵀWX)⁻¹, σ̂² = Σ wᵢrᵢ²/(n₊ − p).
 *
 * @param X design matrix, n rows × p columns (finite)
 * @param y responses, n finite numbers
 * @param options `weights`, `columnNames`
 * @throws EstimatorInputError for non-finite values, mismatched lengths, fewer (positively weighted)
 *   rows than columns, or a column that is a linear combination of the preceding ones (named)
 * @example
 * fitLinear([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7]).coefficients // => [1, 2]
 */
export declare function fitLinear(X: Matrix, y: NumericVector, options?: LinearOptions): LinearFit;
/**
 * Predictions Xβ̂ of a linear fit for new rows.
 *
 * @param fit a result of {@link fitLinear}
 * @param X rows with the same columns as the fit
 * @example
 * predictLinear(fitLinear([[1, 0], [1, 1], [1, 2]], [1, 3, 5]), [[1, 10]]) // => [21]
 */
export declare function predictLinear(fit: LinearFit, X: Matrix): number[];
