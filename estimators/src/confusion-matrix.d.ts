import { type NumericVector } from "./validate.js";
export interface ConfusionMatrix {
    threshold: number;
    tp: number;
    fp: number;
    tn: number;
    fn: number;
    /** tp/(tp + fp); null when nothing is predicted positive. */
    precision: number | null;
    /** tp/(tp + fn) (sensitivity); null without positives. */
    recall: number | null;
    /** tn/(tn + fp); null without negatives. */
    specificity: number | null;
    accuracy: number;
    /** Harmonic mean of precision and recall; null when either is null or both are 0. */
    f1: number | null;
    /** Share predicted positive. */
    flaggedShare: number;
}
/**
 * Counts with "positive" predicted when score ≥ threshold.
 *
 * @example
 * confusionMatrix([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.35) // => tp 2, fp 1, tn 1, fn 0
 */
export declare function confusionMatrix(scores: NumericVector, labels: ArrayLike<number | boolean>, threshold: number): ConfusionMatrix;
