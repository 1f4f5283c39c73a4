import { type BootstrapEffectOptions, type BootstrapEffectResult } from "./bootstrap-effect.js";
import { type AnalysisInput, type AnalysisParameterOverrides, type AnalysisParameters, type AnalysisResult, type ComparisonBootstrap, type StudyMonthAnalysis } from "./study-analysis-types.js";
import { type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
/** Defaults of every analysis parameter (a study's config may override them). */
export declare const defaultAnalysisParameters: AnalysisParameters;
/**
 * The parameters of an analysis: the defaults with the overrides applied, validated.
 *
 * @example
 * resolveAnalysisParameters({ bootstrap: { replicates: 50 } }).bootstrap // => {replicates: 50, seed: 20260101, acceleration: "influence", maxFailureFraction: 0}
 */
export declare function resolveAnalysisParameters(overrides?: AnalysisParameterOverrides): AnalysisParameters;
export interface AnalyseOptions {
    /** `"run"` (default): the bootstrap as configured; `"skip"`: point estimates only (`bootstrap: null`), e.g. to show them at once in a page. */
    bootstrap?: "run" | "skip";
}
/**
 * The primary analysis of a study-month (see the module comment and study-analysis-types.ts).
 *
 * Steps, per treated arm vs the control arm: subjects of the two arms, sorted by subject id;
 * those without the outcome excluded and counted (by arm and status); covariates coded (one
 * indicator per non-reference level of a categorical covariate); the propensity model (logistic,
 * optional ridge) with its separation and convergence diagnostics; trimming; the model refitted on
 * the kept subjects; ATE weights, balance before and after; AIPW with influence-function and
 * bootstrap intervals (seeded; every replicate refits both models), g-computation, IPW
 * (Horvitz–Thompson and Hájek); gates. A comparison whose models cannot be fitted is reported
 * with `status: "failed"`, its error, and a failed gate (never a NaN).
 *
 * @param input `{spec, rows, parameters?}`
 * @param options `bootstrap: "run" | "skip"`
 * @throws EstimatorInputError for an invalid spec or parameters, a row whose arm is not one of the
 *   study's arms, a duplicate or missing subject id, or an outcome that is not a number (0/1 for
 *   binary): errors of the data, not of the analysis
 * @example
 * const { result } = analyseStudyMonth({ spec, rows });
 * result.comparisons[0].estimates.aipw.difference // => {estimate, se, ci}
 */
export declare function analyseStudyMonth(input: AnalysisInput, options?: AnalyseOptions): StudyMonthAnalysis;
/** The outcome of one comparison's bootstrap: its summary, or why it could not run. */
export interface ComparisonBootstrapOutcome {
    bootstrap: ComparisonBootstrap | null;
    /** The error when the bootstrap failed (more failed replicates than allowed); null otherwise. */
    error: string | null;
}
/** The settings of one comparison's bootstrap (what `bootstrapTreatmentEffect` or a worker pool is given). */
export interface ComparisonBootstrapRequest {
    input: TreatmentEffectInput;
    options: TreatmentEffectOptions;
    bootstrap: BootstrapEffectOptions;
}
/**
 * What a Web Worker pool needs to compute one comparison's bootstrap off the main thread: the
 * same data, estimator options and bootstrap settings as {@link bootstrapComparison}, so the pool's
 * result (replicates depend only on seed and replicate number) is the build's. Null when the
 * comparison cannot be estimated or B = 0. Turn the pool's result into the comparison's outcome
 * with {@link comparisonBootstrapOutcome}.
 */
export declare function comparisonBootstrapRequest(input: AnalysisInput, comparisonId: string): ComparisonBootstrapRequest | null;
/**
 * A bootstrap computed elsewhere (e.g. by the page's worker pool from
 * {@link comparisonBootstrapRequest}) as the outcome {@link bootstrapComparison} returns: its
 * summary, or the error message when it failed.
 */
export declare function comparisonBootstrapOutcome(input: AnalysisInput, computed: {
    result: BootstrapEffectResult;
} | {
    error: string;
}): ComparisonBootstrapOutcome;
/**
 * The bootstrap of one comparison alone (the same replicates as `analyseStudyMonth` draws), so that
 * a page can show the point estimates first and add the intervals comparison by comparison.
 *
 * @param input as for {@link analyseStudyMonth}
 * @param comparisonId e.g. `"TRT-vs-PBO"`
 * @returns the bootstrap summary (null when the comparison cannot be estimated or B = 0), or the error
 */
export declare function bootstrapComparison(input: AnalysisInput, comparisonId: string): ComparisonBootstrapOutcome;
/**
 * An analysis run with `bootstrap: "skip"` with one comparison's bootstrap filled in (its summary,
 * `bootstrapError` and `bootstrap` gate). A comparison that already failed stays as it was.
 * `withBootstrap(analyseStudyMonth(x, {bootstrap: "skip"}).result, id, bootstrapComparison(x, id))`
 * over every comparison equals `analyseStudyMonth(x).result`.
 */
export declare function withBootstrap(result: AnalysisResult, comparisonId: string, outcome: ComparisonBootstrapOutcome): AnalysisResult;
