/**
 * Standard errors from influence functions: if θ̂ − θ ≈ (1/n) Σ ψᵢ, then Var(θ̂) ≈ Var(ψ)/n.
 */
import { checkFiniteVector } from "./validate.js";
import { square } from "./elementary-functions.js";
/**
 * Standard error from influence-function values: sd(ψ)/√n, with the sample SD (n − 1 divisor),
 * the convention of R's AIPW and npcausal packages.
 *
 * @param influence ψᵢ, one per subject (at least two)
 * @example
 * seFromInfluence([1, -1, 1, -1]) // => 0.5773502691896258  (sd = 1.1547, /√4)
 */
export function seFromInfluence(influence) {
    checkFiniteVector("influence", influence, 2);
    const n = influence.length;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += influence[i];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += square(influence[i] - mean);
    return Math.sqrt(ss / (n - 1) / n);
}
