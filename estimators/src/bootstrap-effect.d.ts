/**
 * Bootstrap of a treatment-effect estimate: every replicate resamples subjects with replacement
 * and reruns the whole analysis (propensity model, trimming, outcome models, estimator), so the
 * intervals carry the uncertainty of every fitted model. Seeded, so a page and the build give the
 * same interval.
 */
import { type BootstrapIntervals } from "./bootstrap.js";
import { type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "./treatment-effect.js";
export interface BootstrapEffectOptions {
    /** Number of bootstrap replicates (default 1000). */
    replicates?: number;
    /** PRNG seed (integer in [0, 2³²)); required, so that every interval is reproducible. */
    seed: number;
    /** Confidence level (default 0.95). */
    level?: number;
    /**
     * Where the BCa acceleration comes from: `"jackknife"` (default; n leave-one-out reanalyses, as
     * boot.ci), `"influence"` (the estimator's own influence function on the original data: no
     * extra fits, for IPW and AIPW only; the acceleration is a skewness correction, so this
     * first-order approximation of the jackknife values is adequate), or `"none"` (no BCa interval).
     */
    acceleration?: "jackknife" | "influence" | "none";
    /** Resample within each arm (`"treatment"`, keeping the arm sizes, as in a randomised trial) or not (`"none"`, default). */
    strata?: "none" | "treatment";
    /**
     * Largest fraction of replicates allowed to fail (e.g. a resample in which a rare binary covariate
     * is constant); default 0: any failure stops with its message, since dropping failures biases
     * the interval.
     */
    maxFailureFraction?: number;
}
export interface BootstrapEffectResult {
    /** The analysis of the original data. */
    estimate: TreatmentEffectResult;
    seed: number;
    /** Replicates requested. */
    requested: number;
    /** Replicates that failed, with the reason (at most `maxFailureFraction` of them). */
    failures: Array<{
        replicate: number;
        message: string;
    }>;
    /** Intervals for the mean or risk difference. */
    difference: BootstrapIntervals;
    /** Binary outcomes: intervals for the risk ratio and odds ratio (computed on the log scale, reported exponentiated). */
    riskRatio: BootstrapIntervals | null;
    oddsRatio: BootstrapIntervals | null;
    /**
     * The finite replicate statistics in replicate order: `[differences]`, and for a binary outcome
     * also the log risk ratios and log odds ratios (what the intervals are computed from).
     */
    replicateStatistics: number[][];
}
/** One replicate's outcome: its statistics, or the message of the error that stopped it. */
export type ReplicateOutcome = {
    replicate: number;
    statistics: number[];
} | {
    replicate: number;
    failure: string;
};
/**
 * Replicates `from` … `to − 1` (0-based) of a bootstrap, each computed from its own place in the
 * seeded stream (see `bootstrapStreamStates`), so that any split of the replicates over workers
 * gives the replicates of {@link bootstrapTreatmentEffect} exactly. Failed replicates are returned
 * with their message (1-based replicate numbers, as in the errors); {@link combineBootstrap} applies
 * `maxFailureFraction`.
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @param bootstrap the bootstrap's options (`strata` matters here)
 * @param states from `bootstrapStreamStates(createResampler(input.treatment, strata), seed, replicates)`
 * @param from first replicate (0-based, inclusive)
 * @param to last replicate (exclusive)
 * @example
 * bootstrapReplicateRange(input, opts, { seed: 1 }, states, 0, 10).length // => 10
 */
export declare function bootstrapReplicateRange(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions, states: Uint32Array, from: number, to: number): ReplicateOutcome[];
/**
 * Leave-one-out statistics (the bootstrap statistics of the analysis without subject i) for
 * subjects `from` … `to − 1`: the jackknife behind the BCa acceleration, in pieces that workers can
 * share.
 *
 * @throws EstimatorInputError naming the subject whose omission makes the analysis fail
 * @example
 * jackknifeStatistics(input, opts, 0, 2) // => [[θ₍₀₎], [θ₍₁₎]]
 */
export declare function jackknifeStatistics(input: TreatmentEffectInput, options: TreatmentEffectOptions, from: number, to: number): number[][];
/** A bootstrap's replicates and jackknife, computable in any pieces (what a Web Worker holds). */
export interface BootstrapReplicator {
    /** B. */
    readonly replicates: number;
    /** Subjects. */
    readonly n: number;
    /** Replicates `from` … `to − 1` (0-based; outcomes carry 1-based replicate numbers). */
    run(from: number, to: number): ReplicateOutcome[];
    /** Leave-one-out statistics of subjects `from` … `to − 1`. */
    jackknife(from: number, to: number): number[][];
}
/**
 * Prepares a bootstrap's replicates for computation in pieces: records the stream state of every
 * replicate (`bootstrapStreamStates`) and builds the replicate engine once. Any split of
 * `run(0, B)` into ranges, in any order and on any thread, gives exactly the replicates of
 * {@link bootstrapTreatmentEffect} with the same seed; {@link combineBootstrap} turns them into the
 * same result.
 *
 * @example
 * const r = createBootstrapReplicator(input, opts, { seed: 1, replicates: 1000 });
 * combineBootstrap(input, opts, { seed: 1, replicates: 1000 }, estimate, [...r.run(500, 1000), ...r.run(0, 500)])
 * // => bootstrapTreatmentEffect(input, opts, { seed: 1, replicates: 1000 })
 */
export declare function createBootstrapReplicator(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions): BootstrapReplicator;
/**
 * The bootstrap result from the analysis of the original data and every replicate's outcome (in
 * any order; they are sorted by replicate): applies `maxFailureFraction`, computes the jackknife
 * or influence acceleration and the intervals. What {@link bootstrapTreatmentEffect} returns, for
 * replicates computed elsewhere (e.g. in Web Workers by {@link bootstrapReplicateRange}).
 *
 * @param leaveOneOut for the jackknife acceleration, every subject's leave-one-out statistics if
 *   already computed (e.g. in workers by {@link jackknifeStatistics}); computed here otherwise
 * @throws EstimatorInputError when more replicates failed than allowed (naming the first one
 *   beyond the allowance, as the sequential bootstrap does), or when the jackknife fails
 */
export declare function combineBootstrap(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions, estimate: TreatmentEffectResult, outcomes: readonly ReplicateOutcome[], leaveOneOut?: readonly number[][]): BootstrapEffectResult;
/**
 * Percentile and BCa bootstrap intervals for {@link estimateTreatmentEffect}, refitting every model
 * in every replicate. Intervals follow R's `boot.ci` (see `bootstrapIntervals`); the BCa
 * acceleration comes from the jackknife (leave-one-out reanalyses).
 *
 * Each replicate is the analysis of the resampled rows; it is computed with frequency weights by
 * `createReplicateEngine` (the same numbers up to floating-point summation order, about 40 times
 * faster), falling back to the analysis of the materialised rows whenever the fast path declines,
 * so every error and failure is the reference analysis' own.
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @param bootstrap `seed` (required), `replicates`, `level`, `acceleration`, `strata`, `maxFailureFraction`
 * @throws EstimatorInputError for invalid settings, for any error of the original analysis, and
 *   when more replicates fail than allowed (with the first failure's message)
 * @example
 * bootstrapTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 200 }).difference.bca
 * // => the same interval on every run (pinned by the test)
 */
export declare function bootstrapTreatmentEffect(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions): BootstrapEffectResult;
