/**
 * The AUROC a model that knew the synthetic generator would reach: whether a low AUROC is the
 * model's fault or the data's (README, model card).
 *   adverse events: each row scored by the generator's own event probability over the row's
 *     window, 1 − exp(−Σ rate·window/28), with the rates of the study's adverse-event model
 *     (data-loaders/synthetic/adverse-events.ts) from the arm, age and the vitals of the last
 *     visit attended on or before the prediction time;
 *   dropout: each row scored by the generator's per-interval discontinuation probability
 *     (data-loaders/synthetic/disposition.ts) given what is known at the visit (arm, age, baseline
 *     severity, visits missed so far, last vitals), with the interval's adverse events (not yet
 *     known) replaced by their expected number.
 *   npx tsx src/models/oracle-auroc.ts STUDY@YYYY-MM ...
 */
import { rocAuc, exp } from "@trial/estimators";
import { adverseEventRates } from "../../data-loaders/synthetic/adverse-events.ts";
import { dropoutProbabilities } from "../../data-loaders/synthetic/disposition.ts";
import { knownAt } from "./subject-history.ts";
/** The generator's inputs known at study day t: the last attended visit's vitals and labs. */
function lastMeasured(h, t) {
    const visits = knownAt(h, t).visits;
    const last = visits[visits.length - 1];
    const v = (c, fallback) => (last?.values[c] ?? fallback);
    return { sbp: v("sbp", 130), alt: v("alt", 25), heart_rate: v("heart_rate", 72), temperature: v("temperature", 36.8) };
}
/** The covariates the generator's rates read: age, and baseline severity (its mean, 19, when the study has none). */
function covariates(h) {
    return { age: h.age, baseline_severity: h.baselineSeverity ?? 19 };
}
/** Oracle AUROC of the adverse-event rows. */
export function oracleAdverseEventAuroc(histories, rows, o) {
    const byId = new Map(histories.map((h) => [h.id, h]));
    const score = rows.map((r) => {
        const h = byId.get(r.subject_id);
        const rates = adverseEventRates(covariates(h), h.treated, lastMeasured(h, r.t), o.adverseEventModel);
        return 1 - exp(-((rates.general + rates.hypertension + rates.hepatic) * o.aeWindowDays) / 28);
    });
    return rocAuc(score, rows.map((r) => r.label));
}
/** Oracle AUROC of the dropout rows. */
export function oracleDropoutAuroc(histories, rows, o) {
    const byId = new Map(histories.map((h) => [h.id, h]));
    const score = rows.map((r) => {
        const h = byId.get(r.subject_id);
        const x = covariates(h);
        const rates = adverseEventRates(x, h.treated, lastMeasured(h, r.t), o.adverseEventModel);
        const expectedAes = rates.general + rates.hypertension + rates.hepatic;
        const missed = h.visits.filter((v) => v.day === null && v.scheduledDay <= r.t).length;
        const p = dropoutProbabilities(x, h.treated, { adverseEvents: expectedAes, seriousAdverseEvents: 0.02 * expectedAes, missedSoFar: missed }, o.informativeDropout);
        return 1 - Object.values(p).reduce((q, v) => q * (1 - v), 1);
    });
    return rocAuc(score, rows.map((r) => r.label));
}
