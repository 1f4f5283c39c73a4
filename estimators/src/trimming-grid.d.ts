/**
 * Trimming sensitivity: the same analysis across a grid of symmetric propensity trimming
 * thresholds and Crump et al.'s (2009) rule, with the number of subjects kept at each.
 */
import { type EffectSummary } from "./effect-summary.js";
import { type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
import type { TrimRule } from "./trimming.js";
/** The default grid: no trimming, then 0.01 … 0.10. */
export declare const defaultTrimmingThresholds: readonly number[];
export interface TrimmingGridRow {
    /** "none", "α = 0.05" or "Crump". */
    label: string;
    rule: TrimRule;
    /** Threshold applied (0 for none; Crump's α for the Crump rule; null when the analysis failed). */
    threshold: number | null;
    nKept: number | null;
    nTrimmed: number | null;
    /** The effect, or null with `error` when this setting cannot be analysed (e.g. an arm emptied). */
    effect: EffectSummary | null;
    error: string | null;
}
/**
 * Runs `estimateTreatmentEffect` at each threshold and with the Crump rule.
 *
 * @param input data as for `estimateTreatmentEffect`
 * @param options analysis options (its `trim` is replaced at each row)
 * @param thresholds symmetric thresholds in [0, 0.5) (default {@link defaultTrimmingThresholds}); 0 means no trimming
 * @example
 * trimmingGrid(input, { method: "aipw", outcomeType: "continuous" }).map((r) => r.nKept)
 */
export declare function trimmingGrid(input: TreatmentEffectInput, options: TreatmentEffectOptions, thresholds?: readonly number[]): TrimmingGridRow[];
