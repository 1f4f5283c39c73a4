/**
 * The confusion matrix of a score at a threshold, and the rates derived from it.
 */
import { checkScoredOutcomes } from "./binary-outcomes.js";
import { checkFiniteVector } from "./validate.js";
const ratio = (a, b) => (b === 0 ? null : a / b);
/**
 * Counts with "positive" predicted when score ≥ threshold.
 *
 * @example
 * confusionMatrix([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.35) // => tp 2, fp 1, tn 1, fn 0
 */
export function confusionMatrix(scores, labels, threshold) {
    checkFiniteVector("threshold", [threshold]);
    const d = checkScoredOutcomes(scores, labels, false);
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    d.scores.forEach((s, i) => {
        const flagged = s >= threshold;
        if (d.labels[i] === 1)
            flagged ? tp++ : fn++;
        else
            flagged ? fp++ : tn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
    return { threshold, tp, fp, tn, fn, precision, recall, specificity: ratio(tn, tn + fp), accuracy: (tp + tn) / d.scores.length, f1, flaggedShare: (tp + fp) / d.scores.length };
}
