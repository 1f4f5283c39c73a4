/**
 * The dose-response test of a CSR's ANCOVA (CDISC pilot Table 14-3.01, "test of dose response"):
 * the treatment factor replaced by its dose as a continuous term, the model refitted, and the
 * slope tested: H₀ β_dose = 0 by t = β̂_dose / SE on the residual df, as R's
 * `summary(lm(y ~ dose + site + baseline))` (or with `vcov. = vcovHC(…)` for HC0/HC3). The
 * slope's t² is the Type III F of the dose term of SAS PROC GLM. Which other terms enter is the
 * caller's spec: the pilot's CSR footnote names baseline, its define.xml code does not.
 */
import { fitLinearModel, type LinearModelFit, type LinearModelSpec, type ModelFactor } from "./linear-model.js";
import { linearContrast, type ContrastEstimate } from "./linear-contrast.js";
import { linearModelCovariance, type CovarianceType } from "./robust-covariance.js";
import { isMissingValue } from "./covariate-values.js";
import { describeValue, EstimatorInputError } from "./validate.js";

export interface DoseResponseOptions {
  /** The factor of `spec` that holds the arm. */
  factor: string;
  /** The dose of each arm, e.g. `{ Placebo: 0, "Xanomeline Low Dose": 54, "Xanomeline High Dose": 81 }`. */
  doses: Readonly<Record<string, number>>;
  /** Covariance of β̂ (default `"classical"`). */
  covariance?: CovarianceType;
  /** Confidence level of the slope's interval (default 0.95). */
  level?: number;
}

export interface DoseResponseResult {
  /** The slope per unit of dose, with its SE, t, df, p and CI. */
  slope: ContrastEstimate;
  /** The refitted model (dose as the first continuous term). */
  fit: LinearModelFit;
}

/**
 * Tests a linear dose trend: refits `spec` with `factor` replaced by the continuous covariate
 * `dose` (the arm's dose from `doses`, placed first among the covariates) and returns the slope.
 *
 * @param rows subject records
 * @param spec the model with the arm as a factor (its other terms are kept)
 * @param options `factor`, `doses`, `covariance`, `level`
 * @throws EstimatorInputError when `factor` is not a factor of `spec`, an arm has no dose (the row
 *   is named), or as {@link fitLinearModel}
 * @example
 * doseResponseTest(rows, { outcome: "y", factors: ["arm"] }, { factor: "arm", doses: { P: 0, L: 1, H: 2 } }).slope.estimate
 * // => 1 when the arm means are 0, 1 and 2 (see the test)
 */
export function doseResponseTest(rows: ArrayLike<Record<string, unknown>>, spec: LinearModelSpec, options: DoseResponseOptions): DoseResponseResult {
  const factors = spec.factors ?? [];
  const name = (f: string | ModelFactor) => (typeof f === "string" ? f : f.name);
  if (!factors.some((f) => name(f) === options.factor)) {
    throw new EstimatorInputError("options.factor", `must be one of the spec's factors (${factors.map((f) => `"${name(f)}"`).join(", ")}), got ${describeValue(options.factor)}`);
  }
  const doses = options.doses;
  if (doses === null || typeof doses !== "object") throw new EstimatorInputError("options.doses", `must map each arm to its dose, got ${describeValue(doses)}`);
  for (const [arm, d] of Object.entries(doses)) {
    if (typeof d !== "number" || !Number.isFinite(d)) throw new EstimatorInputError(`options.doses[${JSON.stringify(arm)}]`, `must be a finite number, got ${describeValue(d)}`);
  }
  const doseColumn = "dose";
  if ((spec.covariates ?? []).includes(doseColumn) || factors.some((f) => name(f) === doseColumn) || spec.outcome === doseColumn) {
    throw new EstimatorInputError("spec", `already uses a column named "${doseColumn}"; rename it before testing the dose response`);
  }
  const withDose = Array.from({ length: rows.length }, (_, i) => {
    const row = rows[i] as Record<string, unknown>;
    const arm = row?.[options.factor];
    if (isMissingValue(arm)) throw new EstimatorInputError(`rows[${i}].${options.factor}`, `is missing (${describeValue(arm)})`);
    const d = Object.hasOwn(doses, String(arm)) ? doses[String(arm)] : undefined;
    if (d === undefined)
      throw new EstimatorInputError(
        `rows[${i}].${options.factor}`,
        `has no dose in options.doses (${Object.keys(doses)
          .map((k) => JSON.stringify(k))
          .join(", ")}), got ${describeValue(arm)}`,
      );
    return { ...row, [doseColumn]: d };
  });
  const fit = fitLinearModel(withDose, {
    outcome: spec.outcome,
    factors: factors.filter((f) => name(f) !== options.factor),
    covariates: [doseColumn, ...(spec.covariates ?? [])],
  });
  const V = linearModelCovariance(fit, options.covariance ?? "classical");
  const c = fit.coefficients.map((_, j) => (fit.columnNames[j] === doseColumn ? 1 : 0));
  return { slope: linearContrast(fit.coefficients, V, c, fit.dfResidual, options.level ?? 0.95), fit };
}
