/**
 * Precision–recall curve and its area summarised as average precision (scikit-learn's
 * `precision_recall_curve` and `average_precision_score`).
 */
import { checkScoredOutcomes, cumulativeCounts } from "./binary-outcomes.js";
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
export function precisionRecallCurve(scores: NumericVector, labels: ArrayLike<number | boolean>): PrecisionRecallCurve {
  const d = checkScoredOutcomes(scores, labels);
  const counts = cumulativeCounts(d.scores, d.labels);
  return {
    precision: counts.map((c) => c.tp / (c.tp + c.fp)),
    recall: counts.map((c) => c.tp / d.positives),
    thresholds: counts.map((c) => c.threshold),
  };
}

/**
 * Average precision, the step-wise area under the PR curve: AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ with R₀ = 0
 * (no interpolation; equals scikit-learn's `average_precision_score`).
 *
 * @example
 * averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // => 0.8333333333333333
 */
export function averagePrecision(scores: NumericVector, labels: ArrayLike<number | boolean>): number {
  const { precision, recall } = precisionRecallCurve(scores, labels);
  let ap = 0;
  let previous = 0;
  for (let k = 0; k < recall.length; k++) {
    ap += ((recall[k] as number) - previous) * (precision[k] as number);
    previous = recall[k] as number;
  }
  return ap;
}
