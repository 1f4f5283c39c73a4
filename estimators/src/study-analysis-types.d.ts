/**
 * The shapes of the primary analysis of a study-month (`analyseStudyMonth`) and of `analysis.json`,
 * the snapshot member that stores it. STABLE CONTRACT: the archive reads `analysis.json` for the
 * headline numbers and re-runs `analyseStudyMonth` to verify them; the sensitivity pages reuse it.
 * Change a field only together with `ANALYSIS_SCHEMA` (and its readers).
 *
 * analysis.json = JSON.stringify(analyseStudyMonth(input).result, null, 2) + "\n", i.e. an
 * {@link AnalysisResult}:
 * ```
 * { schema: "trial-analysis/1", study, month,
 *   outcome: {column, label, type}, population,
 *   parameters: {estimand, trim, propensityRidge, level, bootstrap: {replicates, seed, acceleration,
 *                maxFailureFraction}, missingOutcome, missingCovariates, gates: {maxAbsSmd, …}},
 *   comparisons: [{ id: "<treated>-vs-<control>", treated: {code,label}, control: {code,label},
 *                   estimand: {population, treatment, outcome, summaryMeasure, intercurrentEvents, text},
 *                   counts: {inArms, missingOutcome, missingCovariates, analysed, trimmed} (each {treated, control, total}),
 *                   missingOutcomeByStatus, status: "ok" | "failed", error,
 *                   designColumns, pooledLevels: [{covariate, levels, into, poolBelow}], propensity, balance: [{column, type, smdBefore, smdAfter, varianceRatioBefore, varianceRatioAfter}],
 *                   estimates: {aipw, gComputation, ipwHt, ipwHajek} (each {method, label, mean1, mean0,
 *                              difference: {estimate, se, ci}, riskRatio, oddsRatio, seMethod}),
 *                   outcomeModels, bootstrap: {seed, requested, used, failures, acceleration, difference:
 *                              {se, bias, percentile, bca}, riskRatio, oddsRatio} | null, bootstrapError,
 *                   gates: [{id, comparison, passed, value, threshold, message}] } (ids, in order:
 *                          separation, scores-at-bounds, extreme-weights, overlap, balance, convergence,
 *                          estimation, bootstrap; a comparison that fails early has fewer) ],
 *   gates: [every comparison's gates], passed: boolean }
 * ```
 * Headline number: `comparisons[i].estimates.aipw.difference` (estimate, influence-function CI)
 * and `comparisons[i].bootstrap.difference.percentile` / `.bca`. Numbers are IEEE doubles written by
 * JSON.stringify (exact round trip); nothing is rounded.
 */
import type { Gate, GateThresholds } from "./analysis-gates.js";
import type { BalanceTableRow } from "./balance-table.js";
import type { EffectMeasure } from "./effect-measures.js";
import type { OutcomeType } from "./outcome-model.js";
import type { AnalysisCovariate, PooledLevels } from "./pool-rare-levels.js";
import type { EffectMethod, CoefficientRow } from "./treatment-effect.js";
import type { TrimRule } from "./trimming.js";
export declare const ANALYSIS_SCHEMA = "trial-analysis/1";
/** What is analysed: the study's arms, covariates and outcome (a StudyConfig fits structurally). */
export interface StudyAnalysisSpec {
    study: string;
    month: string;
    /** Exactly one arm with role "control"; one comparison per treated arm, in this order. */
    arms: ReadonlyArray<{
        code: string;
        label: string;
        role: "control" | "treated";
    }>;
    /** Baseline covariates of the propensity and outcome models (categorical ones become indicators). */
    covariates: ReadonlyArray<AnalysisCovariate>;
    outcome: {
        column: string;
        type: OutcomeType;
        label?: string;
    };
    /** Column names in the rows (defaults: subject_id, arm, disposition; status is optional in the rows). */
    columns?: {
        subjectId?: string;
        arm?: string;
        status?: string;
    };
    /** The analysis population in words (default: "subjects enrolled by the data cut"). */
    population?: string;
}
/** Every parameter of the analysis, recorded with the results. */
export interface AnalysisParameters {
    estimand: "ATE";
    trim: TrimRule;
    propensityRidge: number;
    level: number;
    bootstrap: {
        replicates: number;
        seed: number;
        acceleration: "influence" | "none";
        maxFailureFraction: number;
    };
    /** Subjects without the outcome are excluded and counted (complete-case analysis). */
    missingOutcome: "exclude";
    /** A subject with a missing covariate: stop with an error naming them (default), or exclude and count. */
    missingCovariates: "error" | "exclude";
    gates: GateThresholds;
}
export interface AnalysisInput {
    spec: StudyAnalysisSpec;
    /** Subject-level rows (any order: they are sorted by subject id before anything is drawn). */
    rows: ArrayLike<Record<string, unknown>>;
    /** Overrides of the defaults (see `resolveAnalysisParameters`). */
    parameters?: AnalysisParameterOverrides;
}
export type AnalysisParameterOverrides = Partial<Omit<AnalysisParameters, "bootstrap" | "gates">> & {
    bootstrap?: Partial<AnalysisParameters["bootstrap"]>;
    gates?: Partial<GateThresholds>;
};
export interface ArmCounts {
    treated: number;
    control: number;
    total: number;
}
export interface MethodEstimate {
    method: EffectMethod;
    /** How the page labels it (e.g. "AIPW (doubly robust)"). */
    label: string;
    mean1: number;
    mean0: number;
    /** Mean difference (continuous) or risk difference (binary), with its influence-function SE and Wald CI (null for g-computation). */
    difference: EffectMeasure;
    riskRatio: EffectMeasure | null;
    oddsRatio: EffectMeasure | null;
    seMethod: string;
}
export interface BootstrapSummaryInterval {
    se: number;
    bias: number;
    percentile: [number, number];
    bca: [number, number] | null;
}
export interface ComparisonBootstrap {
    seed: number;
    requested: number;
    /** Replicates that ran (requested minus failures). */
    used: number;
    failures: number;
    /** The first few failure messages. */
    failureMessages: string[];
    acceleration: "influence" | "none";
    /** AIPW difference; every replicate refits the propensity and outcome models. */
    difference: BootstrapSummaryInterval;
    riskRatio: BootstrapSummaryInterval | null;
    oddsRatio: BootstrapSummaryInterval | null;
}
/**
 * A row of the balance table: SMD and variance ratio of one design column, unweighted on the
 * subjects with the outcome (before trimming) and ATE-weighted on the analysed subjects.
 */
