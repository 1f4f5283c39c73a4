import type { Rng } from "./prng.ts";
import type { AdverseEventRecord, Covariates } from "./types.ts";
export type AdverseEventKind = AdverseEventRecord["kind"];
export type IntervalEvent = Omit<AdverseEventRecord, "subject_id" | "ae_seq" | "ae_id">;
export type AdverseEventModelName = "standard" | "vitals-driven";
/** What the rates read from the subject's last attended visit. */
export interface LastMeasured {
    sbp: number;
    alt: number;
    heart_rate: number;
    temperature: number;
}
/** Rates per 28 days by kind, given the last measured vitals and labs. */
export declare function adverseEventRates(x: Pick<Covariates, "age">, treated: 0 | 1, last: LastMeasured, model?: AdverseEventModelName): Record<AdverseEventKind, number>;
/**
 * Draws the events of one interval, sorted by onset day (ties in draw order).
 *
 * @param startDay the previous visit's day (or the enrolment day)
 * @param endDay the next visit's day (attended or scheduled)
 */
export declare function drawIntervalEvents(rates: Record<AdverseEventKind, number>, startDay: number, endDay: number, treated: 0 | 1, rng: Rng): IntervalEvent[];
