/**
 * Augmented inverse-probability weighting (AIPW), the doubly robust estimator of the ATE:
 * consistent when either the propensity model or the outcome model is correct, and efficient
 * when both are.
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
import { type NumericVector } from "./validate.js";
/**
 * AIPW estimator of the average treatment effect (Robins, Rotnitzky & Zhao 1994; Bang & Robins 2005).
 *
 * φ₁ᵢ = Tᵢ(Yᵢ − m₁(xᵢ))/eᵢ + m₁(xᵢ), φ₀ᵢ = (1 − Tᵢ)(Yᵢ − m₀(xᵢ))/(1 − eᵢ) + m₀(xᵢ);
 * μ̂ₐ = mean(φₐ), τ̂ = μ̂₁ − μ̂₀. The influence function is ψᵢ = φ₁ᵢ − φ₀ᵢ − τ̂ and
 * SE = sd(ψ)/√n (valid without accounting for the estimation of e and m when both are
 * estimated by well-behaved parametric models, by the double robustness of the score).
 *
 * @param y outcomes (finite)
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param ps propensity scores strictly between 0 and 1
 * @param mu1 outcome-model predictions under treatment, m₁(xᵢ), for every subject
 * @param mu0 outcome-model predictions under control, m₀(xᵢ), for every subject
 * @example
 * aipw([2, 1, 1, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5], [1.5, 1.5, 1.5, 1.5], [0.5, 0.5, 0.5, 0.5]).estimate // => 1
 */
export declare function aipw(y: NumericVector, treatment: ArrayLike<number | boolean>, ps: NumericVector, mu1: NumericVector, mu0: NumericVector): MeanDifferenceEstimate;
