/**
 * Balancing weights from propensity scores, one per estimand.
 */
import { checkPropensityScores } from "./trimming.js";
import { checkOneOf, checkTreatment } from "./validate.js";
export const estimands = ["ATE", "ATT", "ATO"];
/**
 * Propensity-score weights (Li, Morgan & Zaslavsky 2018 for ATO):
 * - ATE: T/e + (1 − T)/(1 − e)
 * - ATT: T + (1 − T)·e/(1 − e)
 * - ATO (overlap weights): T·(1 − e) + (1 − T)·e
 *
 * @param ps propensity scores, strictly between 0 and 1
 * @param treatment 1 = treated, 0 = control
 * @param estimand `"ATE"`, `"ATT"` or `"ATO"`
 * @example
 * propensityWeights([0.25, 0.25], [1, 0], "ATE") // => [4, 1.3333333333333333]
 */
export function propensityWeights(ps, treatment, estimand) {
    checkOneOf("estimand", estimand, estimands);
    const t = checkTreatment("treatment", treatment, undefined, false);
    checkPropensityScores("ps", ps, t.length);
    return t.map((ti, i) => {
        const e = ps[i];
        if (estimand === "ATE")
            return ti === 1 ? 1 / e : 1 / (1 - e);
        if (estimand === "ATT")
            return ti === 1 ? 1 : e / (1 - e);
        return ti === 1 ? 1 - e : e;
    });
}
