/**
 * Kish's effective sample size of a weighted sample: how many unweighted observations would give
 * the same precision for a mean. Heavy or extreme weights (e.g. from propensity scores near 0 or 1)
 * shrink it; report it beside every weighted estimate.
 */
import { checkTreatment, checkWeights, EstimatorInputError } from "./validate.js";
/**
 * Kish effective sample size, ESS = (Σ wᵢ)² / Σ wᵢ² (Kish 1965). Equals n for equal weights and
 * is invariant to rescaling the weights.
 *
 * @param weights non-negative finite weights with a positive sum
 * @example
 * kishEss([1, 1, 1, 1]) // => 4
 * kishEss([1, 1, 2]) // => 2.6666666666666665
 */
export function kishEss(weights) {
    if (weights === null || typeof weights !== "object")
        throw new EstimatorInputError("weights", "must be an array of numbers");
    checkWeights("weights", weights, weights.length);
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        s += w;
        s2 += w * w;
    }
    return (s * s) / s2;
}
/**
 * Kish effective sample size within each arm.
 *
 * @param weights non-negative weights, one per subject
 * @param treatment arm indicators, 1 = treated, 0 = control; both arms non-empty
 * @throws EstimatorInputError when an arm's weights are all zero
 * @example
 * kishEssByArm([1, 1, 1, 2], [0, 0, 1, 1]) // => { treated: 1.8, control: 2 }
 */
export function kishEssByArm(weights, treatment) {
    const t = checkTreatment("treatment", treatment);
    checkWeights("weights", weights, t.length);
    const arm = (a) => {
        const ws = [];
        for (let i = 0; i < t.length; i++)
            if (t[i] === a)
                ws.push(weights[i]);
        if (!(ws.reduce((s, w) => s + w, 0) > 0))
            throw new EstimatorInputError("weights", `are all zero in the ${a === 1 ? "treated" : "control"} arm`);
        return kishEss(ws);
    };
    return { treated: arm(1), control: arm(0) };
}
