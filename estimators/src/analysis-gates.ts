/**
 * Gates of a primary analysis: checks evaluated on every analysis whose failure is shown on the
 * pages and recorded with the results (publishing refuses a failed gate). Each gate is a pure
 * function returning `{id, passed, value, threshold, message}`; `value` is the quantity compared
 * with `threshold` (null when it could not be computed, which fails the gate).
 */
import type { SeparationStatus } from "./logistic.js";

/** Identifiers of the gates, in the order they are reported. */
export type GateId = "balance" | "separation" | "scores-at-bounds" | "extreme-weights" | "overlap" | "convergence" | "estimation" | "bootstrap";

export interface Gate {
  id: GateId;
  /** Which comparison the gate belongs to (e.g. `"TRT-vs-PBO"`). */
  comparison: string;
  passed: boolean;
  /** The quantity compared with the threshold; null when it could not be computed. */
  value: number | null;
  threshold: number;
  /** One sentence a reviewer can act on, naming the value, the threshold and what is affected. */
  message: string;
}

export interface GateThresholds {
  /** Balance: largest |SMD| after weighting must be below this (default 0.1). */
  maxAbsSmd: number;
  /** Scores at 0/1: every propensity score must satisfy min(e, 1 − e) ≥ this (default 0.001). */
  minScoreDistance: number;
  /** Extreme weights: the largest weight divided by its arm's mean weight must be ≤ this (default 10). */
  maxRelativeWeight: number;
  /** Overlap: share of subjects outside the common support of the scores must be ≤ this (default 0.05). */
  maxOutsideSupport: number;
}

export const defaultGateThresholds: GateThresholds = { maxAbsSmd: 0.1, minScoreDistance: 0.001, maxRelativeWeight: 10, maxOutsideSupport: 0.05 };

const fmt = (v: number) => (Math.abs(v) >= 100 || Math.abs(v) < 0.001 ? v.toPrecision(3) : v.toFixed(3));

/**
 * Balance gate: the largest absolute standardized mean difference after weighting over every
 * design column (categorical levels one by one) must be below the threshold (strictly).
 *
 * @param comparison comparison id
 * @param smdAfter SMD of each design column after weighting (null: could not be computed)
 * @param columns the column names, parallel to `smdAfter`
 * @param threshold default 0.1
 * @example
 * balanceGate("TRT-vs-PBO", [0.02, -0.15], ["age", "bmi"], 0.1).passed // => false (bmi)
 */
export function balanceGate(comparison: string, smdAfter: ReadonlyArray<number | null>, columns: readonly string[], threshold: number): Gate {
  let worst: number | null = 0;
  let worstColumn = "";
  for (let j = 0; j < smdAfter.length; j++) {
    const v = smdAfter[j];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      worst = null;
      worstColumn = columns[j] ?? `column ${j}`;
      break;
    }
    if (Math.abs(v) >= (worst as number)) {
      worst = Math.abs(v);
      worstColumn = columns[j] ?? `column ${j}`;
    }
  }
  const passed = worst !== null && worst < threshold;
  const message =
    worst === null
      ? `${comparison}: the SMD after weighting of ${worstColumn} could not be computed (infinite or undefined)`
      : passed
        ? `${comparison}: max |SMD| after weighting ${fmt(worst)} (${worstColumn}) is below ${threshold}`
        : `${comparison}: max |SMD| after weighting ${fmt(worst)} (${worstColumn}) is not below ${threshold}: the weighted arms are not balanced on ${worstColumn}`;
  return { id: "balance", comparison, passed, value: worst, threshold, message };
}

/**
 * Separation gate: the propensity model's maximum-likelihood estimate must exist (no complete or
 * quasi-complete separation). `value` is the number of perfectly predicted subjects.
 *
 * @example
 * separationGate("TRT-vs-PBO", "none", 0).passed // => true
 */
