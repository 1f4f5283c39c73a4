/**
 * One call from data to a treatment-effect estimate: fits the propensity model and/or the outcome
 * models, trims, weights, estimates, and returns the estimate with every diagnostic a reviewer
 * needs to trace it (sample sizes, trimming threshold, model coefficients and convergence,
 * effective sample sizes). Pages call this (or `bootstrapTreatmentEffect`) and draw.
 *
 * The call is three steps, each exported: `checkEffectInput` (validation), `fitEffectModels`
 * (effect-models.ts: the fit) and `estimateEffect` (the estimate from fitted models), so that a
 * caller needing several methods on the same data fits the models once.
 */
import { aipw } from "./aipw.js";
import { waldInterval, type MeanDifferenceEstimate } from "./effect-estimate.js";
import { binaryEffectMeasures, type EffectMeasure } from "./effect-measures.js";
import { kishEssByArm } from "./ess.js";
import { gComputation } from "./g-computation.js";
import { hajek } from "./hajek.js";
import { horvitzThompson } from "./horvitz-thompson.js";
import { fitEffectModels, type CheckedEffectInput, type FittedEffectModels } from "./effect-models.js";
import type { LinearFit } from "./linear.js";
import type { LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import type { OutcomeType } from "./outcome-model.js";
import { estimands, propensityWeights, type Estimand } from "./propensity-weights.js";
import { scoreRange } from "./score-range.js";
import type { TrimRule } from "./trimming.js";
import {
  checkFiniteVector,
  checkMatrix,
  checkNumberInRange,
  checkOneOf,
  checkSameLength,
  checkTreatment,
  columnNamesFor,
  describeValue,
  EstimatorInputError,
  type NumericVector,
} from "./validate.js";

export type EffectMethod = "g-computation" | "ipw-ht" | "ipw-hajek" | "aipw";
export const effectMethods: readonly EffectMethod[] = ["g-computation", "ipw-ht", "ipw-hajek", "aipw"];

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
  influence: null | { mean1: number[]; mean0: number[] };
  /** Propensity model on the analysed subjects (null when the method does not need one). */
  propensity: null | {
    coefficients: CoefficientRow[];
    iterations: number;
    converged: boolean;
    /** Range of the scores per arm on the analysed subjects. */
    range: { treated: [number, number]; control: [number, number] };
    /** Kish effective sample size of the estimand's weights per arm. */
    ess: { treated: number; control: number };
  };
  /** Outcome models (null when the method does not use them). */
  outcomeModels: null | { treated: CoefficientRow[]; control: CoefficientRow[] };
}

function coefficientRows(fit: LinearFit | LogisticFit): CoefficientRow[] {
  return fit.coefficients.map((estimate, j) => ({ name: fit.columnNames[j] as string, estimate, se: fit.standardErrors?.[j] ?? null }));
}

/** The checked input and the resolved options of an estimate. */
export interface CheckedEffectRequest {
  input: CheckedEffectInput;
  estimand: Estimand;
  level: number;
  trim: TrimRule;
  /** Whether the method and estimand need the propensity model (trimming does too). */
  needsPropensity: boolean;
  /** Whether the method needs the outcome models. */
  needsOutcome: boolean;
}

/**
 * The checks `estimateTreatmentEffect` starts with: the data (finite, rectangular, both arms, 0/1
 * outcomes when binary) and the options (a method and estimand that go together).
 *
 * @param input as for {@link estimateTreatmentEffect}
 * @param options as for {@link estimateTreatmentEffect}
 * @throws EstimatorInputError naming the argument and the value
 * @example
 * checkEffectInput({ covariates: [[0], [1]], treatment: [1, 0], outcome: [1, 0] }, { method: "aipw", outcomeType: "continuous" }).needsOutcome // => true
 */
