/**
 * Variance ratio of a continuous covariate between arms, the second balance diagnostic after the
 * SMD (Austin 2009): well-balanced covariates have a ratio near 1 (commonly 0.5 to 2).
 */
import { checkFiniteVector, checkTreatment, checkWeights, EstimatorInputError } from "./validate.js";
import { weightedVariance } from "./weighted-stats.js";
/**
 * Variance ratio s₁²/s₀² (treated over control) of a continuous covariate, with sample variances,
 * or weighted variances (reliability weights, see `weightedVariance`) when `weights` are given.
 *
 * @param x covariate values (finite), one per subject
 * @param treatment arm indicators, 1 = treated, 0 = control
 * @param options `weights`
 * @throws EstimatorInputError for an arm with fewer than two observations, or a control-arm variance
 *   of 0 (the ratio would be infinite or undefined)
 * @example
 * varianceRatio([1, 2, 3, 2, 4, 6], [0, 0, 0, 1, 1, 1]) // => 4
 */
export function varianceRatio(x, treatment, options = {}) {
    checkFiniteVector("x", x, 2);
    const t = checkTreatment("treatment", treatment, x.length);
    if (options.weights !== undefined)
        checkWeights("options.weights", options.weights, x.length);
    const arm = (a) => {
        const xs = [];
        const ws = [];
        for (let i = 0; i < t.length; i++) {
            if (t[i] === a) {
                xs.push(x[i]);
                if (options.weights)
                    ws.push(options.weights[i]);
            }
        }
        const label = a === 1 ? "treated" : "control";
        if (xs.length < 2)
            throw new EstimatorInputError("x", `the ${label} arm has ${xs.length} observation(s); a variance needs at least 2`);
        if (options.weights && !(ws.reduce((s, w) => s + w, 0) > 0))
            throw new EstimatorInputError("options.weights", `are all zero in the ${label} arm`);
        return weightedVariance(xs, options.weights ? ws : undefined);
    };
    const v1 = arm(1);
    const v0 = arm(0);
    if (!(v0 > 0))
        throw new EstimatorInputError("x", "has zero variance in the control arm; the variance ratio is undefined");
    return v1 / v0;
}
