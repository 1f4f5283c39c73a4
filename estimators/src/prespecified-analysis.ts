/**
 * A randomized trial's pre-specified primary analysis, composed from the CSR estimators and
 * nothing else: for a continuous outcome the ANCOVA of the CSR (`fitLinearModel` on arm + factors
 * + covariates, `lsMeans` per arm, the planned contrasts as differences of LS means with SE,
 * t-based CI and p, the Type III F test of the arm, `doseResponseTest` when doses are given), and
 * for a binary outcome standardization (g-computation, `standardizedBinaryEffects`) as FDA's 2023
 * guidance on covariate adjustment recommends. Beside every adjusted contrast, the same contrast
 * unadjusted: the same estimator on the same rows with the arm as the only term (for ANCOVA the
 * difference of arm means with the same covariance type; for standardization the difference of
 * proportions). Only the adjusted contrasts carry a p-value: they are the planned test.
 *
 * The analysis population (which rows) is the caller's; a missing value in a model column is an
 * error, as in `fitLinearModel`.
 */
import { doseResponseTest } from "./dose-response.js";
import { normalQuantile } from "./normal-distribution.js";
import { fitLinearModel, type LinearModelSpec } from "./linear-model.js";
import { lsMeans, type LsMeansResult } from "./ls-means.js";
import type { CovarianceType } from "./robust-covariance.js";
import { standardizedBinaryEffects, type StandardizationResult, type StandardizationVariance } from "./standardization.js";
import { typeIIITests } from "./type-iii-tests.js";
import { describeValue, EstimatorInputError } from "./validate.js";

/** How the model is estimated: ANCOVA (continuous outcome) or standardization (binary outcome). */
export type PrespecifiedMethod =
  | { kind: "ancova"; covariance: CovarianceType; lsMeanWeights: "proportional" | "equal" }
  | { kind: "standardization"; variance: StandardizationVariance };

export interface PrespecifiedModelSpec {
  method: PrespecifiedMethod;
  /** Outcome column (continuous for ANCOVA, 0/1 for standardization). */
  outcome: string;
  /** The arm column and its codes, control first or not: the order the results are listed in. */
  arm: { column: string; levels: readonly string[] };
  /** Other factors of the model (e.g. pooled site group, region). */
  factors: readonly string[];
  /** Continuous covariates (e.g. the baseline value). */
  covariates: readonly string[];
  /** The planned comparisons, each `treated − reference` (arm codes). */
  contrasts: ReadonlyArray<{ treated: string; reference: string }>;
  /** Dose of each arm code, for the dose-response test (ANCOVA only; null: none). */
  doses?: Readonly<Record<string, number>> | null;
  /** Confidence level (default 0.95). */
  level?: number;
}

/** An estimate with its interval; `p` and `df` are null where none is reported. */
export interface PrespecifiedEstimate {
  estimate: number;
  se: number;
  lower: number;
  upper: number;
  /** Degrees of freedom of the t reference (ANCOVA), null for a normal (Wald) reference. */
  df: number | null;
  p: number | null;
}

export interface PrespecifiedContrast {
  treated: string;
  reference: string;
  /** The pre-specified, covariate-adjusted difference (treated − reference), with its p-value. */
  adjusted: PrespecifiedEstimate;
  /** The unadjusted difference on the same rows, with its interval (no p-value). */
  unadjusted: PrespecifiedEstimate;
}

export interface PrespecifiedModelResult {
  method: PrespecifiedMethod["kind"];
  /** The model as a formula, e.g. `adas_chg ~ arm + site_group + baseline_adas`. */
  formula: string;
  /** Standard-error type: classical, HC0, HC3 (ANCOVA) or the standardization variance. */
  se: string;
  /** Subjects analysed. */
  n: number;
  /** Subjects analysed per arm, in `arm.levels` order. */
  nByArm: Array<{ arm: string; n: number }>;
  /** Per arm: the LS mean (ANCOVA) or the standardized risk (standardization), with its interval (no p-value). */
  armEstimates: Array<{ arm: string } & PrespecifiedEstimate>;
  /** Per arm: the raw mean (proportion) of the outcome. */
  armRawMeans: Array<{ arm: string; mean: number }>;
  contrasts: PrespecifiedContrast[];
  /** ANCOVA: the Type III F test of the arm (all arms equal). */
  armTest: { f: number; df: number; dfResidual: number; p: number } | null;
  /** ANCOVA with doses: the dose slope per unit of dose, with its p-value. */
  doseResponse: (PrespecifiedEstimate & { doses: Record<string, number> }) | null;
}

const fromContrast = (x: { estimate: number; se: number; lower: number; upper: number; df: number; p: number }, withP: boolean): PrespecifiedEstimate => ({
  estimate: x.estimate,
  se: x.se,
  lower: x.lower,
  upper: x.upper,
  df: x.df,
  p: withP ? x.p : null,
});

function ancovaDifference(m: Map<string, LsMeansResult>, treated: string, reference: string, withP: boolean): PrespecifiedEstimate {
  const d = m.get(reference)!.differences.find((x) => x.level === treated);
  if (d === undefined) throw new EstimatorInputError("spec.contrasts", `has ${treated} − ${reference}, which the model cannot estimate`);
  return fromContrast(d, withP);
}

