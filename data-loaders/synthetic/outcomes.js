/**
 * Potential outcomes of one subject at every scheduled follow-up visit, under control and under
 * treatment, sharing one noise path (so the individual effect is exactly τ(x)·h_k for a
 * continuous outcome).
 *
 * Noise: ε_1 ~ N(0, 1), ε_k = ρ·ε_{k−1} + √(1−ρ²)·N(0, 1) with ρ = 0.6 (stationary SD 1).
 * Continuous: Y_k(t) = m(x)·w_k/W + t·τ(x)·h(w_k) + ε_k.
 * Binary:     Y_k(t) = 1{Φ(ε_k) < p_k(t)}, p_k(t) from the process (a Gaussian copula: visits are
 *             correlated, P(Y_k(t) = 1) = p_k(t) exactly).
 */
import { normalCdf } from "./normal-cdf.ts";
import { OUTCOME_MODEL } from "./parameters.ts";
import { responseProbability } from "./processes.ts";
/**
 * @param model the study's process
 * @param x the subject's covariates
 * @param weeks the scheduled follow-up weeks w_1..w_K (w_K is the primary week)
 * @param rng the subject's outcome stream
 */
export function potentialOutcomes(model, x, weeks, rng) {
    const rho = OUTCOME_MODEL.ar1;
    const sd = OUTCOME_MODEL.residualSd;
    const eps = [];
    let e = rng.normal();
    for (let k = 0; k < weeks.length; k++) {
        if (k > 0)
            e = rho * e + Math.sqrt(1 - rho * rho) * rng.normal();
        eps.push(sd * e);
    }
    if (model.binary) {
        const p0 = weeks.map((w) => responseProbability(model, x, 0, w));
        const p1 = weeks.map((w) => responseProbability(model, x, 1, w));
        const u = eps.map((v) => normalCdf(v / sd));
        return { y0: u.map((v, k) => (v < p0[k] ? 1 : 0)), y1: u.map((v, k) => (v < p1[k] ? 1 : 0)), p0, p1 };
    }
    const m = model.prognostic(x);
    const tau = model.cate(x);
    const W = model.primaryWeek;
    const y0 = weeks.map((w, k) => (m * w) / W + eps[k]);
    const y1 = weeks.map((w, k) => (m * w) / W + tau * model.effectShare(w) + eps[k]);
    return { y0, y1, p0: null, p1: null };
}