export function checkEffectInput(input: TreatmentEffectInput, options: TreatmentEffectOptions): CheckedEffectRequest {
  if (input === null || typeof input !== "object") throw new EstimatorInputError("input", `must be {covariates, treatment, outcome}, got ${describeValue(input)}`);
  if (options === null || typeof options !== "object") throw new EstimatorInputError("options", `must be {method, outcomeType, …}, got ${describeValue(options)}`);
  const { covariates, outcome } = input;
  checkMatrix("input.covariates", covariates);
  checkFiniteVector("input.outcome", outcome, 1);
  checkSameLength("input.covariates", covariates, "input.outcome", outcome);
  const t = checkTreatment("input.treatment", input.treatment, covariates.length);
  const k = (covariates[0] as number[]).length;
  const names = columnNamesFor("input.covariateNames", input.covariateNames, k);
  checkOneOf("options.method", options.method, effectMethods);
  checkOneOf("options.outcomeType", options.outcomeType, ["continuous", "binary"] as const);
  const estimand = options.estimand ?? "ATE";
  checkOneOf("options.estimand", estimand, estimands);
  const level = options.level ?? 0.95;
  checkNumberInRange("options.level", level, 0, 1, true);
  const trim: TrimRule = options.trim ?? { rule: "none" };
  const method = options.method;
  checkMethodEstimand(method, estimand);
  if (options.outcomeType === "binary") {
    for (let i = 0; i < outcome.length; i++) {
      if (outcome[i] !== 0 && outcome[i] !== 1) throw new EstimatorInputError(`input.outcome[${i}]`, `a binary outcome must be 0 or 1, got ${describeValue(outcome[i])}`);
    }
  }
  return {
    input: { covariates, treatment: t, outcome, covariateNames: names },
    estimand,
    level,
    trim,
    needsPropensity: method !== "g-computation" || estimand !== "ATE" || trim.rule !== "none",
    needsOutcome: method === "g-computation" || method === "aipw",
  };
}

function checkMethodEstimand(method: EffectMethod, estimand: Estimand): void {
  if (method === "aipw" && estimand !== "ATE") {
    throw new EstimatorInputError("options.estimand", `AIPW is implemented for the ATE only, got ${describeValue(estimand)}; use ipw-hajek or g-computation for the ATT/ATO`);
  }
  if (method === "ipw-ht" && estimand === "ATO") {
    throw new EstimatorInputError("options.estimand", `Horvitz–Thompson supports ATE and ATT, got "ATO"; overlap weights are normalised by construction: use ipw-hajek`);
  }
}

/** How an estimate is computed from fitted models. */
export interface EstimateEffectOptions {
  method: EffectMethod;
  outcomeType: OutcomeType;
  /** `"ATE"` (default), `"ATT"` or `"ATO"`. */
  estimand?: Estimand;
  /** Confidence level of the Wald intervals (default 0.95). */
  level?: number;
}

/**
 * The estimate of one method from models fitted by `fitEffectModels` (the predict half of the
 * fit/predict split): the same numbers as `estimateTreatmentEffect` on the data the models were
 * fitted on, without fitting anything.
 *
 * @param models from `fitEffectModels`, with the propensity model when the method or estimand needs
 *   it and the outcome models for g-computation and AIPW
 * @param options `method`, `outcomeType`, `estimand`, `level`
 * @throws EstimatorInputError for a model the method needs and `models` lacks, a method/estimand
 *   combination that is not defined, or an estimator's own error (e.g. risks of 0 or 1 for ratios)
 * @example
 * const input = { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1] };
 * const checked = checkEffectInput(input, { method: "g-computation", outcomeType: "continuous" });
 * const models = fitEffectModels(checked.input, { outcomeType: "continuous", propensity: false, outcome: true });
 * estimateEffect(models, { method: "g-computation", outcomeType: "continuous" }).difference.estimate // => 2
 */
