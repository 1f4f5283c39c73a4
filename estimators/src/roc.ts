/**
 * The receiver operating characteristic: the ROC curve and the area under it (AUROC).
 */
import { checkScoredOutcomes, cumulativeCounts } from "./binary-outcomes.js";
import type { NumericVector } from "./validate.js";

export interface RocCurve {
  /** False-positive rates, from 0 up to 1. */
  fpr: number[];
  /** True-positive rates (sensitivity, recall), matching `fpr`. */
  tpr: number[];
  /** Score cut-offs: point k predicts positive when score ≥ thresholds[k] (Infinity at the origin). */
  thresholds: number[];
}

/**
 * The ROC curve at every distinct score (as scikit-learn's `roc_curve(drop_intermediate=False)`),
 * starting at (0, 0) with threshold +∞. Higher scores mean "more likely positive".
 *
 * @example
 * rocCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]).tpr // => [0, 0.5, 0.5, 1, 1]
 */
export function rocCurve(scores: NumericVector, labels: ArrayLike<number | boolean>): RocCurve {
  const d = checkScoredOutcomes(scores, labels);
  const fpr = [0];
  const tpr = [0];
  const thresholds = [Infinity];
  for (const c of cumulativeCounts(d.scores, d.labels)) {
    fpr.push(c.fp / d.negatives);
    tpr.push(c.tp / d.positives);
    thresholds.push(c.threshold);
  }
  return { fpr, tpr, thresholds };
}

/**
 * Area under the ROC curve: the probability that a random positive scores higher than a random
 * negative, ties counting one half (the trapezoidal area; the Mann–Whitney U / (n₁n₀)).
 *
 * @example
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // => 0.75
 */
export function rocAuc(scores: NumericVector, labels: ArrayLike<number | boolean>): number {
  const { fpr, tpr } = rocCurve(scores, labels);
  let area = 0;
  for (let k = 1; k < fpr.length; k++) area += (((fpr[k] as number) - (fpr[k - 1] as number)) * ((tpr[k] as number) + (tpr[k - 1] as number))) / 2;
  return area;
}
