/**
 * Adverse events in one visit interval (ADVERSE_EVENT_MODEL). For each kind, the number of events
 * is Poisson with mean rate·(days/28), where the rate per 28 days is
 *
 *   general:      0.10 · exp(0.35·treated + 0.10·z_age)
 *   hypertension: 0.015 · exp(0.8·(sbp − 130)/10 + 0.3·treated)
 *   hepatic:      0.01 · exp(1.5·log2(alt/25) + 0.4·treated)
 *
 * with sbp and alt from the subject's last attended visit. Studies with the vitals-driven model
 * (VITALS_DRIVEN_ADVERSE_EVENT_MODEL) use steeper rates that also follow heart rate and temperature. Onsets are uniform on the days strictly
 * inside the interval (after the previous visit, before the next), so no event precedes enrolment.
 * Severity, seriousness and relatedness are drawn from the model's probabilities.
 */
import { exp, log2 } from "@trial/estimators";
import { zAge } from "./baseline.ts";
import { ADVERSE_EVENT_MODEL as A, VITALS_DRIVEN_ADVERSE_EVENT_MODEL as VD } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import type { AdverseEventRecord, AeSeverity, Covariates } from "./types.ts";

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
export function adverseEventRates(x: Pick<Covariates, "age">, treated: 0 | 1, last: LastMeasured, model: AdverseEventModelName = "standard"): Record<AdverseEventKind, number> {
  if (model === "vitals-driven") {
    const acute = (VD.general.heartRatePer10 * (last.heart_rate - 72)) / 10 + (VD.general.temperaturePerQuarterDegree * (last.temperature - 36.8)) / 0.25;
    return {
      general: VD.general.baseRatePer28Days * exp(VD.general.treated * treated + VD.general.age * zAge(x.age) + acute),
      hypertension: VD.hypertension.baseRatePer28Days * exp(VD.hypertension.sbpPer10 * ((last.sbp - 130) / 10) + VD.hypertension.treated * treated),
      hepatic: VD.hepatic.baseRatePer28Days * exp(VD.hepatic.log2AltOver25 * log2(last.alt / 25) + VD.hepatic.treated * treated),
    };
  }
  return {
    general: A.general.baseRatePer28Days * exp(A.general.treated * treated + A.general.age * zAge(x.age)),
    hypertension: A.hypertension.baseRatePer28Days * exp(A.hypertension.sbpPer10 * ((last.sbp - 130) / 10) + A.hypertension.treated * treated),
    hepatic: A.hepatic.baseRatePer28Days * exp(A.hepatic.log2AltOver25 * log2(last.alt / 25) + A.hepatic.treated * treated),
  };
}

const SEVERITIES: AeSeverity[] = ["mild", "moderate", "severe"];

/**
 * Draws the events of one interval, sorted by onset day (ties in draw order).
 *
 * @param startDay the previous visit's day (or the enrolment day)
 * @param endDay the next visit's day (attended or scheduled)
 */
export function drawIntervalEvents(rates: Record<AdverseEventKind, number>, startDay: number, endDay: number, treated: 0 | 1, rng: Rng): IntervalEvent[] {
  const first = startDay + 1;
  const last = Math.max(first, endDay - 1);
  const scale = (endDay - startDay) / 28;
  const events: IntervalEvent[] = [];
  for (const kind of ["general", "hypertension", "hepatic"] as const) {
    const n = rng.poisson(rates[kind] * scale);
    for (let i = 0; i < n; i++) {
      const spec = A[kind];
      const term = kind === "general" ? (A.general.terms[rng.int(A.general.terms.length)] as string) : kind === "hypertension" ? A.hypertension.term : A.hepatic.term;
      const severity = SEVERITIES[rng.categorical(SEVERITIES.map((s) => spec.severity[s]))] as AeSeverity;
      const serious = rng.bernoulli(A.serious[severity]) === 1;
      const pRelated = treated ? (kind === "hepatic" ? A.related.treatedHepatic : A.related.treated) : A.related.control;
      const related = rng.bernoulli(pRelated) === 1;
      events.push({ kind, term, onset_day: rng.intBetween(first, last), severity, serious, related });
    }
  }
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.onset_day - b.e.onset_day || a.i - b.i)
    .map(({ e }) => e);
}
