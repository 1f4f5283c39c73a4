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
export declare function drawSubjectEffects(rng: Rng): SubjectEffects;
/** Scheduled and actual day of follow-up visit k, and whether it is missed. */
export declare function scheduleVisit(enrolDay: number, k: number, intervalDays: number, x: Covariates, rng: Rng): {
    scheduled: number;
    actual: number;
    missed: boolean;
};
/**
 * Vitals, labs and exposure measured at visit k (k = 0: baseline, no compliance yet).
 *
 * @param state doseReduced after a severe adverse event on active drug; missed visits so far
 */
export declare function measureVisit(x: Covariates & {
    height: number;
}, treated: 0 | 1, k: number, b: SubjectEffects, state: {
    doseReduced: boolean;
    missedSoFar: number;
}, rng: Rng): Measurements;
