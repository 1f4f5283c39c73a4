/**
 * Weighted mean, variance and standard deviation: the building blocks of balance tables.
 */
import { checkFiniteVector, checkOneOf, checkWeights, EstimatorInputError } from "./validate.js";
const varianceKinds = ["reliability", "frequency", "population"];
/**
 * Weighted arithmetic mean, x̄_w = Σ wᵢxᵢ / Σ wᵢ. Without weights, the ordinary mean.
 *
 * @param x observations (finite numbers, at least one)
 * @param weights optional non-negative weights, one per observation, with a positive sum
 * @example
 * weightedMean([1, 2, 3], [1, 1, 2]) // => 2.25
 */
export function weightedMean(x, weights) {
    checkFiniteVector("x", x, 1);
    if (weights === undefined) {
        let s = 0;
        for (let i = 0; i < x.length; i++)
            s += x[i];
        return s / x.length;
    }
    checkWeights("weights", weights, x.length);
    let sw = 0;
    let swx = 0;
    for (let i = 0; i < x.length; i++) {
        const w = weights[i];
        sw += w;
        swx += w * x[i];
    }
    return swx / sw;
}
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
export function weightedVariance(x, weights, options = {}) {
    const kind = options.kind ?? "reliability";
    checkOneOf("options.kind", kind, varianceKinds);
    const mean = weightedMean(x, weights);
    let v1 = 0;
    let v2 = 0;
    let ss = 0;
    for (let i = 0; i < x.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        const d = x[i] - mean;
        v1 += w;
        v2 += w * w;
        ss += w * d * d;
    }
    const denominator = kind === "population" ? v1 : kind === "frequency" ? v1 - 1 : v1 - v2 / v1;
    if (!(denominator > 0)) {
        const what = weights === undefined ? `${x.length} observation(s)` : `weights summing to ${v1} (sum of squares ${v2})`;
        throw new EstimatorInputError("x", `a ${kind} variance needs more than one effective observation, got ${what}`);
    }
    return ss / denominator;
}
/**
 * Weighted standard deviation, the square root of {@link weightedVariance}.
 *
 * @example
 * weightedSd([2, 4, 4, 4, 5, 5, 7, 9], undefined, { kind: "population" }) // => 2
 */
export function weightedSd(x, weights, options = {}) {
    return Math.sqrt(weightedVariance(x, weights, options));
}
