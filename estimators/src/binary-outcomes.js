/**
 * Argument checks shared by the classification metrics: predicted scores paired with observed 0/1
 * outcomes. Messages name the argument, the index and the offending value.
 */
import { checkFiniteVector, describeValue, EstimatorInputError } from "./validate.js";
/**
 * Checks finite scores and 0/1 labels of equal length; with `requireBoth`, both classes present.
 *
 * @example
 * checkScoredOutcomes([0.2, 0.9], [0, 1]).positives // => 1
 */
export function checkScoredOutcomes(scores, labels, requireBoth = true) {
    checkFiniteVector("scores", scores, 1);
    if (labels === null || typeof labels !== "object" || typeof labels.length !== "number") {
        throw new EstimatorInputError("labels", `must be an array of 0/1 outcomes, got ${describeValue(labels)}`);
    }
    if (labels.length !== scores.length)
        throw new EstimatorInputError("labels", `must have one outcome per score (${scores.length}), got ${labels.length}`);
    const out = new Array(labels.length);
    let positives = 0;
    for (let i = 0; i < labels.length; i++) {
        const v = labels[i];
        if (v === 1 || v === true) {
            out[i] = 1;
            positives++;
        }
        else if (v === 0 || v === false)
            out[i] = 0;
        else
            throw new EstimatorInputError(`labels[${i}]`, `must be 0 or 1, got ${describeValue(v)}`);
    }
    const negatives = out.length - positives;
    if (requireBoth && (positives === 0 || negatives === 0)) {
        throw new EstimatorInputError("labels", `must contain both outcomes, got ${positives} positive and ${negatives} negative of ${out.length}`);
    }
    return { scores: Array.from(scores), labels: out, positives, negatives };
}
/** Checks probabilities in [0, 1]. */
export function checkProbabilities(argument, p) {
    for (let i = 0; i < p.length; i++) {
        const v = p[i];
        if (!(v >= 0 && v <= 1))
            throw new EstimatorInputError(`${argument}[${i}]`, `must be a probability in [0, 1], got ${describeValue(v)}`);
    }
}
/** Indices sorted by descending score (stable: ties keep input order). */
export function descendingOrder(scores) {
    return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}
/**
 * Cumulative counts at each distinct score, from the highest down: predicting "positive" for
 * score ≥ threshold gives tp true and fp false positives.
 */
export function cumulativeCounts(scores, labels) {
    const order = descendingOrder(scores);
    const out = [];
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        if (labels[i] === 1)
            tp++;
        else
            fp++;
        const next = order[k + 1];
        if (next === undefined || scores[next] !== scores[i])
            out.push({ threshold: scores[i], tp, fp });
    }
    return out;
}
