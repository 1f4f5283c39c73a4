/**
 * Delta-adjusted multiple imputation for the missing primary outcomes of subjects who discontinued
 * (ICH E9(R1) sensitivity analysis of the missing-at-random assumption), and the tipping point:
 * the shift of the imputed outcomes at which the conclusion changes.
 *
 * Imputation model: per arm, the outcome regression on the baseline covariates fitted on the
 * subjects with an observed outcome (linear, or logistic for a binary outcome). Each imputation
 * draws the coefficients from their estimated sampling distribution N(β̂, V̂) and then the outcome
 * (residual noise N(0, σ̂²), or a Bernoulli draw). The shift δ is added to the imputed values of
 * that arm (on the logit scale for a binary outcome): δ = 0 in both arms is MAR. Every cell of
 * the grid uses the same random draws (common random numbers), so the results vary smoothly with
 * δ. The effect in each completed data set is the Hájek IPW ATE (propensity model fitted once on
 * all subjects: it does not involve the outcome); imputations are combined by Rubin's rules with
 * a normal reference distribution.
 */
import { type Matrix } from "./matrix.js";
import type { OutcomeType } from "./outcome-model.js";
export interface DeltaAdjustmentInput {
    /** n × k baseline covariates (complete). */
    covariates: Matrix;
    treatment: ArrayLike<number | boolean>;
    /** Primary outcome; null (or NaN) for a subject who discontinued before it was assessed. */
    outcome: ArrayLike<number | null>;
    covariateNames?: readonly string[];
}
export interface DeltaAdjustmentOptions {
    outcomeType: OutcomeType;
    /** Shifts of the treated arm's imputed outcomes (default: 11 values from −range to +range). */
    deltasTreated?: readonly number[];
    /** Shifts of the control arm's imputed outcomes (default [0]). */
    deltasControl?: readonly number[];
    /** Largest |δ| searched for the tipping point (default 3·SD of the observed outcome; 4 on the logit scale). */
    range?: number;
    /** Imputations (default 20). */
    imputations?: number;
    /** PRNG seed (required). */
    seed: number;
    level?: number;
}
export interface DeltaCell {
    deltaTreated: number;
    deltaControl: number;
    estimate: number;
    se: number;
    ci: [number, number];
    /** Whether the interval excludes 0. */
    significant: boolean;
}
export interface DeltaTippingPointResult {
    n: number;
    nMissingTreated: number;
    nMissingControl: number;
    imputations: number;
    seed: number;
    level: number;
    /** δ = 0 in both arms (missing at random). */
    mar: DeltaCell;
    /** Every (δ_treated, δ_control) of the grid. */
    grid: DeltaCell[];
    /**
     * The smallest shift of the treated arm's imputed outcomes (control at MAR) at which the
     * interval's verdict (excludes 0 or not) differs from the MAR verdict, found by bisection to
     * 1e-6 of the range; null when the verdict holds over ±range.
     */
    tippingPoint: number | null;
    range: number;
    /** What was done, in words, for the report. */
    method: string;
}
/**
 * Delta-adjusted multiple imputation over a grid of shifts, with the tipping point.
 *
 * @param input covariates, treatment, outcome (null = missing after discontinuation)
 * @param options `outcomeType`, `seed`, and optionally the shift grid, `range`, `imputations`, `level`
 * @throws EstimatorInputError for degenerate inputs (an arm with no observed outcome, fewer
 *   observed subjects than parameters, non-finite values, separation)
 * @example
 * deltaTippingPoint({ covariates, treatment, outcome }, { outcomeType: "continuous", seed: 1 }).tippingPoint
 */
export declare function deltaTippingPoint(input: DeltaAdjustmentInput, options: DeltaAdjustmentOptions): DeltaTippingPointResult;