export function estimateEffect(models: FittedEffectModels, options: EstimateEffectOptions): TreatmentEffectResult {
  const { method, outcomeType } = options;
  const estimand = options.estimand ?? "ATE";
  const level = options.level ?? 0.95;
  checkMethodEstimand(method, estimand);
  const { treatment: tt, outcome: y, outcomeModels, n } = models;
  const ps = models.propensity?.scores ?? null;
  if (ps === null && (method !== "g-computation" || estimand !== "ATE"))
    throw new EstimatorInputError("models.propensity", `${method} (${estimand}) needs the propensity model; fit it (propensity: true)`);
  if (outcomeModels === null && (method === "g-computation" || method === "aipw"))
    throw new EstimatorInputError("models.outcomeModels", `${method} needs the outcome models; fit them (outcome: true)`);

  let est: MeanDifferenceEstimate;
  let seMethod: string;
  if (method === "g-computation") {
    const m = outcomeModels!;
    const targetWeights = estimand === "ATE" ? undefined : estimand === "ATT" ? tt : ps!.map((e) => e * (1 - e));
    est = gComputation(m.mu1, m.mu0, targetWeights === undefined ? {} : { targetWeights });
    seMethod = "none analytic: use bootstrapTreatmentEffect (refits the outcome models)";
  } else if (method === "ipw-ht") {
    est = horvitzThompson(y, tt, ps!, { estimand: estimand as "ATE" | "ATT" });
    seMethod = "influence function, propensity score treated as known (conservative for the ATE)";
  } else if (method === "ipw-hajek") {
    est = hajek(y, tt, ps!, { estimand });
    seMethod = "influence function, propensity score treated as known (conservative for the ATE)";
  } else {
    est = aipw(y, tt, ps!, outcomeModels!.mu1, outcomeModels!.mu0);
    seMethod = "influence function of the AIPW estimator";
  }

  let difference: EffectMeasure = { estimate: est.estimate, se: est.se, ci: est.se === null ? null : waldInterval(est.estimate, est.se, level) };
  let riskRatio: EffectMeasure | null = null;
  let oddsRatio: EffectMeasure | null = null;
  if (outcomeType === "binary") {
    const measures = binaryEffectMeasures(est, level);
    difference = measures.riskDifference;
    riskRatio = measures.riskRatio;
    oddsRatio = measures.oddsRatio;
  }

  let propensity: TreatmentEffectResult["propensity"] = null;
  if (ps !== null && models.propensity !== null) {
    const psFit = models.propensity.fit;
    propensity = {
      coefficients: coefficientRows(psFit),
      iterations: psFit.iterations,
      converged: psFit.converged,
      range: { treated: scoreRange(ps, tt, 1), control: scoreRange(ps, tt, 0) },
      ess: kishEssByArm(propensityWeights(ps, tt, estimand), tt),
    };
  }
  const nTreated = tt.reduce((s, v) => s + v, 0);
  return {
    method,
    estimand,
    outcomeType,
    level,
    n,
    nAnalysed: tt.length,
    nTreated,
    nControl: tt.length - nTreated,
    nTrimmed: n - tt.length,
    trimThreshold: models.trimThreshold,
    analysed: models.analysed,
    mean1: est.mean1,
    mean0: est.mean0,
    difference,
    riskRatio,
    oddsRatio,
    seMethod,
    influence: est.influence1 !== null && est.influence0 !== null ? { mean1: est.influence1, mean0: est.influence0 } : null,
    propensity,
    outcomeModels: outcomeModels === null ? null : { treated: coefficientRows(outcomeModels.fit1), control: coefficientRows(outcomeModels.fit0) },
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
 * It is `checkEffectInput`, then `fitEffectModels` (only the models the method needs), then
 * `estimateEffect`.
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
export function estimateTreatmentEffect(input: TreatmentEffectInput, options: TreatmentEffectOptions): TreatmentEffectResult {
  const checked = checkEffectInput(input, options);
  const models = fitEffectModels(checked.input, {
    outcomeType: options.outcomeType,
    trim: checked.trim,
    ...(options.propensityRidge !== undefined ? { propensityRidge: options.propensityRidge } : {}),
    propensity: checked.needsPropensity,
    outcome: checked.needsOutcome,
  });
  return estimateEffect(models, { method: options.method, outcomeType: options.outcomeType, estimand: checked.estimand, level: checked.level });
}
