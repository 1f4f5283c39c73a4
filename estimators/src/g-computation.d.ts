/**
 * Regression adjustment (g-computation, the parametric g-formula for a point treatment):
 * average the outcome model's predictions under treatment and under control over the target
 * population.
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
import { type NumericVector } from "./validate.js";
export interface GComputationOptions {
    /**
     * Target-population weights hᵢ ≥ 0 (default: all 1, the ATE). For the ATT use the treatment
     * indicator; for the ATO, e(xᵢ)(1 − e(xᵢ)).
     */
    targetWeights?: NumericVector;
}
/**
 * G-computation estimate μ̂ₐ = Σ hᵢ mₐ(xᵢ) / Σ hᵢ, τ̂ = μ̂₁ − μ̂₀, with m₁, m₀ the outcome model's
 * predictions for every subject under treatment and under control. No analytic SE is returned
 * (it depends on the outcome model's uncertainty): use the bootstrap, which refits the model.
 *
 * @param mu1 predictions under treatment, one per subject
 * @param mu0 predictions under control, one per subject
 * @param options `targetWeights`
 * @example
 * gComputation([3, 5], [1, 2]).estimate // => 2.5  (4 − 1.5)
 */
export declare function gComputation(mu1: NumericVector, mu0: NumericVector, options?: GComputationOptions): MeanDifferenceEstimate;
