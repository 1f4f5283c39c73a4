/**
 * The Horvitz–Thompson inverse-probability-weighted estimator (unnormalised weights).
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
import { type NumericVector } from "./validate.js";
export interface HorvitzThompsonOptions {
    /** `"ATE"` (default) or `"ATT"`. (Overlap weights are normalised by construction: use `hajek`.) */
    estimand?: "ATE" | "ATT";
}
/**
 * Horvitz–Thompson IPW estimator of a mean difference.
 *
 * ATE: μ̂₁ = (1/n) Σ TᵢYᵢ/eᵢ, μ̂₀ = (1/n) Σ (1 − Tᵢ)Yᵢ/(1 − eᵢ).
 * ATT: μ̂₁ = (1/n₁) Σ TᵢYᵢ, μ̂₀ = (1/n₁) Σ (1 − Tᵢ)Yᵢeᵢ/(1 − eᵢ), n₁ = Σ Tᵢ.
 *
 * Influence functions treat the propensity scores as known (ATE: ψ₁ᵢ = TᵢYᵢ/eᵢ − μ̂₁; ATT: the
 * ratio linearisation (n/n₁)(TᵢYᵢ − Tᵢμ̂₁), (n/n₁)((1 − Tᵢ)Yᵢeᵢ/(1 − eᵢ) − Tᵢμ̂₀)). With estimated
 * scores the resulting SE is conservative for the ATE (Lunceford & Davidian 2004); the bootstrap
 * (refitting the propensity model) is the reference. The weights do not sum to n, so this
 * estimator is not invariant to shifting Y; prefer `hajek` in practice.
 *
 * @param y outcomes (finite), one per subject
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param ps propensity scores strictly between 0 and 1
 * @param options `estimand`
 * @example
 * horvitzThompson([1, 0, 1, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]).estimate // => 0  (0.5 − 0.5)
 */
export declare function horvitzThompson(y: NumericVector, treatment: ArrayLike<number | boolean>, ps: NumericVector, options?: HorvitzThompsonOptions): MeanDifferenceEstimate;
