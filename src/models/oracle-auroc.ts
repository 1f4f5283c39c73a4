/**
 * The AUROC a model that knew the synthetic generator would reach: whether a low AUROC is the
 * model's fault or the data's (docs/prediction-models.md, model card).
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
import { adverseEventRates, type AdverseEventModelName, type LastMeasured } from "../../data-loaders/synthetic/adverse-events.ts";
import { dropoutProbabilities } from "../../data-loaders/synthetic/disposition.ts";
import type { Covariates } from "../../data-loaders/synthetic/types.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { knownAt, type SubjectHistory } from "./subject-history.ts";

export interface OracleOptions {
  adverseEventModel: AdverseEventModelName;
  informativeDropout: boolean;
  /** The adverse-event label window (days). */
  aeWindowDays: number;
}

/** The generator's inputs known at study day t: the last attended visit's vitals and labs. */
function lastMeasured(h: SubjectHistory, t: number): LastMeasured {
  const visits = knownAt(h, t).visits;
  const last = visits[visits.length - 1];
  const v = (c: keyof LastMeasured, fallback: number) => (last?.values[c] ?? fallback) as number;
  return { sbp: v("sbp", 130), alt: v("alt", 25), heart_rate: v("heart_rate", 72), temperature: v("temperature", 36.8) };
}

/** The covariates the generator's rates read: age, and baseline severity (its mean, 19, when the study has none). */
function covariates(h: SubjectHistory): Pick<Covariates, "age" | "baseline_severity"> {
  return { age: h.age, baseline_severity: h.baselineSeverity ?? 19 };
}

/** Oracle AUROC of the adverse-event rows. */
export function oracleAdverseEventAuroc(histories: readonly SubjectHistory[], rows: readonly PredictionRow[], o: OracleOptions): number {
  const byId = new Map(histories.map((h) => [h.id, h]));
  const score = rows.map((r) => {
    const h = byId.get(r.subject_id) as SubjectHistory;
    const rates = adverseEventRates(covariates(h), h.treated as 0 | 1, lastMeasured(h, r.t), o.adverseEventModel);
    return 1 - exp(-((rates.general + rates.hypertension + rates.hepatic) * o.aeWindowDays) / 28);
  });
  return rocAuc(
    score,
    rows.map((r) => r.label),
  );
}

/** Oracle AUROC of the dropout rows. */
export function oracleDropoutAuroc(histories: readonly SubjectHistory[], rows: readonly PredictionRow[], o: OracleOptions): number {
  const byId = new Map(histories.map((h) => [h.id, h]));
  const score = rows.map((r) => {
    const h = byId.get(r.subject_id) as SubjectHistory;
    const x = covariates(h);
    const rates = adverseEventRates(x, h.treated as 0 | 1, lastMeasured(h, r.t), o.adverseEventModel);
    const expectedAes = rates.general + rates.hypertension + rates.hepatic;
    const missed = h.visits.filter((v) => v.day === null && v.scheduledDay <= r.t).length;
    const p = dropoutProbabilities(x, h.treated as 0 | 1, { adverseEvents: expectedAes, seriousAdverseEvents: 0.02 * expectedAes, missedSoFar: missed }, o.informativeDropout);
    return 1 - Object.values(p).reduce((q, v) => q * (1 - v), 1);
  });
  return rocAuc(
    score,
    rows.map((r) => r.label),
  );
}
