/**
 * A logistic risk score on standardised features, with its per-feature contributions and a
 * logistic recalibration (Platt scaling) of any model's raw probability.
 */
import { plogis } from "./logistic.js";
import { ln } from "./elementary-functions.js";

export interface LinearRisk {
  intercept: number;
  /** One coefficient per standardised feature. */
  coefficients: number[];
}

/** Recalibration p' = plogis(a + b·logit(p)), fitted on validation predictions. */
export interface Recalibration {
  a: number;
  b: number;
}

/**
 * Risk plogis(β₀ + Σ βⱼzⱼ).
 *
 * @example
 * linearRisk({ intercept: 0, coefficients: [1] }, [0]) // => 0.5
 */
export function linearRisk(model: LinearRisk, z: readonly number[]): number {
  return plogis(model.coefficients.reduce((s, b, j) => s + b * (z[j] as number), model.intercept));
}

/**
 * Contributions βⱼzⱼ to the log-odds, largest absolute first: which features push this row's risk
 * above or below that of an average row (z = 0).
 *
 * @example
 * riskContributions({ intercept: 0, coefficients: [1, -2] }, [0.5, 1], ["a", "b"])[0] // => { feature: "b", value: -2 }
 */
export function riskContributions(model: LinearRisk, z: readonly number[], features: readonly string[]): Array<{ feature: string; value: number }> {
  return model.coefficients.map((b, j) => ({ feature: features[j] as string, value: b * (z[j] as number) })).sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}

/**
 * Applies a recalibration to a raw probability (clamped away from 0 and 1 for the logit).
 *
 * @example
 * recalibrate({ a: 0, b: 1 }, 0.3) // => 0.3 (up to rounding)
 */
export function recalibrate(r: Recalibration, p: number): number {
  const q = Math.min(1 - 1e-7, Math.max(1e-7, p));
  return plogis(r.a + r.b * ln(q / (1 - q)));
}