export function separationGate(comparison: string, separation: SeparationStatus, separatedObservations: number): Gate {
  const passed = separation === "none";
  return {
    id: "separation",
    comparison,
    passed,
    value: separatedObservations,
    threshold: 0,
    message: passed
      ? `${comparison}: no separation in the propensity model`
      : `${comparison}: the propensity model shows ${separation} separation (${separatedObservations} subject(s) perfectly predicted): treatment is determined by the covariates for them and inverse weights are infinite`,
  };
}

/**
 * Scores-at-bounds gate: the smallest distance of a propensity score from 0 or 1, min(e, 1 − e)
 * over subjects, must be at least the threshold.
 *
 * @example
 * scoresAtBoundsGate("TRT-vs-PBO", [0.2, 0.9995], 0.001).passed // => false
 */
export function scoresAtBoundsGate(comparison: string, scores: ArrayLike<number>, threshold: number): Gate {
  let closest = Infinity;
  let count = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = scores[i] as number;
    const d = Math.min(e, 1 - e);
    if (!Number.isFinite(d)) {
      closest = NaN;
      break;
    }
    closest = Math.min(closest, d);
    if (d < threshold) count++;
  }
  const value = Number.isFinite(closest) ? closest : null;
  const passed = value !== null && value >= threshold;
  return {
    id: "scores-at-bounds",
    comparison,
    passed,
    value,
    threshold,
    message: passed
      ? `${comparison}: every propensity score is at least ${threshold} from 0 and 1 (closest ${fmt(value as number)})`
      : value === null
        ? `${comparison}: a propensity score is not a finite number`
        : `${comparison}: ${count} propensity score(s) lie within ${threshold} of 0 or 1 (closest ${fmt(value)}): their weights are huge and the effect is extrapolated`,
  };
}

/**
 * Extreme-weights gate: the largest weight relative to the mean weight of its arm,
 * max over subjects of wᵢ / mean(w | arm of i), must not exceed the threshold. Scale-free: one
 * subject weighing ten times the average of its arm dominates a small arm's estimate.
 *
 * @example
 * extremeWeightsGate("TRT-vs-PBO", [1, 1, 1, 13], [1, 1, 1, 1], 10).passed // => true (13/4 = 3.25)
 */
export function extremeWeightsGate(comparison: string, weights: ArrayLike<number>, treatment: ArrayLike<number>, threshold: number): Gate {
  const sum = [0, 0];
  const count = [0, 0];
  for (let i = 0; i < weights.length; i++) {
    const a = treatment[i] === 1 ? 1 : 0;
    sum[a] = (sum[a] as number) + (weights[i] as number);
    count[a] = (count[a] as number) + 1;
  }
  let worst = 0;
  let arm = "";
  for (let i = 0; i < weights.length; i++) {
    const a = treatment[i] === 1 ? 1 : 0;
    const relative = (weights[i] as number) / ((sum[a] as number) / (count[a] as number));
    if (relative > worst) {
      worst = relative;
      arm = a === 1 ? "treated" : "control";
    }
  }
  const value = Number.isFinite(worst) ? worst : null;
  const passed = value !== null && value <= threshold;
  return {
    id: "extreme-weights",
    comparison,
    passed,
    value,
    threshold,
    message: passed
      ? `${comparison}: the largest weight is ${fmt(worst)} times its arm's mean weight (limit ${threshold})`
      : `${comparison}: a ${arm} subject's weight is ${value === null ? "not finite" : `${fmt(worst)} times`} its arm's mean weight (limit ${threshold}): a few subjects dominate the weighted estimate`,
  };
}

/**
 * Overlap gate: the share of subjects whose score lies outside the common support
 * [max(min e₁, min e₀), min(max e₁, max e₀)] (the range where both arms have subjects) must not
 * exceed the threshold.
 *
 * @example
 * overlapGate("TRT-vs-PBO", [0.1, 0.5, 0.3, 0.9], [0, 0, 1, 1], 0.05).value // => 0.5 (0.1 and 0.9 are outside [0.3, 0.5])
 */
