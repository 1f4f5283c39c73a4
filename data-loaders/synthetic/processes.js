/**
 * The five data-generating processes. Each fixes, for a study configuration:
 *
 * - m(x), the prognostic index: expected outcome under control at the primary visit
 *   m(x) = 0.5 − 0.25·z_age − 0.35·z_sev − 0.4·diabetes + 0.1·female − 0.1·z_bmi + 0.1·z_egfr
 *          − 0.2·prior_therapy + region offset (NA 0, EU 0.1, AP −0.1, LA 0.05);
 *   the selection process uses −0.8·z_sev instead of −0.35·z_sev;
 * - τ(x), the individual effect at the primary visit: τ = config.trueEffect for linear,
 *   confounded, lagged and selection; τ + δ_region + δ_prior for heterogeneous (offsets centred
 *   on the population shares of region and prior therapy, which are independent of everything,
 *   so the population ATE is exactly τ);
 * - h(w), the share of τ reached at week w: 1 at every visit, except lagged where
 *   h(w) = (1 − e^{−(w−4)/8})₊ / (1 − e^{−(W−4)/8}) (no effect at week 4, τ at the primary week W);
 * - for binary outcomes, a linear-probability model p(t) = c + a·tanh((m − 0.5)/0.4) + t·τ(x)·h,
 *   with c and a chosen so that every probability lies strictly inside [0.05, 0.95] for every x
 *   and visit, so the risk difference is exactly τ(x)·h;
 * - whether dropout for lack of efficacy depends on severity by arm (selection process).
 */
import { exp, tanh } from "@trial/estimators";
import { standardize } from "./baseline.ts";
import { COVARIATE_MODEL, OUTCOME_MODEL, PROGNOSTIC_MODEL, REGIONS } from "./parameters.ts";
/** Centres raw offsets on population shares, so that Σ share·offset = 0. */
function centre(raw) {
    const mean = REGIONS.reduce((s, r) => s + COVARIATE_MODEL.region.probabilities[r] * raw[r], 0);
    return Object.fromEntries(REGIONS.map((r) => [r, raw[r] - mean]));
}
/** The process model of a study configuration. */
export function processModel(config) {
    const { process, outcome, trueEffect: tau, followUpWeeks, visitIntervalWeeks } = config.source;
    const visits = Math.floor(followUpWeeks / visitIntervalWeeks);
    if (visits < 1)
        throw new RangeError(`${config.id}: followUpWeeks ${followUpWeeks} must be at least one visit interval (${visitIntervalWeeks} weeks)`);
    const primaryWeek = visits * visitIntervalWeeks;
    const heterogeneous = process === "heterogeneous";
    const pPrior = COVARIATE_MODEL.prior_therapy.p;
    const het = OUTCOME_MODEL.heterogeneity;
    const regionOffsets = heterogeneous ? centre(het.region) : Object.fromEntries(REGIONS.map((r) => [r, 0]));
    const priorOffsets = heterogeneous ? { 0: het.priorTherapy * (0 - pPrior), 1: het.priorTherapy * (1 - pPrior) } : { 0: 0, 1: 0 };
    const P = PROGNOSTIC_MODEL;
    const severityCoef = process === "selection" ? P.selectionSeverity : P.severity;
    const { lagWeeks, timeConstantWeeks } = OUTCOME_MODEL.lag;
    const effectShare = (week) => {
        if (process !== "lagged")
            return 1;
        const ramp = (w) => Math.max(0, 1 - exp(-(w - lagWeeks) / timeConstantWeeks));
        return ramp(week) / ramp(primaryWeek);
    };
    let binary = null;
    if (outcome === "binary") {
        const offsets = [...Object.values(regionOffsets)];
        const tauMin = tau + Math.min(...offsets) + Math.min(priorOffsets[0], priorOffsets[1]);
        const tauMax = tau + Math.max(...offsets) + Math.max(priorOffsets[0], priorOffsets[1]);
        const B = OUTCOME_MODEL.binary;
        // Effects at any visit lie between min(0, τmin) and max(0, τmax) because 0 ≤ h ≤ 1.
        const lo = B.floor - Math.min(0, tauMin);
        const hi = B.ceiling - Math.max(0, tauMax);
        if (!(hi > lo))
            throw new RangeError(`${config.id}: true effect ${tau} leaves no room for a linear-probability model inside [${B.floor}, ${B.ceiling}]`);
        binary = { c: (lo + hi) / 2, a: Math.min(B.maxAmplitude, (hi - lo) / 2) };
    }
    return {
        name: process,
        outcome,
        ate: tau,
        primaryWeek,
        prognostic(x) {
            const z = standardize(x);
            return (P.intercept +
                P.age * z.zAge +
                severityCoef * z.zSev +
                P.diabetes * x.diabetes +
                P.female * x.female +
                P.bmi * z.zBmi +
                P.egfr * z.zEgfr +
                P.prior_therapy * x.prior_therapy +
                P.region[x.region]);
        },
        cate: (x) => tau + regionOffsets[x.region] + priorOffsets[x.prior_therapy],
        segment: (x) => `${x.region} / prior therapy ${x.prior_therapy}`,
        effectShare,
        binary,
        informativeDropout: process === "selection",
        adverseEvents: config.source.adverseEventModel ?? "standard",
        effectOffsets: { region: regionOffsets, priorTherapy: priorOffsets },
    };
}
/** Binary: P(Y_k = 1 | x, t) at a visit of the given week. */
export function responseProbability(model, x, treated, week) {
    if (!model.binary)
        throw new Error("responseProbability: not a binary process");
    const B = OUTCOME_MODEL.binary;
    const base = model.binary.c + model.binary.a * tanh((model.prognostic(x) - B.center) / B.scale);
    return base + treated * model.cate(x) * model.effectShare(week);
}
