/**
 * The true marginal estimands of the synthetic time-to-event endpoint (time to clinical
 * worsening), recorded in `truth.json` beside every synthetic snapshot.
 *
 * Why marginal, not the generator's conditional hazard ratio (0.7): the adjusted analyses of the
 * time-to-event page (IPW Kaplan–Meier, the RMST and survival differences at τ, the IPW-weighted
 * Cox model) compare the two potential-outcome distributions averaged over the population,
 * S₁(t) = E_X[S(t | X, 1)] against S₀(t) = E_X[S(t | X, 0)]. The hazard ratio is
 * non-collapsible: averaging proportional hazards over a heterogeneous population gives a
 * marginal hazard ratio closer to 1 than the conditional one, and not constant in time (the
 * high-risk subjects leave the risk set first), even in a randomized trial with no confounding.
 * So the number an adjusted marginal estimator should recover is the marginal one computed here,
 * not exp(β). Differences of survival and RMST are collapsible once defined on the marginal
 * curves, but only the marginal curves define them.
 *
 * How: a fixed-seed Monte Carlo over the covariate distribution of the enrolled population:
 * `truthDraws` baseline draws (`drawBaseline`, the generator's own) from one stream derived from
 * the study seed and the label `time-to-event-truth`, kept when they pass the study's eligibility
 * criteria (assignment comes after eligibility, so these are the population of both potential
 * outcomes). For each draw both potential survival curves are evaluated exactly,
 * S(t | x, a) = exp(−H₀(t)·e^{η(x)+β·a}), on every whole day t = 0..L (L = the primary week in
 * days, the end of planned follow-up), and averaged. From the averages:
 *
 * - S_a(τ) and the survival difference at τ;
 * - RMST_a(τ) of the recorded endpoint: events are recorded on study day ⌊T⌋ + 1, so the recorded
 *   time exceeds t ∈ [j, j + 1) exactly when T ≥ j, and RMST_a(τ) = Σ_{j=0}^{τ−1} S_a(j) for whole
 *   days τ (what Kaplan–Meier on the recorded days estimates; the continuous-time area differs by
 *   about (S_a(0) − S_a(τ))/2 ≈ 0.2 day per arm, less in the difference);
 * - the marginal hazard ratio exp(β*), β* the root of the population Cox score with both
 *   potential outcomes followed to L with no other censoring (the two arms of the ATE
 *   pseudo-population): ∫₀^L [f₁(t) − (f₀(t) + f₁(t))·e^β S₁(t)/(S₀(t) + e^β S₁(t))] dt = 0, with
 *   the marginal densities f_a(t) = h₀(t)·E_X[e^{η+βa} S(t | X, a)] (Simpson's rule on the day
 *   grid, L even). It is the limit of a Cox fit to those potential outcomes; censoring that is not
 *   uniform in time would weight the slightly time-varying marginal hazard ratio differently.
 *
 * Computed once per study and process (about a second); every cut of a study records the same
 * values.
 */
import { exp } from "@trial/estimators";
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { firstFailedCriterion } from "../eligibility/apply-criteria.ts";
import { drawBaseline } from "./baseline.ts";
import { TIME_TO_EVENT_MODEL as M } from "./parameters.ts";
import { processModel } from "./processes.ts";
import { stream } from "./prng.ts";
import { baselineCumulativeHazard, eventLinearPredictor } from "./time-to-event.ts";

export interface TimeToEventTruth {
  endpoint: string;
  columns: { time: "tte_days"; event: "tte_event" };
  model: {
    formula: string;
    weibull: { shape: number; scaleDays: number };
    linearPredictor: Record<string, number>;
    conditionalLogHazardRatio: number;
    conditionalHazardRatio: number;
  };
  why: string;
  /** The horizon of the pre-specified RMST and survival difference: the end of planned follow-up. */
  tau: number;
  marginal: {
    hazardRatio: number;
    logHazardRatio: number;
    survivalControl: number;
    survivalTreated: number;
    survivalDifference: number;
    rmstControl: number;
    rmstTreated: number;
    rmstDifference: number;
  };
  /** S_a(t) and RMST_a(t) at every whole day t = 0..τ (for another τ chosen on the page). */
  byDay: { survivalControl: number[]; survivalTreated: number[]; rmstControl: number[]; rmstTreated: number[] };
  monteCarlo: { draws: number; eligible: number; stream: string; seed: number };
}

const cache = new Map<string, TimeToEventTruth>();

