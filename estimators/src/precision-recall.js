/**
 * Precision–recall curve and its area summarised as average precision (scikit-learn's
 * `precision_recall_curve` and `average_precision_score`).
 */
import { checkScoredOutcomes, cumulativeCounts } from "./binary-outcomes.js";
/**
 * Precision and recall at every distinct score, from the highest threshold down (recall rising).
 *
 * @example
 * precisionRecallCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]).precision // => [1, 0.5, 0.6666666666666666, 0.5]
 */
export function precisionRecallCurve(scores, labels) {
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
export function averagePrecision(scores, labels) {
    const { precision, recall } = precisionRecallCurve(scores, labels);
    let ap = 0;
    let previous = 0;
    for (let k = 0; k < recall.length; k++) {
        ap += (recall[k] - previous) * precision[k];
        previous = recall[k];
    }
    return ap;
}
