/**
 * Logistic regression by Newton–Raphson (equivalently IRLS for the canonical logit link) with
 * step-halving, optional ridge penalty, and diagnostics: iterations, convergence, and detection of
 * complete or quasi-complete separation (where the maximum-likelihood estimate does not exist).
 * Used for propensity scores and for outcome models of a binary endpoint.
 */
import { type Matrix } from "./matrix.js";
import { type NumericVector } from "./validate.js";
export interface LogisticOptions {
    /** Optional non-negative prior weights (as R's `glm(weights = )`; the dispersion is fixed at 1). */
    weights?: NumericVector;
    /**
     * Ridge penalty λ ≥ 0 (default 0): maximises ℓ(β) − (λ/2) Σⱼ βⱼ² over the penalised columns.
     * With λ > 0 the estimate exists even under separation.
     */
    ridge?: number;
    /** Columns left out of the penalty. Default: the constant columns (the intercept). */
    unpenalized?: readonly number[];
    /** Maximum Newton iterations (default 100). */
    maxIter?: number;
    /**
     * Convergence tolerance on the relative change of the deviance, |D − D_old| / (|D| + 0.1)
     * (the criterion of R's `glm.fit`), default 1e-10 (R's default is 1e-8).
     */
    tol?: number;
    /** Column names, used in error messages and returned with the fit. */
    columnNames?: readonly string[];
}
/** `"none"`, or the MLE does not exist: `"complete"` (every observation predicted perfectly) or `"quasi"` (some are). */
export type SeparationStatus = "none" | "quasi" | "complete";
export interface LogisticFit {
    /** β̂ on the log-odds scale, one per column of X. */
    coefficients: number[];
    /** √diag of the inverse (penalised) information; null when the information matrix is singular (separation). */
    standardErrors: number[] | null;
    /** Inverse of the (penalised) information XᵀWX + λP; null when singular. */
    covariance: Matrix | null;
    /** Fitted probabilities, one per row. */
    fitted: number[];
    /** Linear predictors Xβ̂, one per row. */
    linearPredictor: number[];
    /** Weighted log-likelihood Σ wᵢ[yᵢηᵢ − log(1 + e^ηᵢ)] (without the penalty). */
    logLikelihood: number;
    /** Deviance −2ℓ (R's `deviance` for 0/1 responses). */
    deviance: number;
    /** Newton iterations performed. */
    iterations: number;
    /** Whether the deviance criterion was met within maxIter. */
    converged: boolean;
    /** Separation diagnosis; see {@link SeparationStatus}. */
    separation: SeparationStatus;
    /** Observations whose fitted probability is driven to 0 or 1 (0 without separation). */
    separatedObservations: number;
    /** The ridge penalty used. */
    ridge: number;
    columnNames: string[];
    n: number;
}
/**
 * Numerically stable logistic function 1/(1 + e^−η).
 *
 * @example
 * plogis(0) // => 0.5
 * plogis(-800) // => 0 (no overflow)
 */
export declare function plogis(eta: number): number;
/**
 * Fits a logistic regression P(yᵢ = 1) = 1/(1 + exp(−xᵢᵀβ)) by Newton–Raphson with step-halving.
 * X must include an intercept column if one is wanted (as `glm.fit`).
 *
 * Each iteration solves (XᵀWX + λP)Δ = Xᵀw(y − p) − λPβ, W = diag(wᵢpᵢ(1 − pᵢ)), by Cholesky, and
 * halves the step until the penalised log-likelihood does not decrease. It stops when the relative
 * change of the deviance is below `tol` (R's criterion). Standard errors come from the inverse
 * information at β̂ (for λ > 0: of the penalised information, an approximation).
 *
 * Separation: when some fitted probabilities are within 1e-6 of 0 or 1 after convergence, five
 * further Newton steps probe whether the linear predictors keep moving (by more than 1 on the
 * log-odds scale), which happens only when the MLE does not exist. The observations that move
 * are counted; all of them → `"complete"`, some → `"quasi"`. The coefficients returned are those
 * before the probe, and are meaningless (diverging) when separation is reported.
 *
 * @param X design matrix, n × p, finite
 * @param y responses, 0 or 1
 * @param options `weights`, `ridge`, `unpenalized`, `maxIter`, `tol`, `columnNames`
 * @throws EstimatorInputError for non-finite values, a response other than 0/1, mismatched
 *   lengths, fewer rows than parameters, or a collinear column (named)
 * @example
 * const fit = fitLogistic([[1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 0, 1, 1]);
 * fit.coefficients // => [−0.6931…, 1.3862…]  (log(1/2), log(2/1) − log(1/2) = log 4)
 */
export declare function fitLogistic(X: Matrix, y: NumericVector, options?: LogisticOptions): LogisticFit;
/**
 * Predicted probabilities 1/(1 + exp(−xᵀβ̂)) of a logistic fit for new rows.
 *
 * @param fit a result of {@link fitLogistic}
 * @param X rows with the same columns as the fit
 * @example
 * predictLogistic(fit, [[1, 1]]) // => [0.6666…] for the fitLogistic example
 */
export declare function predictLogistic(fit: LogisticFit, X: Matrix): number[];
