/**
 * Effect measures of a binary outcome from the two estimated risks: risk difference, risk ratio
 * and odds ratio, with delta-method standard errors from the risks' influence functions.
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
export interface EffectMeasure {
    /** The measure (RD on the risk scale; RR and OR as ratios). */
    estimate: number;
    /** SE on the scale the interval is built on: the risk scale for RD, the log scale for RR and OR; null without influence functions. */
    se: number | null;
    /** Wald interval (for RR and OR, exponentiated from the log scale); null without an SE. */
    ci: [number, number] | null;
}
export interface BinaryEffectMeasures {
    riskDifference: EffectMeasure;
    riskRatio: EffectMeasure;
    oddsRatio: EffectMeasure;
}
/**
 * Risk difference p₁ − p₀, risk ratio p₁/p₀ and odds ratio [p₁/(1 − p₁)]/[p₀/(1 − p₀)] from
 * estimated risks. With influence functions ψ₁, ψ₀ of p̂₁, p̂₀ (delta method):
 * SE(log RR) = sd(ψ₁/p₁ − ψ₀/p₀)/√n, SE(log OR) = sd(ψ₁/(p₁(1 − p₁)) − ψ₀/(p₀(1 − p₀)))/√n;
 * intervals are exp(log θ̂ ± z·SE).
 *
 * @param risks a result of `hajek`, `horvitzThompson`, `aipw` or `gComputation` on a 0/1 outcome
 * @param level confidence level, default 0.95
 * @throws EstimatorInputError when a risk is not strictly between 0 and 1 (ratios undefined or infinite)
 * @example
 * binaryEffectMeasures({ mean1: 0.5, mean0: 0.25, estimate: 0.25, se: null, influence1: null, influence0: null }).oddsRatio.estimate // => 3
 */
export declare function binaryEffectMeasures(risks: MeanDifferenceEstimate, level?: number): BinaryEffectMeasures;
