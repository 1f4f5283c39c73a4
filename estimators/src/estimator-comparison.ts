/**
 * Estimator comparison: regression adjustment (g-computation), IPW (Horvitz–Thompson and Hájek),
 * AIPW and overlap weights on the same data and trimming, for one forest plot. Regression
 * adjustment has no analytic SE; its interval comes from a seeded bootstrap that refits both
 * outcome models in every replicate.
 */
import { bootstrapTreatmentEffect } from "./bootstrap-effect.js";
import { attempt, summarizeEffect, type EffectSummary } from "./effect-summary.js";
import type { Estimand } from "./propensity-weights.js";
import { estimateTreatmentEffect, type EffectMethod, type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
import { checkInteger } from "./validate.js";

export interface ComparedEstimator {
  id: "ra" | "ipw-ht" | "ipw-hajek" | "aipw" | "overlap";
  label: string;
  method: EffectMethod;
  estimand: Estimand;
}

/** The estimators compared, in forest-plot order. Overlap weights target the ATO (the overlap population), the others the ATE. */
export const comparedEstimators: readonly ComparedEstimator[] = [
  { id: "ra", label: "Regression adjustment (g-computation)", method: "g-computation", estimand: "ATE" },
  { id: "ipw-ht", label: "IPW, Horvitz–Thompson", method: "ipw-ht", estimand: "ATE" },
  { id: "ipw-hajek", label: "IPW, Hájek", method: "ipw-hajek", estimand: "ATE" },
  { id: "aipw", label: "AIPW (doubly robust)", method: "aipw", estimand: "ATE" },
  { id: "overlap", label: "Overlap weights (ATO)", method: "ipw-hajek", estimand: "ATO" },
];

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
export function compareEstimators(input: TreatmentEffectInput, base: TreatmentEffectOptions, options: EstimatorComparisonOptions = {}): EstimatorComparisonRow[] {
  const replicates = options.replicates ?? 200;
  if (replicates !== 0) checkInteger("options.replicates", replicates, 2, 100_000);
  const seed = options.seed ?? 20260101;
  checkInteger("options.seed", seed, 0, 4294967295);
  const maxFailureFraction = options.maxFailureFraction ?? 0.1;
  return comparedEstimators.map((e) => {
    const settings: TreatmentEffectOptions = { ...base, method: e.method, estimand: e.estimand };
    if (e.method === "g-computation" && replicates > 0) {
      const r = attempt(() =>
        bootstrapTreatmentEffect(input, settings, { seed, replicates, acceleration: "none", maxFailureFraction, ...(base.level !== undefined ? { level: base.level } : {}) }),
      );
      if (!r.ok) return { ...e, effect: null, intervalMethod: "", error: r.error };
      const eff = summarizeEffect(r.value.estimate);
      const ci = r.value.difference.percentile;
      const failed = r.value.failures.length;
      const failures = failed === 0 ? "" : `; ${failed} replicate(s) not analysable, left out (first: ${r.value.failures[0]!.message})`;
      return {
        ...e,
        effect: { ...eff, ci, se: r.value.difference.se },
        intervalMethod: `bootstrap percentile, ${replicates} replicates refitting the outcome models (seed ${seed})${failures}`,
        error: null,
      };
    }
    const r = attempt(() => estimateTreatmentEffect(input, settings));
    if (!r.ok) return { ...e, effect: null, intervalMethod: "", error: r.error };
    return { ...e, effect: summarizeEffect(r.value), intervalMethod: r.value.difference.ci === null ? "none" : `Wald, ${r.value.seMethod}`, error: null };
  });
}
