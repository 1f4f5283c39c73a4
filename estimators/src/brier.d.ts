import type { NumericVector } from "./validate.js";
/**
 * Brier score (1/n) Σ (pᵢ − yᵢ)²; 0 is perfect, 0.25 is a constant ½.
 *
 * @example
 * brierScore([0.1, 0.9, 0.5], [0, 1, 1]) // => 0.09  ((0.01 + 0.01 + 0.25) / 3)
 */
export declare function brierScore(probabilities: NumericVector, labels: ArrayLike<number | boolean>): number;
