/**
 * Trimming sensitivity: the same analysis across a grid of symmetric propensity trimming
 * thresholds and Crump et al.'s (2009) rule, with the number of subjects kept at each.
 */
import { attempt, summarizeEffect } from "./effect-summary.js";
import { estimateTreatmentEffect } from "./treatment-effect.js";
import { checkNumberInRange } from "./validate.js";
/** The default grid: no trimming, then 0.01 … 0.10. */
export const defaultTrimmingThresholds = [0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1];
/**
 * Runs `estimateTreatmentEffect` at each threshold and with the Crump rule.
 *
 * @param input data as for `estimateTreatmentEffect`
 * @param options analysis options (its `trim` is replaced at each row)
 * @param thresholds symmetric thresholds in [0, 0.5) (default {@link defaultTrimmingThresholds}); 0 means no trimming
 * @example
 * trimmingGrid(input, { method: "aipw", outcomeType: "continuous" }).map((r) => r.nKept)
 */
export function trimmingGrid(input, options, thresholds = defaultTrimmingThresholds) {
    thresholds.forEach((a, i) => checkNumberInRange(`thresholds[${i}]`, a, 0, 0.5));
    const rules = [
        ...thresholds.map((a) => (a === 0 ? { label: "none", rule: { rule: "none" } } : { label: `α = ${a}`, rule: { rule: "symmetric", threshold: a } })),
        { label: "Crump", rule: { rule: "crump" } },
    ];
    return rules.map(({ label, rule }) => {
        const r = attempt(() => estimateTreatmentEffect(input, { ...options, trim: rule }));
        if (!r.ok)
            return { label, rule, threshold: null, nKept: null, nTrimmed: null, effect: null, error: r.error };
        return { label, rule, threshold: r.value.trimThreshold ?? 0, nKept: r.value.nAnalysed, nTrimmed: r.value.nTrimmed, effect: summarizeEffect(r.value), error: null };
    });
}
