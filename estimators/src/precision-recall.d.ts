import type { NumericVector } from "./validate.js";
export interface PrecisionRecallCurve {
    /** Precision tp/(tp + fp) at each threshold, highest threshold first. */
    precision: number[];
    /** Recall tp/P at each threshold. */
    recall: number[];
    /** Distinct scores, descending: predict positive when score ≥ threshold. */
    thresholds: number[];
}
/**
 * Precision and recall at every distinct score, from the highest threshold down (recall rising).
 *
 * @example
 * precisionRecallCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]).precision // => [1, 0.5, 0.6666666666666666, 0.5]
 */
export declare function precisionRecallCurve(scores: NumericVector, labels: ArrayLike<number | boolean>): PrecisionRecallCurve;
/**
 * Average precision, the step-wise area under the PR curve: AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ with R₀ = 0
 * (no interpolation; equals scikit-learn's `average_precision_score`).
 *
 * @example
 * averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // => 0.8333333333333333
 */
export declare function averagePrecision(scores: NumericVector, labels: ArrayLike<number | boolean>): number;