export function overlapGate(comparison: string, scores: ArrayLike<number>, treatment: ArrayLike<number>, threshold: number): Gate {
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  for (let i = 0; i < scores.length; i++) {
    const a = treatment[i] === 1 ? 1 : 0;
    lo[a] = Math.min(lo[a] as number, scores[i] as number);
    hi[a] = Math.max(hi[a] as number, scores[i] as number);
  }
  const from = Math.max(lo[0] as number, lo[1] as number);
  const to = Math.min(hi[0] as number, hi[1] as number);
  let outside = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = scores[i] as number;
    if (!(e >= from && e <= to)) outside++;
  }
  const value = scores.length === 0 ? null : outside / scores.length;
  const passed = value !== null && value <= threshold;
  const range = from <= to ? `[${fmt(from)}, ${fmt(to)}]` : "(empty: the arms' score ranges do not meet)";
  return {
    id: "overlap",
    comparison,
    passed,
    value,
    threshold,
    message: passed
      ? `${comparison}: ${outside} subject(s) (${fmt(100 * (value as number))}%) lie outside the common support ${range} (limit ${100 * threshold}%)`
      : `${comparison}: ${outside} of ${scores.length} subjects lie outside the common support ${range} (limit ${100 * threshold}%): poor overlap, the effect for them is extrapolated`,
  };
}

/**
 * Convergence gate: every fitted model (propensity, and logistic outcome models) converged.
 * `value` is the number of models that did not.
 *
 * @param models each model's name, whether it converged and its iterations
 * @example
 * convergenceGate("TRT-vs-PBO", [{ model: "propensity", converged: true, iterations: 6 }]).passed // => true
 */
export function convergenceGate(comparison: string, models: ReadonlyArray<{ model: string; converged: boolean; iterations: number }>): Gate {
  const failed = models.filter((m) => !m.converged);
  return {
    id: "convergence",
    comparison,
    passed: failed.length === 0,
    value: failed.length,
    threshold: 0,
    message:
      failed.length === 0
        ? `${comparison}: every model converged (${models.map((m) => `${m.model} in ${m.iterations} iterations`).join(", ")})`
        : `${comparison}: ${failed.map((m) => `the ${m.model} model did not converge in ${m.iterations} iterations`).join("; ")}`,
  };
}

/**
 * Estimation gate: the estimators ran without error. `value` is 1 on error, 0 otherwise.
 *
 * @example
 * estimationGate("TRT-vs-PBO", null).passed // => true
 */
export function estimationGate(comparison: string, error: string | null): Gate {
  return {
    id: "estimation",
    comparison,
    passed: error === null,
    value: error === null ? 0 : 1,
    threshold: 0,
    message: error === null ? `${comparison}: every estimator ran` : `${comparison}: the analysis could not be computed: ${error}`,
  };
}

/**
 * Bootstrap gate: the bootstrap ran with no more failed replicates than allowed. `value` is the
 * number of failed replicates (null when it did not run). A bootstrap that was not run (B = 0, a
 * point-only run, or a comparison that failed before it) passes: nothing of it is reported.
 *
 * @param state `{ran: false, reason}`, `{ran: true, failures, requested}` or `{ran: true, error}`
 * @example
 * bootstrapGate("TRT-vs-PBO", { ran: true, failures: 0, requested: 200 }).passed // => true
 */
export function bootstrapGate(comparison: string, state: { ran: false; reason: string } | { ran: true; failures: number; requested: number } | { ran: true; error: string }): Gate {
  if (!state.ran) return { id: "bootstrap", comparison, passed: true, value: null, threshold: 0, message: `${comparison}: bootstrap not run (${state.reason})` };
  if ("error" in state)
    return { id: "bootstrap", comparison, passed: false, value: null, threshold: 0, message: `${comparison}: the bootstrap interval could not be computed: ${state.error}` };
  return {
    id: "bootstrap",
    comparison,
    passed: true,
    value: state.failures,
    threshold: 0,
    message: `${comparison}: ${state.requested - state.failures} of ${state.requested} bootstrap replicates ran${state.failures > 0 ? ` (${state.failures} failed and were dropped, within the allowed fraction)` : ""}`,
  };
}
