/**
 * Weighted mean, variance and standard deviation: the building blocks of balance tables.
 */
import { type NumericVector } from "./validate.js";
/**
 * How a weighted variance is normalised.
 * - `"reliability"` (default): weights describe relative importance (inverse-probability weights).
 *   Σ wᵢ(xᵢ − x̄_w)² / (V₁ − V₂/V₁), with V₁ = Σ wᵢ and V₂ = Σ wᵢ². Unbiased for the population
 *   variance, invariant to rescaling the weights, equal to the usual sample variance when all weights
 *   are equal. This is R's `cov.wt(method = "unbiased")` and cobalt's `col_w_var`.
 * - `"frequency"`: weights are integer replication counts. Σ wᵢ(xᵢ − x̄_w)² / (V₁ − 1).
 * - `"population"`: Σ wᵢ(xᵢ − x̄_w)² / V₁ (no bias correction; R's `cov.wt(method = "ML")`).
 */
export type VarianceKind = "reliability" | "frequency" | "population";
export interface WeightedVarianceOptions {
    /** Normalisation, see {@link VarianceKind}. Default `"reliability"`. */
    kind?: VarianceKind;
}
/**
 * Weighted arithmetic mean, x̄_w = Σ wᵢxᵢ / Σ wᵢ. Without weights, the ordinary mean.
 *
 * @param x observations (finite numbers, at least one)
 * @param weights optional non-negative weights, one per observation, with a positive sum
 * @example
 * weightedMean([1, 2, 3], [1, 1, 2]) // => 2.25
 */
export declare function weightedMean(x: NumericVector, weights?: NumericVector): number;
/**
 * Weighted variance (two-pass, around the weighted mean). Without weights, the sample variance
 * Σ(xᵢ − x̄)²/(n − 1) for every kind except `"population"` (Σ(xᵢ − x̄)²/n).
 *
 * @param x observations (finite numbers)
 * @param weights optional non-negative weights, one per observation
 * @param options `kind`: `"reliability"` (default), `"frequency"` or `"population"`; see {@link VarianceKind}
 * @throws EstimatorInputError when the normaliser is not positive (e.g. a single observation, or a
 *   single positive weight with reliability weights, or total frequency weight ≤ 1)
 * @example
 * weightedVariance([1, 2, 3, 4]) // => 1.6666666666666667 (sample variance)
 * weightedVariance([1, 2, 3], [1, 1, 2]) // => 1.1 (reliability weights: 2.75 / (4 − 6/4))
 */
export declare function weightedVariance(x: NumericVector, weights?: NumericVector, options?: WeightedVarianceOptions): number;
/**
 * Weighted standard deviation, the square root of {@link weightedVariance}.
 *
 * @example
 * weightedSd([2, 4, 4, 4, 5, 5, 7, 9], undefined, { kind: "population" }) // => 2
 */
export declare function weightedSd(x: NumericVector, weights?: NumericVector, options?: WeightedVarianceOptions): number;