/**
 * The pre-specified analysis of `rows` (one per subject of the analysis population).
 *
 * @param rows subject records; every model column present
 * @param spec the model, contrasts, doses and method
 * @throws EstimatorInputError for a contrast naming an arm not in `spec.arm.levels`, doses on a
 *   standardization, or as the estimators it calls (missing values, rank deficiency, separation)
 * @example
 * // Two arms, no covariates: the adjusted and unadjusted differences are the difference of means.
 * prespecifiedAnalysis(rows, { method: { kind: "ancova", covariance: "classical", lsMeanWeights: "proportional" }, outcome: "y",
 *   arm: { column: "arm", levels: ["P", "T"] }, factors: [], covariates: [], contrasts: [{ treated: "T", reference: "P" }] })
 *   .contrasts[0].adjusted.estimate // => 2 for arm means 1 and 3 (see the test)
 */
export function prespecifiedAnalysis(rows: ArrayLike<Record<string, unknown>>, spec: PrespecifiedModelSpec): PrespecifiedModelResult {
  const levels = spec.arm.levels;
  spec.contrasts.forEach((c, i) => {
    for (const key of ["treated", "reference"] as const) {
      if (!levels.includes(c[key])) throw new EstimatorInputError(`spec.contrasts[${i}].${key}`, `must be one of the arms (${levels.join(", ")}), got ${describeValue(c[key])}`);
    }
  });
  const level = spec.level ?? 0.95;
  const armFactor = { name: spec.arm.column, levels };
  const model: LinearModelSpec = { outcome: spec.outcome, factors: [armFactor, ...spec.factors], covariates: [...spec.covariates] };
  const unadjustedModel: LinearModelSpec = { outcome: spec.outcome, factors: [armFactor], covariates: [] };
  const formula = `${spec.outcome} ~ ${[spec.arm.column, ...spec.factors, ...spec.covariates].join(" + ")}`;
  const armOf = (i: number) => String((rows[i] as Record<string, unknown>)[spec.arm.column]);
  const nByArm = levels.map((arm) => ({ arm, n: 0 }));
  const sums = levels.map(() => 0);
  for (let i = 0; i < rows.length; i++) {
    const k = levels.indexOf(armOf(i));
    if (k < 0) continue; // fitLinearModel names the row below
    nByArm[k]!.n++;
    const y = (rows[i] as Record<string, unknown>)[spec.outcome];
    sums[k]! += y === true ? 1 : y === false ? 0 : Number(y);
  }
  const armRawMeans = levels.map((arm, k) => ({ arm, mean: sums[k]! / nByArm[k]!.n }));
  const references = [...new Set(spec.contrasts.map((c) => c.reference))];

  if (spec.method.kind === "ancova") {
    const { covariance, lsMeanWeights: weights } = spec.method;
    const fit = fitLinearModel(rows, model);
    const raw = fitLinearModel(rows, unadjustedModel);
    const adjusted = new Map(references.map((r) => [r, lsMeans(fit, spec.arm.column, { weights, covariance, control: r, level })]));
    const unadjusted = new Map(references.map((r) => [r, lsMeans(raw, spec.arm.column, { weights, covariance, control: r, level })]));
    const means = lsMeans(fit, spec.arm.column, { weights, covariance, level }).means;
    const armTerm = typeIIITests(fit, covariance).find((t) => t.term === spec.arm.column)!;
    const dose = spec.doses ? doseResponseTest(rows, model, { factor: spec.arm.column, doses: spec.doses, covariance, level }).slope : null;
    return {
      method: "ancova",
      formula,
      se: covariance,
      n: fit.n,
      nByArm,
      armEstimates: means.map((m) => ({ arm: String(m.level), estimate: m.estimate, se: m.se, lower: m.lower, upper: m.upper, df: m.df, p: null })),
      armRawMeans,
      contrasts: spec.contrasts.map((c) => ({
        treated: c.treated,
        reference: c.reference,
        adjusted: ancovaDifference(adjusted, c.treated, c.reference, true),
        unadjusted: ancovaDifference(unadjusted, c.treated, c.reference, false),
      })),
      armTest: { f: armTerm.f, df: armTerm.df, dfResidual: armTerm.dfResidual, p: armTerm.p },
      doseResponse: dose === null ? null : { ...fromContrast(dose, true), doses: { ...spec.doses! } },
    };
  }

  if (spec.doses) throw new EstimatorInputError("spec.doses", "a dose-response test is part of the ANCOVA only; remove the doses of a standardization");
  const variance = spec.method.variance;
  const standardize = (m: LinearModelSpec, control: string): StandardizationResult => standardizedBinaryEffects(rows, m, { factor: spec.arm.column, control, variance, level });
  const adjusted = new Map(references.map((r) => [r, standardize(model, r)]));
  const unadjusted = new Map(references.map((r) => [r, standardize(unadjustedModel, r)]));
  const difference = (m: Map<string, StandardizationResult>, c: { treated: string; reference: string }, withP: boolean): PrespecifiedEstimate => {
    const rd = m.get(c.reference)!.comparisons.find((x) => x.level === c.treated)!.riskDifference;
    return { estimate: rd.estimate, se: rd.se, lower: rd.lower, upper: rd.upper, df: null, p: withP ? rd.p : null };
  };
  const first = adjusted.get(references[0] ?? levels[0]!) ?? standardize(model, levels[0]!);
  const zScale = normalQuantile(1 - (1 - level) / 2);
  return {
    method: "standardization",
    formula,
    se: variance,
    n: rows.length,
    nByArm,
    armEstimates: first.risks.map((r) => ({ arm: String(r.level), estimate: r.risk, se: r.se, lower: r.risk - zScale * r.se, upper: r.risk + zScale * r.se, df: null, p: null })),
    armRawMeans,
    contrasts: spec.contrasts.map((c) => ({ treated: c.treated, reference: c.reference, adjusted: difference(adjusted, c, true), unadjusted: difference(unadjusted, c, false) })),
    armTest: null,
    doseResponse: null,
  };
}
