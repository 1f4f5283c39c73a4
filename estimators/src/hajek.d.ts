/**
 * The Hájek (normalised, "stabilised") inverse-probability-weighted estimator: a weighted
 * difference in means with propensity-score weights for the ATE, ATT or ATO.
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
import { type Estimand } from "./propensity-weights.js";
import { type NumericVector } from "./validate.js";
export interface HajekOptions {
    /** `"ATE"` (default), `"ATT"` or `"ATO"`; selects the weights (see `propensityWeights`). */
    estimand?: Estimand;
}
/**
 * Hájek IPW estimator of a mean difference: with weights ωᵢ for the estimand,
 * μ̂₁ = Σ ωᵢTᵢYᵢ / Σ ωᵢTᵢ and μ̂₀ = Σ ωᵢ(1 − Tᵢ)Yᵢ / Σ ωᵢ(1 − Tᵢ).
 *
 * Influence functions (propensity scores treated as known):
 * ψ₁ᵢ = n ωᵢTᵢ(Yᵢ − μ̂₁)/Σ ωT, ψ₀ᵢ = n ωᵢ(1 − Tᵢ)(Yᵢ − μ̂₀)/Σ ω(1 − T); SE = sd(ψ₁ − ψ₀)/√n.
 * For the ATE with an estimated propensity score this SE is conservative (Lunceford & Davidian
 * 2004); the bootstrap refitting the propensity model is the reference.
 *
 * @param y outcomes (finite), one per subject
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param ps propensity scores strictly between 0 and 1
 * @param options `estimand`
 * @example
 * hajek([3, 1, 2, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]).estimate // => 1  (2 − 1)
 */
export declare function hajek(y: NumericVector, treatment: ArrayLike<number | boolean>, ps: NumericVector, options?: HajekOptions): MeanDifferenceEstimate;
