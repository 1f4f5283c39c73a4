import { seFromInfluence } from "./influence.js";
import { checkPropensityScores } from "./trimming.js";
import { checkFiniteVector, checkOneOf, checkTreatment, EstimatorInputError } from "./validate.js";
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
export function horvitzThompson(y, treatment, ps, options = {}) {
    const estimand = options.estimand ?? "ATE";
    checkOneOf("options.estimand", estimand, ["ATE", "ATT"]);
    checkFiniteVector("y", y, 2);
    const t = checkTreatment("treatment", treatment, y.length);
    checkPropensityScores("ps", ps, y.length);
    const n = y.length;
    let mean1 = 0;
    let mean0 = 0;
    const influence1 = new Array(n);
    const influence0 = new Array(n);
    if (estimand === "ATE") {
        for (let i = 0; i < n; i++) {
            const e = ps[i];
            influence1[i] = t[i] === 1 ? y[i] / e : 0;
            influence0[i] = t[i] === 0 ? y[i] / (1 - e) : 0;
            mean1 += influence1[i];
            mean0 += influence0[i];
        }
        mean1 /= n;
        mean0 /= n;
        for (let i = 0; i < n; i++) {
            influence1[i] = influence1[i] - mean1;
            influence0[i] = influence0[i] - mean0;
        }
    }
    else {
        const n1 = t.reduce((s, v) => s + v, 0);
        for (let i = 0; i < n; i++) {
            const e = ps[i];
            if (t[i] === 1)
                mean1 += y[i];
            else
                mean0 += (y[i] * e) / (1 - e);
        }
        mean1 /= n1;
        mean0 /= n1;
        for (let i = 0; i < n; i++) {
            const e = ps[i];
            const ti = t[i];
            influence1[i] = (n / n1) * (ti * y[i] - ti * mean1);
            influence0[i] = (n / n1) * ((1 - ti) * ((y[i] * e) / (1 - e)) - ti * mean0);
        }
    }
    if (!Number.isFinite(mean1) || !Number.isFinite(mean0))
        throw new EstimatorInputError("ps", "produce non-finite weighted means (scores too close to 0 or 1)");
    const diff = influence1.map((v, i) => v - influence0[i]);
    return { mean1, mean0, estimate: mean1 - mean0, se: seFromInfluence(diff), influence1, influence0 };
}
