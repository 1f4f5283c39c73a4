/**
 * Standard errors from influence functions: if θ̂ − θ ≈ (1/n) Σ ψᵢ, then Var(θ̂) ≈ Var(ψ)/n.
 */
import { type NumericVector } from "./validate.js";
/**
 * Standard error from influence-function values: sd(ψ)/√n, with the sample SD (n − 1 divisor),
 * the convention of R's AIPW and npcausal packages.
 *
 * @param influence ψᵢ, one per subject (at least two)
 * @example
 * seFromInfluence([1, -1, 1, -1]) // => 0.5773502691896258  (sd = 1.1547, /√4)
 */
export declare function seFromInfluence(influence: NumericVector): number;
