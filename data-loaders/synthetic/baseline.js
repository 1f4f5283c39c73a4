/**
 * Baseline covariates of one screened subject, drawn from COVARIATE_MODEL. Values are rounded
 * as an EDC records them, and every later model uses the rounded values, so the recorded
 * covariates are exactly the ones the truth was computed from.
 */
import { COVARIATE_MODEL as M, REGIONS, clamp, logistic, roundTo } from "./parameters.ts";
/** Standardized age, (age − 60)/10, for the models that read no other covariate. */
export const zAge = (age) => (age - 60) / 10;
/** Standardized baseline severity, (severity − 19)/6. */
export const zSev = (severity) => (severity - 19) / 6;
export function standardize(x) {
    return { zAge: zAge(x.age), zSev: zSev(x.baseline_severity), zBmi: (x.bmi - 28) / 5, zEgfr: (x.egfr - 70) / 20 };
}
/**
 * Draws one subject's covariates (and the height used for weights) from its own stream.
 *
 * @param rng the subject's baseline stream
 */
export function drawBaseline(rng) {
    const age = Math.round(M.age.mean + M.age.sd * rng.normal());
    const female = rng.bernoulli(M.female.p);
    const h = female ? M.height.female : M.height.male;
    const height = roundTo(h.mean + h.sd * rng.normal(), 0.01);
    const bmi = roundTo(clamp(M.bmi.mean + M.bmi.sd * rng.normal(), M.bmi.min, M.bmi.max), 0.1);
    const baseline_severity = roundTo(Math.max(M.baseline_severity.min, M.baseline_severity.mean + M.baseline_severity.sd * rng.normal()), 0.1);
    const zAge = (age - 60) / 10;
    const diabetes = rng.bernoulli(logistic(M.diabetes.intercept + M.diabetes.age * zAge + M.diabetes.bmi * ((bmi - 28) / 5)));
    const egfr = roundTo(clamp(M.egfr.intercept + M.egfr.age * zAge + M.egfr.diabetes * diabetes + M.egfr.sd * rng.normal(), M.egfr.min, M.egfr.max), 0.1);
    const prior_therapy = rng.bernoulli(M.prior_therapy.p);
    const region = REGIONS[rng.categorical(REGIONS.map((r) => M.region.probabilities[r]))];
    const consent_withdrawn = rng.bernoulli(M.consent_withdrawn.p) === 1;
    return { age, female, bmi, baseline_severity, diabetes, egfr, prior_therapy, region, consent_withdrawn, height };
}
