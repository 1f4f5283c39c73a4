/**
 * Dropout: discrete-time competing risks per visit interval (DROPOUT_MODEL). For reason c,
 *
 *   adverse event:     logit p = −5.0 + 1.0·(AEs in the interval) + 2.0·(serious AEs in the interval)
 *   lack of efficacy:  logit p = −4.4 − 0.6·treated
 *                      [selection process: + 0.5 + 1.3·z_sev·(1 − treated) − 0.3·z_sev·treated]
 *   withdrew consent:  logit p = −5.3
 *   lost to follow-up: logit p = −5.2 + 1.2·(visits missed so far) − 0.25·z_age
 *
 * P(discontinue in the interval) = 1 − Π_c (1 − p_c); the reason is c with probability p_c / Σ p.
 * The discontinuation day is uniform on the days strictly inside the interval; for an adverse-event
 * discontinuation it is on or after the first onset in the interval.
 */
import { zAge, zSev } from "./baseline.ts";
import { DROPOUT_MODEL as D, DROPOUT_REASONS, type DropoutReason, logistic } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";

export interface IntervalBurden {
  adverseEvents: number;
  seriousAdverseEvents: number;
  missedSoFar: number;
}

/** Per-reason probabilities of discontinuing in one interval. */
export function dropoutProbabilities(
  x: Pick<Covariates, "age" | "baseline_severity">,
  treated: 0 | 1,
  burden: IntervalBurden,
  informative: boolean,
): Record<DropoutReason, number> {
  const z = { zAge: zAge(x.age), zSev: zSev(x.baseline_severity) };
  const selection = informative ? D.selection.intercept + (treated ? D.selection.severityTreated : D.selection.severityControl) * z.zSev : 0;
  return {
    "adverse event": logistic(D["adverse event"].intercept + D["adverse event"].ae * burden.adverseEvents + D["adverse event"].serious * burden.seriousAdverseEvents),
    "lack of efficacy": logistic(D["lack of efficacy"].intercept + D["lack of efficacy"].treated * treated + selection),
    "withdrew consent": logistic(D["withdrew consent"].intercept),
    "lost to follow-up": logistic(D["lost to follow-up"].intercept + D["lost to follow-up"].missed * burden.missedSoFar + D["lost to follow-up"].age * z.zAge),
  };
}

/**
 * Whether and why the subject discontinues in this interval, and on which day.
 *
 * @param firstOnset the first adverse-event onset day in the interval, if any
 */
export function drawDropout(
  probabilities: Record<DropoutReason, number>,
  startDay: number,
  endDay: number,
  firstOnset: number | null,
  rng: Rng,
): { reason: DropoutReason; day: number } | null {
  const p = DROPOUT_REASONS.map((r) => probabilities[r]);
  const any = 1 - p.reduce((s, v) => s * (1 - v), 1);
  const u = rng.uniform();
  const reasonDraw = rng.categorical(p);
  const dayDraw = rng.uniform();
  if (u >= any) return null;
  const reason = DROPOUT_REASONS[reasonDraw] as DropoutReason;
  const first = reason === "adverse event" && firstOnset !== null ? firstOnset : startDay + 1;
  const last = Math.max(first, endDay - 1);
  return { reason, day: first + Math.floor(dayDraw * (last - first + 1)) };
}
