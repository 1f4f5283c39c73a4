import { seFromInfluence } from "./influence.js";
import { propensityWeights } from "./propensity-weights.js";
import { checkFiniteVector, checkOneOf, checkTreatment } from "./validate.js";
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
export function hajek(y, treatment, ps, options = {}) {
    const estimand = options.estimand ?? "ATE";
    checkOneOf("options.estimand", estimand, ["ATE", "ATT", "ATO"]);
    checkFiniteVector("y", y, 2);
    const t = checkTreatment("treatment", treatment, y.length);
    const w = propensityWeights(ps, t, estimand);
    const n = y.length;
    let s1 = 0;
    let s0 = 0;
    let m1 = 0;
    let m0 = 0;
    for (let i = 0; i < n; i++) {
        const wi = w[i];
        if (t[i] === 1) {
            s1 += wi;
            m1 += wi * y[i];
        }
        else {
            s0 += wi;
            m0 += wi * y[i];
        }
    }
    const mean1 = m1 / s1;
    const mean0 = m0 / s0;
    const influence1 = t.map((ti, i) => (ti === 1 ? (n * w[i] * (y[i] - mean1)) / s1 : 0));
    const influence0 = t.map((ti, i) => (ti === 0 ? (n * w[i] * (y[i] - mean0)) / s0 : 0));
    const diff = influence1.map((v, i) => v - influence0[i]);
    return { mean1, mean0, estimate: mean1 - mean0, se: seFromInfluence(diff), influence1, influence0 };
}
