/**
 * The one-line summary of an effect estimate that every sensitivity analysis reports (a row of a
 * forest plot or of the robustness table), and a helper that runs an analysis and records its
 * failure as a message instead of letting one bad setting abort the whole table.
 */
import type { TreatmentEffectResult } from "./treatment-effect.js";
export interface EffectSummary {
    /** Mean difference or risk difference. */
    estimate: number;
    /** Its standard error (null when the estimator has none, e.g. g-computation without a bootstrap). */
    se: number | null;
    /** Confidence interval (null without an SE). */
    ci: [number, number] | null;
    /** Subjects analysed, treated and control. */
    nAnalysed: number;
    nTreated: number;
    nControl: number;
}
/**
 * The summary of a treatment-effect result.
 *
 * @example
 * summarizeEffect(estimateTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" })).estimate
 */
export declare function summarizeEffect(r: TreatmentEffectResult): EffectSummary;
/** Either a value or the estimator's message for why there is none. */
export type Outcome<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: string;
};
/**
 * Runs `f`, returning its value, or the message of an {@link EstimatorInputError} (a degenerate
 * setting, e.g. a trimming threshold that empties an arm). Any other error is a bug and is rethrown.
 *
 * @example
 * attempt(() => 1) // => {ok: true, value: 1}
 */
export declare function attempt<T>(f: () => T): Outcome<T>;