/** Solves U(β) = 0 for a decreasing U by bisection on [−10, 10]. */
function bisect(u: (b: number) => number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 200 && hi - lo > 1e-14; i++) {
    const mid = (lo + hi) / 2;
    if (u(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * @param config a synthetic study
 * @param draws covariate draws (default TIME_TO_EVENT_MODEL.truthDraws; tests use fewer)
 */
export function timeToEventTruth(config: SyntheticStudyConfig, draws: number | undefined = M.truthDraws): TimeToEventTruth {
  draws ??= M.truthDraws;
  const key = `${config.id}/${config.source.seed}/${draws}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const L = 7 * processModel(config).primaryWeek;
  if (L % 2 !== 0) throw new RangeError(`${config.id}: the end of follow-up (${L} days) must be an even number of days for Simpson's rule`);
  const beta = M.logHazardRatio;
  const H = Array.from({ length: L + 1 }, (_, j) => baselineCumulativeHazard(j));
  const { shape, scaleDays } = M.weibull;
  const h0 = H.map((Hj, j) => (j === 0 ? 0 : (shape * Hj) / j));
  const sumS = [new Float64Array(L + 1), new Float64Array(L + 1)];
  const sumF = [new Float64Array(L + 1), new Float64Array(L + 1)];
  const rng = stream(config.source.seed, M.truthStream);
  let eligible = 0;
  for (let i = 0; i < draws; i++) {
    const x = drawBaseline(rng);
    if (firstFailedCriterion(config.criteria, x as unknown as Record<string, unknown>, `truth draw ${i}`) !== null) continue;
    eligible++;
    const eta = eventLinearPredictor(x);
    for (const a of [0, 1] as const) {
      const r = exp(eta + beta * a);
      const s = sumS[a] as Float64Array;
      const f = sumF[a] as Float64Array;
      for (let j = 0; j <= L; j++) {
        const sj = exp(-(H[j] as number) * r);
        s[j] = (s[j] as number) + sj;
        f[j] = (f[j] as number) + r * sj;
      }
    }
  }
  if (eligible === 0) throw new Error(`${config.id}: no truth draw passes the eligibility criteria`);
  const S = sumS.map((s) => Array.from(s, (v) => v / eligible)) as [number[], number[]];
  const F = sumF.map((f) => Array.from(f, (v, j) => ((h0[j] as number) * v) / eligible)) as [number[], number[]];
  const rmst = S.map((s) => {
    const out = [0];
    for (let j = 1; j <= L; j++) out.push((out[j - 1] as number) + (s[j - 1] as number));
    return out;
  }) as [number[], number[]];
  const score = (b: number): number => {
    const eb = exp(b);
    let total = 0;
    for (let j = 0; j <= L; j++) {
      const s0 = S[0][j] as number;
      const s1 = S[1][j] as number;
      const g = (F[1][j] as number) - ((F[0][j] as number) + (F[1][j] as number)) * ((eb * s1) / (s0 + eb * s1));
      total += (j === 0 || j === L ? 1 : j % 2 === 1 ? 4 : 2) * g;
    }
    return total / 3;
  };
  const logHr = bisect(score);
  const truth: TimeToEventTruth = {
    endpoint: M.label,
    columns: { time: "tte_days", event: "tte_event" },
    model: {
      formula:
        "S(t | x, a) = exp(−(t/scale)^shape · exp(η(x) + β·a)), η(x) = 0.5·z_sev + 0.15·z_age + 0.4·diabetes − 0.2·z_egfr + 0.3·prior_therapy; T(a) = scale·(−ln U·e^{−η−βa})^{1/shape}, one U per subject (stream time-to-event)",
      weibull: { shape, scaleDays },
      linearPredictor: { ...M.linearPredictor },
      conditionalLogHazardRatio: beta,
      conditionalHazardRatio: exp(beta),
    },
    why: "The adjusted analyses (IPW curves, RMST and survival differences, IPW Cox) target marginal contrasts of the potential-outcome distributions over the population. The hazard ratio is non-collapsible: the marginal one differs from the conditional exp(β) even without confounding, so the truth is the marginal hazard ratio, from a fixed-seed Monte Carlo over the covariates.",
    tau: L,
    marginal: {
      hazardRatio: exp(logHr),
      logHazardRatio: logHr,
      survivalControl: S[0][L] as number,
      survivalTreated: S[1][L] as number,
      survivalDifference: (S[1][L] as number) - (S[0][L] as number),
      rmstControl: rmst[0][L] as number,
      rmstTreated: rmst[1][L] as number,
      rmstDifference: (rmst[1][L] as number) - (rmst[0][L] as number),
    },
    byDay: { survivalControl: S[0], survivalTreated: S[1], rmstControl: rmst[0], rmstTreated: rmst[1] },
    monteCarlo: { draws, eligible, stream: M.truthStream, seed: config.source.seed },
  };
  cache.set(key, truth);
  return truth;
}