export type BalanceRow = BalanceTableRow;
export interface PropensitySummary {
    /** Model on the analysed subjects (refitted after trimming). */
    coefficients: CoefficientRow[];
    iterations: number;
    converged: boolean;
    /** The first fit (before trimming): its iterations, convergence and separation diagnosis. */
    initial: {
        iterations: number;
        converged: boolean;
        separation: "none" | "quasi" | "complete";
        separatedObservations: number;
    };
    trimThreshold: number;
    /** Score range per arm on the analysed subjects. */
    range: {
        treated: [number, number];
        control: [number, number];
    };
    /** Kish effective sample size of the ATE weights per arm (analysed subjects). */
    ess: {
        treated: number;
        control: number;
    };
    /** Largest ATE weight. */
    maxWeight: number;
}
export interface EstimandDescription {
    population: string;
    treatment: string;
    outcome: string;
    summaryMeasure: string;
    intercurrentEvents: string;
    /** The four attributes in one paragraph. */
    text: string;
}
export interface ComparisonResult {
    id: string;
    treated: {
        code: string;
        label: string;
    };
    control: {
        code: string;
        label: string;
    };
    estimand: EstimandDescription;
    counts: {
        /** Subjects in the two arms at the cut. */
        inArms: ArmCounts;
        missingOutcome: ArmCounts;
        missingCovariates: ArmCounts;
        /** After exclusions and trimming. */
        analysed: ArmCounts;
        trimmed: ArmCounts;
    };
    /** Subjects without the outcome by their status column (e.g. ongoing: not yet due; discontinued). */
    missingOutcomeByStatus: Record<string, number>;
    status: "ok" | "failed";
    /** Why the comparison failed (null when ok). */
    error: string | null;
    designColumns: string[];
    /** Rare levels of categorical covariates merged before modelling (covariates with `poolBelow`). */
    pooledLevels: PooledLevels[];
    propensity: PropensitySummary | null;
    balance: BalanceRow[];
    estimates: {
        aipw: MethodEstimate;
        gComputation: MethodEstimate;
        ipwHt: MethodEstimate;
        ipwHajek: MethodEstimate;
    } | null;
    outcomeModels: {
        treated: CoefficientRow[];
        control: CoefficientRow[];
    } | null;
    bootstrap: ComparisonBootstrap | null;
    /** Why the bootstrap failed (more failed replicates than allowed); null when it ran or was not run. */
    bootstrapError: string | null;
    gates: Gate[];
}
export interface AnalysisResult {
    schema: typeof ANALYSIS_SCHEMA;
    study: string;
    month: string;
    outcome: {
        column: string;
        label: string;
        type: OutcomeType;
    };
    population: string;
    parameters: AnalysisParameters;
    comparisons: ComparisonResult[];
    gates: Gate[];
    /** True when every gate of every comparison passed. */
    passed: boolean;
}
/** Per-subject values for the pages' plots (not stored in analysis.json). */
export interface ComparisonDetails {
    id: string;
    /** Subjects with the outcome and covariates, sorted by subject id. */
    subjectIds: string[];
    treatment: number[];
    /** Propensity score of the first fit (before trimming). */
    initialScores: number[];
    /** Whether the subject is kept by trimming. */
    kept: boolean[];
    /** Score of the refitted model (null when trimmed). */
    scores: Array<number | null>;
    /** ATE weight (null when trimmed). */
    weights: Array<number | null>;
}
export interface StudyMonthAnalysis {
    /** What analysis.json stores. */
    result: AnalysisResult;
    details: ComparisonDetails[];
}
