/**
 * Propensity scores e(x) = P(T = 1 | X = x) from a logistic model with an intercept.
 */
import { type LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { type NumericVector } from "./validate.js";
export interface PropensityOptions {
    /** Covariate names (one per column of `covariates`), for error messages and the fit. */
    covariateNames?: readonly string[];
    /** Ridge penalty on the slopes (default 0: plain maximum likelihood). */
    ridge?: number;
    /** Optional prior weights. */
    weights?: NumericVector;
    /** Newton iterations (default 100). */
    maxIter?: number;
    /** Convergence tolerance (default 1e-10). */
    tol?: number;
    /**
     * Return the fit even when the model shows separation (default false: separation is an error,
     * because the scores are then 0 or 1 and inverse weights are infinite).
     */
    allowSeparation?: boolean;
}
export interface PropensityModel {
    /** Fitted P(T = 1 | x), one per subject. */
    scores: number[];
    /** The logistic fit (first coefficient: the intercept). */
    fit: LogisticFit;
}
/**
 * Prepends a column of ones.
 *
 * @example
 * withIntercept([[2, 3]]) // => [[1, 2, 3]]
 */
export declare function withIntercept(covariates: Matrix): number[][];
/**
 * Fits the propensity model logit e(x) = β₀ + xᵀβ by maximum likelihood (an intercept is added:
 * pass covariates only) and returns the fitted scores.
 *
 * @param covariates n × k covariate matrix (no intercept column); k may be 0 (rows of length 0 are
 *   not accepted: pass `[[], …]` only through {@link withIntercept} yourself)
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param options `covariateNames`, `ridge`, `weights`, `maxIter`, `tol`, `allowSeparation`
 * @throws EstimatorInputError for an empty arm, non-finite covariates, fewer rows than parameters,
 *   a constant or collinear covariate (named), non-convergence, or separation (naming how many
 *   subjects are perfectly predicted) unless `allowSeparation`
 * @example
 * fitPropensity([[0], [0], [1], [1]], [0, 1, 0, 1]).scores // => [0.5, 0.5, 0.5, 0.5]
 */
export declare function fitPropensity(covariates: Matrix, treatment: ArrayLike<number | boolean>, options?: PropensityOptions): PropensityModel;
