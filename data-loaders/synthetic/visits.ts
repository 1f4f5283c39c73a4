/**
 * Visits: when they happen and what is measured.
 *
 * Schedule: the baseline visit (0) on the enrolment day, then visit k on day enrol + k·7·interval
 * (k = 1..K, K = ⌊followUp/interval⌋; visit K is the primary visit). The actual date is the
 * scheduled one plus round(N(0, 1.5)) days, clipped to ±3. A follow-up visit is missed with
 * logit P = −3.0 − 0.15·z_age (about 5%), independently of the other visits.
 *
 * Measurements at an attended visit (VITALS_MODEL): subject random effects b_i are drawn once,
 * visit noise e at each visit; treatment raises sbp by 4 mmHg and log ALT by 0.3 from visit 1 on.
 */
import { exp, ln, pow } from "@trial/estimators";
import { standardize } from "./baseline.ts";
import { VISIT_MODEL, VITALS_MODEL as V, clamp, logistic, roundTo } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";

export interface Measurements {
  heart_rate: number;
  sbp: number;
  dbp: number;
  temperature: number;
  weight: number;
  alt: number;
  creatinine: number;
  hemoglobin: number;
  dose_mg: number;
  compliance: number | null;
}

/** Per-subject random effects of the vitals and labs. */
export interface SubjectEffects {
  heart_rate: number;
  sbp: number;
  dbp: number;
  logAlt: number;
  hemoglobin: number;
}

export function drawSubjectEffects(rng: Rng): SubjectEffects {
  return {
    heart_rate: V.heart_rate.subjectSd * rng.normal(),
    sbp: V.sbp.subjectSd * rng.normal(),
    dbp: V.dbp.subjectSd * rng.normal(),
    logAlt: V.alt.subjectSd * rng.normal(),
    hemoglobin: V.hemoglobin.subjectSd * rng.normal(),
  };
}

/** Scheduled and actual day of follow-up visit k, and whether it is missed. */
export function scheduleVisit(enrolDay: number, k: number, intervalDays: number, x: Covariates, rng: Rng): { scheduled: number; actual: number; missed: boolean } {
  const scheduled = enrolDay + k * intervalDays;
  const w = VISIT_MODEL.jitter.windowDays;
  const actual = scheduled + Math.min(w, Math.round(Math.abs(VISIT_MODEL.jitter.sd * rng.normal())));
  const missed = rng.bernoulli(logistic(VISIT_MODEL.missed.intercept + VISIT_MODEL.missed.age * standardize(x).zAge)) === 1;
  return { scheduled, actual, missed };
}

/**
 * Vitals, labs and exposure measured at visit k (k = 0: baseline, no compliance yet).
 *
 * @param state doseReduced after a severe adverse event on active drug; missed visits so far
 */
export function measureVisit(
  x: Covariates & { height: number },
  treated: 0 | 1,
  k: number,
  b: SubjectEffects,
  state: { doseReduced: boolean; missedSoFar: number },
  rng: Rng,
): Measurements {
  const z = standardize(x);
  const onTreatment = k >= 1 ? treated : 0;
  const heart_rate = Math.round(
    clamp(V.heart_rate.intercept + V.heart_rate.female * x.female + b.heart_rate + V.heart_rate.visitSd * rng.normal(), V.heart_rate.min, V.heart_rate.max),
  );
  const sbpRaw =
    V.sbp.intercept + V.sbp.age * z.zAge + V.sbp.bmi * z.zBmi + V.sbp.diabetes * x.diabetes + V.sbp.treatedOnTreatment * onTreatment + b.sbp + V.sbp.visitSd * rng.normal();
  const sbp = Math.round(clamp(sbpRaw, V.sbp.min, V.sbp.max));
  const dbp = Math.round(clamp(V.dbp.intercept + V.dbp.sbpSlope * sbp + b.dbp + V.dbp.visitSd * rng.normal(), V.dbp.min, Math.min(V.dbp.max, sbp - 10)));
  const temperature = roundTo(V.temperature.mean + V.temperature.sd * rng.normal(), 0.1);
  const weight = roundTo(x.bmi * x.height * x.height + V.weight.visitSd * rng.normal(), 0.1);
  const alt = Math.max(3, Math.round(exp(ln(V.alt.intercept) + V.alt.diabetes * x.diabetes + V.alt.treatedOnTreatment * onTreatment + b.logAlt + V.alt.visitSd * rng.normal())));
  const C = V.creatinine;
  const creatinine = roundTo(exp(ln(C.scale * pow(70 / x.egfr, C.power) * (x.female ? C.femaleFactor : 1)) + C.visitSd * rng.normal()), 0.01);
  const H = V.hemoglobin;
  const hemoglobin = roundTo((x.female ? H.female : H.male) + (x.egfr < H.lowEgfrBelow ? H.lowEgfr : 0) + b.hemoglobin + H.visitSd * rng.normal(), 0.1);
  const E = V.exposure;
  const dose_mg = treated ? (state.doseReduced ? E.dose.reduced : E.dose.treated) : E.dose.control;
  const complianceDraw = E.compliance.mean + E.compliance.perMissedVisit * state.missedSoFar + E.compliance.sd * rng.normal();
  const compliance = k === 0 ? null : roundTo(clamp(complianceDraw, 0, 1), 0.01);
  return { heart_rate, sbp, dbp, temperature, weight, alt, creatinine, hemoglobin, dose_mg, compliance };
}
