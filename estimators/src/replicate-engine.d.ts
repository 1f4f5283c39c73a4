/**
 * Fast reanalysis of weighted copies of one data set, for the bootstrap and the jackknife: a
 * resample is the original subjects with multiplicities (counts: 0, 1, 2, … for a bootstrap
 * resample; all 1 but one 0 for a leave-one-out), so every replicate is the same analysis as
 * `estimateTreatmentEffect` on the materialised rows, computed with frequency weights instead.
 *
 * What makes it fast, and why the numbers are the same:
 * - the design matrix is built once, as one Float64Array (rows of [1, z₁ … z_k]) with every
 *   covariate centred and scaled by its full-sample mean and SD. That is a reparametrisation of
 *   the same models (the intercept absorbs the centring): fitted values and predictions are the
 *   same, and the normal equations become well conditioned, so Cholesky on XᵀWX (p × p) is as
 *   accurate as the reference's Householder QR;
 * - a resample touches only its distinct subjects (about 63% of n), each once, with its count as a
 *   weight: Σ over the resample of f(row) = Σ over subjects of countᵢ·f(rowᵢ);
 * - the logistic models start from the full-sample fit (a replicate's MLE is close to it): a
 *   first step with the full-sample information (no pass over XᵀWX), one Newton step, then chord
 *   steps (the information kept; score passes only) until the estimated remaining error is below
 *   1e-12 on the standardised scale: one XᵀWX pass per replicate instead of the 5 to 8 of Newton
 *   from zero;
 * - buffers are allocated once per engine, not per replicate.
 * The results equal the reference analysis up to the order of floating-point summation (relative
 * differences of order 1e-12; tested in tests/estimators/replicate-engine.test.ts).
 *
 * The engine declines (returns null) whenever the reference could behave differently: an empty
 * arm, a model whose XᵀX is (nearly) singular or whose rank check would be close to R's 1e-7 rule,
 * a fitted probability within 1e-6 of 0 or 1 (possible separation, which the reference probes), a
 * Newton iteration that does not settle, a risk of 0 or 1 for the ratio measures. The caller then
 * runs the reference analysis on the materialised rows, which gives its exact result or its exact
 * error. Trimming and a ridge-penalised propensity model are not handled here (the engine is not
 * created; every replicate uses the reference analysis).
 */
import type { TreatmentEffectInput, TreatmentEffectOptions } from "./treatment-effect.js";
export interface ReplicateEngine {
    /** Subjects in the data set (the length of a counts vector). */
    readonly n: number;
    /**
     * The bootstrap statistics of the analysis of the data with these multiplicities: `[difference]`
     * for a continuous outcome, `[risk difference, log risk ratio, log odds ratio]` for a binary one.
     * Null when the fast path declines (run the reference analysis instead).
     */
    statistics(counts: ArrayLike<number>): number[] | null;
}
/**
 * Creates a replicate engine for one data set and analysis, or returns null when the analysis is
 * one it does not handle (trimming, a ridge penalty) or when its full-sample fit declines.
 * The input must already have passed `estimateTreatmentEffect` (it is not validated again).
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @example
 * const engine = createReplicateEngine(input, { method: "aipw", outcomeType: "continuous" });
 * engine.statistics(new Array(input.outcome.length).fill(1)) // => [the full-sample estimate] (to ~1e-12)
 */
export declare function createReplicateEngine(input: TreatmentEffectInput, options: TreatmentEffectOptions): ReplicateEngine | null;
