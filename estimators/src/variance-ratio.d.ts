/**
 * Variance ratio of a continuous covariate between arms, the second balance diagnostic after the
 * SMD (Austin 2009): well-balanced covariates have a ratio near 1 (commonly 0.5 to 2).
 */
import { type NumericVector } from "./validate.js";
export interface VarianceRatioOptions {
    /** Optional weights, one per observation: the ratio of weighted (reliability) variances, as cobalt reports after adjustment. */
    weights?: NumericVector;
}
/**
 * Variance ratio s₁²/s₀² (treated over control) of a continuous covariate, with sample variances,
 * or weighted variances (reliability weights, see `weightedVariance`) when `weights` are given.
 *
 * @param x covariate values (finite), one per subject
 * @param treatment arm indicators, 1 = treated, 0 = control
 * @param options `weights`
 * @throws EstimatorInputError for an arm with fewer than two observations, or a control-arm variance
 *   of 0 (the ratio would be infinite or undefined)
 * @example
 * varianceRatio([1, 2, 3, 2, 4, 6], [0, 0, 0, 1, 1, 1]) // => 4
 */
export declare function varianceRatio(x: NumericVector, treatment: ArrayLike<number | boolean>, options?: VarianceRatioOptions): number;
