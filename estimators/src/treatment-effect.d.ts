import { type EffectMeasure } from "./effect-measures.js";
import type { Matrix } from "./matrix.js";
import { type OutcomeType } from "./outcome-model.js";
import { type Estimand } from "./propensity-weights.js";
import { type TrimRule } from "./trimming.js";
import { type NumericVector } from "./validate.js";
export type EffectMethod = "g-computation" | "ipw-ht" | "ipw-hajek" | "aipw";
export declare const effectMethods: readonly EffectMethod[];
export interface TreatmentEffectInput {
    /** n × k baseline covariates (no intercept column; see `buildDesignMatrix`). Used in both models. */
    covariates: Matrix;
    /** 1 = treated, 0 = control. */
    treatment: ArrayLike<number | boolean>;
    /** Outcomes (0/1 for a binary outcome). */
    outcome: NumericVector;
    /** Names of the covariate columns (for error messages and the reported coefficients). */
    covariateNames?: readonly string[];
}
export interface TreatmentEffectOptions {
    /** `"g-computation"`, `"ipw-ht"` (Horvitz–Thompson), `"ipw-hajek"` or `"aipw"`. */
    method: EffectMethod;
    /** `"continuous"` (mean difference) or `"binary"` (risk difference, plus RR and OR). */
    outcomeType: OutcomeType;
    /** `"ATE"` (default), `"ATT"` or `"ATO"`. AIPW: ATE only; Horvitz–Thompson: ATE or ATT. */
    estimand?: Estimand;
    /** Propensity trimming (default `{rule: "none"}`); after trimming both models are refitted on the kept subjects. */
    trim?: TrimRule;
    /** Ridge penalty of the propensity model (default 0). */
    propensityRidge?: number;
    /** Confidence level of the Wald intervals (default 0.95). */
    level?: number;
}
export interface CoefficientRow {
    name: string;
    estimate: number;
    se: number | null;
}
export interface TreatmentEffectResult {
    method: EffectMethod;
    estimand: Estimand;
    outcomeType: OutcomeType;
    level: number;
    /** Subjects given. */
    n: number;
    /** Subjects analysed (after trimming). */
    nAnalysed: number;
    nTreated: number;
    nControl: number;
    /** Subjects removed by trimming. */
    nTrimmed: number;
    /** Trimming threshold α (null without trimming). */
    trimThreshold: number | null;
    /** Which of the n subjects were analysed. */
    analysed: boolean[];
    /** Estimated mean (risk) under treatment and under control in the target population. */
    mean1: number;
    mean0: number;
    /** Mean difference (continuous) or risk difference (binary), with influence-function SE and Wald CI where available. */
    difference: EffectMeasure;
    /** Binary outcomes only (else null): risk ratio and odds ratio, SE on the log scale. */
    riskRatio: EffectMeasure | null;
    oddsRatio: EffectMeasure | null;
    /** How `difference.se` was obtained, in words. */
    seMethod: string;
    /**
     * Influence-function values of mean1 and mean0 on the analysed subjects (null for
     * g-computation). Used for SEs, ratio measures and the BCa acceleration without a jackknife.
     */
    influence: null | {
        mean1: number[];
        mean0: number[];
    };
    /** Propensity model on the analysed subjects (null when the method does not need one). */
    propensity: null | {
        coefficients: CoefficientRow[];
        iterations: number;
        converged: boolean;
        /** Range of the scores per arm on the analysed subjects. */
        range: {
            treated: [number, number];
            control: [number, number];
        };
        /** Kish effective sample size of the estimand's weights per arm. */
        ess: {
            treated: number;
            control: number;
        };
    };
    /** Outcome models (null when the method does not use them). */
    outcomeModels: null | {
        treated: CoefficientRow[];
        control: CoefficientRow[];
    };
}
/**
 * Estimates a treatment effect with the chosen method:
 * - `g-computation`: per-arm outcome models, predictions averaged over the target population
 *   (ATE: everyone; ATT: the treated; ATO: weighted by e(1 − e)). No analytic SE.
 * - `ipw-ht`: Horvitz–Thompson (ATE, ATT). `ipw-hajek`: Hájek (ATE, ATT, ATO). Influence-function
 *   SE with the propensity score treated as known (conservative for the ATE).
 * - `aipw`: doubly robust (ATE), influence-function SE.
 * With trimming, subjects outside [α, 1 − α] on the first propensity fit are dropped and both
 * models are refitted on the rest (the estimand is then the effect in the trimmed population).
 *
 * @param input `covariates` (n × k, no intercept), `treatment`, `outcome`, `covariateNames`
 * @param options `method`, `outcomeType`, `estimand`, `trim`, `propensityRidge`, `level`
 * @throws EstimatorInputError for any degenerate input: an empty arm (before or after trimming),
 *   non-finite values, fewer subjects than parameters, a constant or collinear covariate (named),
 *   separation in a model, a method/estimand combination that is not defined, or risks of 0 or 1
 *   for ratio measures
 * @example
 * estimateTreatmentEffect(
 *   { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1] },
 *   { method: "g-computation", outcomeType: "continuous" },
 * ).difference.estimate // => 2  (m₁(x) = 2 + x, m₀(x) = x)
 */
export declare function estimateTreatmentEffect(input: TreatmentEffectInput, options: TreatmentEffectOptions): TreatmentEffectResult;
