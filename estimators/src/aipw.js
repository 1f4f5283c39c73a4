import { seFromInfluence } from "./influence.js";
import { checkPropensityScores } from "./trimming.js";
import { checkFiniteVector, checkSameLength, checkTreatment } from "./validate.js";
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
export function aipw(y, treatment, ps, mu1, mu0) {
    checkFiniteVector("y", y, 2);
    const t = checkTreatment("treatment", treatment, y.length);
    checkPropensityScores("ps", ps, y.length);
    checkFiniteVector("mu1", mu1, 1);
    checkFiniteVector("mu0", mu0, 1);
    checkSameLength("y", y, "mu1", mu1);
    checkSameLength("y", y, "mu0", mu0);
    const n = y.length;
    const phi1 = new Array(n);
    const phi0 = new Array(n);
    let mean1 = 0;
    let mean0 = 0;
    for (let i = 0; i < n; i++) {
        const e = ps[i];
        const yi = y[i];
        const m1 = mu1[i];
        const m0 = mu0[i];
        phi1[i] = t[i] === 1 ? (yi - m1) / e + m1 : m1;
        phi0[i] = t[i] === 0 ? (yi - m0) / (1 - e) + m0 : m0;
        mean1 += phi1[i];
        mean0 += phi0[i];
    }
    mean1 /= n;
    mean0 /= n;
    const influence1 = phi1.map((v) => v - mean1);
    const influence0 = phi0.map((v) => v - mean0);
    const diff = influence1.map((v, i) => v - influence0[i]);
    return { mean1, mean0, estimate: mean1 - mean0, se: seFromInfluence(diff), influence1, influence0 };
}
