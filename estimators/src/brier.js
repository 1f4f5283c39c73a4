/**
 * The Brier score: mean squared difference between predicted probability and outcome.
 */
import { checkProbabilities, checkScoredOutcomes } from "./binary-outcomes.js";
import { square } from "./elementary-functions.js";
/**
 * Brier score (1/n) Σ (pᵢ − yᵢ)²; 0 is perfect, 0.25 is a constant ½.
 *
 * @example
 * brierScore([0.1, 0.9, 0.5], [0, 1, 1]) // => 0.09  ((0.01 + 0.01 + 0.25) / 3)
 */
export function brierScore(probabilities, labels) {
    const d = checkScoredOutcomes(probabilities, labels, false);
    checkProbabilities("probabilities", d.scores);
    return d.scores.reduce((s, p, i) => s + square(p - d.labels[i]), 0) / d.scores.length;
}
