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
export declare const defaultGateThresholds: GateThresholds;
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
export declare function balanceGate(comparison: string, smdAfter: ReadonlyArray<number | null>, columns: readonly string[], threshold: number): Gate;
/**
 * Separation gate: the propensity model's maximum-likelihood estimate must exist (no complete or
 * quasi-complete separation). `value` is the number of perfectly predicted subjects.
 *
 * @example
 * separationGate("TRT-vs-PBO", "none", 0).passed // => true
 */
export declare function separationGate(comparison: string, separation: SeparationStatus, separatedObservations: number): Gate;
/**
 * Scores-at-bounds gate: the smallest distance of a propensity score from 0 or 1, min(e, 1 − e)
 * over subjects, must be at least the threshold.
 *
 * @example
 * scoresAtBoundsGate("TRT-vs-PBO", [0.2, 0.9995], 0.001).passed // => false
 */
export declare function scoresAtBoundsGate(comparison: string, scores: ArrayLike<number>, threshold: number): Gate;
/**
 * Extreme-weights gate: the largest weight relative to the mean weight of its arm,
 * max over subjects of wᵢ / mean(w | arm of i), must not exceed the threshold. Scale-free: one
 * subject weighing ten times the average of its arm dominates a small arm's estimate.
 *
 * @example
 * extremeWeightsGate("TRT-vs-PBO", [1, 1, 1, 13], [1, 1, 1, 1], 10).passed // => true (13/4 = 3.25)
 */
export declare function extremeWeightsGate(comparison: string, weights: ArrayLike<number>, treatment: ArrayLike<number>, threshold: number): Gate;
/**
 * Overlap gate: the share of subjects whose score lies outside the common support
 * [max(min e₁, min e₀), min(max e₁, max e₀)] (the range where both arms have subjects) must not
 * exceed the threshold.
 *
 * @example
 * overlapGate("TRT-vs-PBO", [0.1, 0.5, 0.3, 0.9], [0, 0, 1, 1], 0.05).value // => 0.5 (0.1 and 0.9 are outside [0.3, 0.5])
 */
export declare function overlapGate(comparison: string, scores: ArrayLike<number>, treatment: ArrayLike<number>, threshold: number): Gate;
/**
 * Convergence gate: every fitted model (propensity, and logistic outcome models) converged.
 * `value` is the number of models that did not.
 *
 * @param models each model's name, whether it converged and its iterations
 * @example
 * convergenceGate("TRT-vs-PBO", [{ model: "propensity", converged: true, iterations: 6 }]).passed // => true
 */
export declare function convergenceGate(comparison: string, models: ReadonlyArray<{
    model: string;
    converged: boolean;
    iterations: number;
}>): Gate;
/**
 * Estimation gate: the estimators ran without error. `value` is 1 on error, 0 otherwise.
 *
 * @example
 * estimationGate("TRT-vs-PBO", null).passed // => true
 */
export declare function estimationGate(comparison: string, error: string | null): Gate;
/**
 * Bootstrap gate: the bootstrap ran with no more failed replicates than allowed. `value` is the
 * number of failed replicates (null when it did not run). A bootstrap that was not run (B = 0, a
 * point-only run, or a comparison that failed before it) passes: nothing of it is reported.
 *
 * @param state `{ran: false, reason}`, `{ran: true, failures, requested}` or `{ran: true, error}`
 * @example
 * bootstrapGate("TRT-vs-PBO", { ran: true, failures: 0, requested: 200 }).passed // => true
 */
export declare function bootstrapGate(comparison: string, state: {
    ran: false;
    reason: string;
} | {
    ran: true;
    failures: number;
    requested: number;
} | {
    ran: true;
    error: string;
}): Gate;
