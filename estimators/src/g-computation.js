import { checkFiniteVector, checkSameLength, checkWeights, EstimatorInputError } from "./validate.js";
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
export function gComputation(mu1, mu0, options = {}) {
    checkFiniteVector("mu1", mu1, 1);
    checkFiniteVector("mu0", mu0, 1);
    checkSameLength("mu1", mu1, "mu0", mu0);
    const h = options.targetWeights;
    if (h !== undefined)
        checkWeights("options.targetWeights", h, mu1.length);
    let sh = 0;
    let s1 = 0;
    let s0 = 0;
    for (let i = 0; i < mu1.length; i++) {
        const hi = h === undefined ? 1 : h[i];
        sh += hi;
        s1 += hi * mu1[i];
        s0 += hi * mu0[i];
    }
    if (!(sh > 0))
        throw new EstimatorInputError("options.targetWeights", "sum to zero");
    const mean1 = s1 / sh;
    const mean0 = s0 / sh;
    return { mean1, mean0, estimate: mean1 - mean0, se: null, influence1: null, influence0: null };
}
