import { EstimatorInputError } from "./validate.js";
/**
 * The summary of a treatment-effect result.
 *
 * @example
 * summarizeEffect(estimateTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" })).estimate
 */
export function summarizeEffect(r) {
    return { estimate: r.difference.estimate, se: r.difference.se, ci: r.difference.ci, nAnalysed: r.nAnalysed, nTreated: r.nTreated, nControl: r.nControl };
}
/**
 * Runs `f`, returning its value, or the message of an {@link EstimatorInputError} (a degenerate
 * setting, e.g. a trimming threshold that empties an arm). Any other error is a bug and is rethrown.
 *
 * @example
 * attempt(() => 1) // => {ok: true, value: 1}
 */
export function attempt(f) {
    try {
        return { ok: true, value: f() };
    }
    catch (e) {
        if (e instanceof EstimatorInputError)
            return { ok: false, error: e.message };
        throw e;
    }
}
