import { type EffectSummary } from "./effect-summary.js";
import type { Estimand } from "./propensity-weights.js";
import { type EffectMethod, type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
export interface ComparedEstimator {
    id: "ra" | "ipw-ht" | "ipw-hajek" | "aipw" | "overlap";
    label: string;
    method: EffectMethod;
    estimand: Estimand;
}
/** The estimators compared, in forest-plot order. Overlap weights target the ATO (the overlap population), the others the ATE. */
export declare const comparedEstimators: readonly ComparedEstimator[];
export interface EstimatorComparisonRow extends ComparedEstimator {
    effect: EffectSummary | null;
    /** How the interval was obtained. */
    intervalMethod: string;
    error: string | null;
}
export interface EstimatorComparisonOptions {
    /** Bootstrap replicates for the regression-adjustment interval (default 200; 0 = no interval). */
    replicates?: number;
    /** Seed of that bootstrap (default 20260101). */
    seed?: number;
    /**
     * Largest fraction of bootstrap replicates allowed to fail (default 0.1): in a small trial a
     * resample can miss a rare level of a categorical covariate in one arm. Failures are reported.
     */
    maxFailureFraction?: number;
}
/**
 * Every estimator of {@link comparedEstimators} on the same data with the same trimming.
 *
 * @param input data as for `estimateTreatmentEffect`
 * @param base `outcomeType`, `trim`, `level`, `propensityRidge` (method and estimand are set per row)
 * @param options bootstrap settings of the regression-adjustment interval
 * @example
 * compareEstimators(input, { method: "aipw", outcomeType: "continuous" }).map((r) => r.effect?.estimate)
 */
export declare function compareEstimators(input: TreatmentEffectInput, base: TreatmentEffectOptions, options?: EstimatorComparisonOptions): EstimatorComparisonRow[];
