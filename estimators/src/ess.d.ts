/**
 * Kish's effective sample size of a weighted sample: how many unweighted observations would give
 * the same precision for a mean. Heavy or extreme weights (e.g. from propensity scores near 0 or 1)
 * shrink it; report it beside every weighted estimate.
 */
import { type NumericVector } from "./validate.js";
/**
 * Kish effective sample size, ESS = (Σ wᵢ)² / Σ wᵢ² (Kish 1965). Equals n for equal weights and
 * is invariant to rescaling the weights.
 *
 * @param weights non-negative finite weights with a positive sum
 * @example
 * kishEss([1, 1, 1, 1]) // => 4
 * kishEss([1, 1, 2]) // => 2.6666666666666665
 */
export declare function kishEss(weights: NumericVector): number;
/**
 * Kish effective sample size within each arm.
 *
 * @param weights non-negative weights, one per subject
 * @param treatment arm indicators, 1 = treated, 0 = control; both arms non-empty
 * @throws EstimatorInputError when an arm's weights are all zero
 * @example
 * kishEssByArm([1, 1, 1, 2], [0, 0, 1, 1]) // => { treated: 1.8, control: 2 }
 */
export declare function kishEssByArm(weights: NumericVector, treatment: ArrayLike<number | boolean>): {
    treated: number;
    control: number;
};
