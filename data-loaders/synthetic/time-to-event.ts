/**
 * The synthetic time-to-event endpoint (time to clinical worsening, TIME_TO_EVENT_MODEL): a
 * Weibull proportional-hazards model with a conditional log hazard ratio β,
 *
 *   S(t | x, a) = exp(−(t/scale)^shape · exp(η(x) + β·a)),
 *
 * both potential event times drawn from one uniform of the subject's own stream
 * (`stream(seed, "time-to-event", index)`): T(a) = scale·(−ln U · exp(−η(x) − β·a))^(1/shape).
 * The stream is new: no other draw of the generator moves, so every earlier column, snapshot and
 * analysis is unchanged (tests/data-loaders/synthetic/time-to-event.test.ts checks the tables).
 *
 * Times are in days from the start of the enrolment day; the event is recorded on study day
 * ⌊T⌋ + 1 (the enrolment day is day 1, as `days_on_study` counts).
 */
import { exp, ln } from "@trial/estimators";
import { standardize } from "./baseline.ts";
import { TIME_TO_EVENT_MODEL as M } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";

/** The stream label of the event times (one stream per subject, keyed by its screening index). */
export const TIME_TO_EVENT_STREAM = "time-to-event";

/**
 * η(x) = 0.5·z_sev + 0.15·z_age + 0.4·diabetes − 0.2·z_egfr + 0.3·prior_therapy.
 *
 * @example eventLinearPredictor({ age: 60, baseline_severity: 19, diabetes: 0, egfr: 70, prior_therapy: 0, bmi: 28 }) // => 0
 */
export function eventLinearPredictor(x: Pick<Covariates, "age" | "baseline_severity" | "diabetes" | "egfr" | "prior_therapy" | "bmi">): number {
  const z = standardize(x);
  const c = M.linearPredictor;
  return c.severity * z.zSev + c.age * z.zAge + c.diabetes * x.diabetes + c.egfr * z.zEgfr + c.prior_therapy * x.prior_therapy;
}

/** Cumulative baseline hazard H₀(t) = (t/scale)^shape (t ≥ 0, days). */
export function baselineCumulativeHazard(t: number): number {
  return t <= 0 ? 0 : exp(M.weibull.shape * ln(t / M.weibull.scaleDays));
}

/**
 * Both potential event times of a subject, in days, from one uniform draw (so T(1) and T(0) are
 * coupled: T(1) = T(0)·e^{−β/shape}).
 *
 * @param x the subject's covariates
 * @param rng the subject's time-to-event stream
 */
export function drawEventTimes(x: Parameters<typeof eventLinearPredictor>[0], rng: Rng): { t0: number; t1: number } {
  let u = rng.uniform();
  while (u === 0) u = rng.uniform();
  const eta = eventLinearPredictor(x);
  const e = -ln(u);
  const time = (a: 0 | 1) => M.weibull.scaleDays * exp(ln(e * exp(-(eta + M.logHazardRatio * a))) / M.weibull.shape);
  return { t0: time(0), t1: time(1) };
}

/** Study day of an event at time t (days from the start of day 1): ⌊t⌋ + 1. @example eventStudyDay(0.4) // => 1 */
export function eventStudyDay(t: number): number {
  return Math.floor(t) + 1;
}

/**
 * The recorded endpoint of a subject: the event's study day if it falls on or before the end of
 * follow-up (`daysOnStudy`, the discontinuation day, the primary visit or the data cut), else
 * censored there.
 *
 * @example observedEndpoint(10.2, 30) // => { days: 11, event: 1 }
 * @example observedEndpoint(40, 30) // => { days: 30, event: 0 }
 */
export function observedEndpoint(eventTime: number, daysOnStudy: number): { days: number; event: 0 | 1 } {
  const day = eventStudyDay(eventTime);
  return day <= daysOnStudy ? { days: day, event: 1 } : { days: daysOnStudy, event: 0 };
}
