/**
 * Kaplan–Meier survival curves as R's `survfit(Surv(time, status) ~ group, weights = w)` (survival
 * 3.x) computes them: one curve per group, a step at every distinct observed time (events and
 * censorings), the standard error, pointwise confidence intervals ("log", R's default, or
 * "log-log"), quantiles with their confidence intervals as `quantile(fit)` / `print(fit)` give
 * them, and numbers at risk at chosen times as `summary(fit, times, extend = TRUE)$n.risk`.
 */
import { exp, ln } from "./elementary-functions.js";
import { normalQuantile } from "./normal-distribution.js";
import { checkCaseWeights, checkSurvivalData, groupIndex, type GroupLabel } from "./survival-data.js";
import { EstimatorInputError, checkFiniteVector, checkNumberInRange, checkOneOf, describeValue } from "./validate.js";

/** Pointwise confidence interval of S(t): `"log"` (R's default) or `"log-log"`. */
export type SurvivalConfType = "log" | "log-log";

/** How the standard error of S(t) is computed. */
export type KaplanMeierVariance = "greenwood" | "jackknife";

export interface KaplanMeierOptions {
  /** Case weights (≥ 0), e.g. inverse-probability weights; default all 1. */
  weights?: ArrayLike<number>;
  /** A group label per subject: one curve per group. */
  groups?: ArrayLike<GroupLabel>;
  /** The order of the groups (default: sorted labels). */
  levels?: readonly GroupLabel[];
  /** Confidence-interval transformation (default `"log"`, as R). */
  confType?: SurvivalConfType;
  /** Confidence level (default 0.95). */
  level?: number;
  /**
   * Standard error: Greenwood's formula, or the infinitesimal jackknife (each subject its own
   * cluster). Default as R's `survfit`: the jackknife when some weight is not a whole number,
   * Greenwood otherwise.
   */
  variance?: KaplanMeierVariance;
  /** Probabilities of the quantiles to report (default 0.25, 0.5, 0.75). */
  quantiles?: readonly number[];
  /** Times at which to report the number at risk (default none). */
  riskTimes?: readonly number[];
}

/** A quantile of the survival distribution: the time t where S(t) first reaches 1 − p. */
export interface SurvivalQuantile {
  /** p (0.5 for the median). */
  probability: number;
  /** The quantile; `null` when the curve never goes down to 1 − p. */
  time: number | null;
  /** Its confidence limits (the same rule applied to the upper and the lower curve); `null` when not reached. */
  lower: number | null;
  upper: number | null;
}

/** One Kaplan–Meier curve (one group), as the rows of R's `survfit` object. */
export interface KaplanMeierCurve {
  /** The group label, `null` without groups. */
  group: GroupLabel | null;
  /** Number of subjects (unweighted), R's `n`. */
  n: number;
  /** The distinct observed times, ascending. */
  time: number[];
  /** (Weighted) number at risk just before each time. */
  nRisk: number[];
  /** (Weighted) number of events at each time. */
  nEvent: number[];
  /** (Weighted) number censored at each time. */
  nCensor: number[];
  /** S(t) just after each time. */
  survival: number[];
  /** Standard error of S(t) (`summary(fit)$std.err`); `null` where it is infinite (Greenwood once S = 0). */
  stdErr: (number | null)[];
  /**
   * Standard error of log S(t) (Greenwood: √Σ d/(n(n−d)), R's `fit$std.err`; with the jackknife
   * R's `fit$std.err` is the SE of S, here `stdErr`); `null` where infinite.
   */
  stdErrLog: (number | null)[];
  /** Pointwise confidence limits; `null` where R gives NA (S = 0 for "log"; S = 0 or 1 for "log-log"). */
  lower: (number | null)[];
  upper: (number | null)[];
  /** Quantiles with their confidence intervals, in the order asked. */
  quantiles: SurvivalQuantile[];
  /** The median (the quantile with p = 0.5, always computed). */
  median: SurvivalQuantile;
  /** Number at risk at each of `riskTimes` (weighted; 0 after the last time). */
  atRisk: { time: number; nRisk: number }[];
}

export interface KaplanMeierResult {
  curves: KaplanMeierCurve[];
  confType: SurvivalConfType;
  level: number;
  variance: KaplanMeierVariance;
}

/** R's quantile tolerance, `sqrt(.Machine$double.eps)`. */
const QUANTILE_TOLERANCE = 1.4901161193847656e-8;

/**
 * Kaplan–Meier estimate S(t) = Π_{tⱼ ≤ t} (1 − dⱼ/nⱼ), with dⱼ the (weighted) events at tⱼ and nⱼ
 * the (weighted) number with time ≥ tⱼ. Greenwood: Var(log S(t)) = Σ_{tⱼ ≤ t} dⱼ / (nⱼ(nⱼ − dⱼ)).
 * Infinitesimal jackknife (R's default with non-integer weights): Var S(t) = Σᵢ Uᵢ(t)², Uᵢ the
 * influence of subject i (weight included), updated as in survival's `survfitkm.c`. Intervals:
 * "log" S·exp(∓z·se_log), upper capped at 1; "log-log" exp(−exp(log(−log S) ∓ z·se_log/log S)).
 * Quantile p: the time where the step function 1 − S crosses p; when S sits on 1 − p (within
 * 1.5e-8) along a flat, the midpoint of that flat (R's `quantile.survfit`); its limits apply the
 * same rule to the upper and lower curves (Brookmeyer–Crowley style, as `print(fit)`).
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param options weights, groups, confidence type and level, variance, quantiles, risk times
 * @throws EstimatorInputError naming the argument and value
 * @example
 * const km = kaplanMeier([1, 2, 2, 3, 4, 5], [1, 1, 0, 1, 0, 1]);
 * km.curves[0].time // => [1, 2, 3, 4, 5]
 * km.curves[0].survival // => [0.8333333333333334, 0.6666666666666667, 0.4444444444444445, 0.4444444444444445, 0]
 * km.curves[0].median.time // => 3
 */
export function kaplanMeier(time: ArrayLike<number>, status: ArrayLike<number | boolean>, options: KaplanMeierOptions = {}): KaplanMeierResult {
  const st = checkSurvivalData(time, status);
  const n = st.length;
  const w = checkCaseWeights(options.weights, n);
  const confType = options.confType ?? "log";
  checkOneOf("confType", confType, ["log", "log-log"] as const);
  const level = options.level ?? 0.95;
  checkNumberInRange("level", level, 0, 1, true);
  const variance = options.variance ?? (w.some((x) => x !== Math.floor(x)) ? "jackknife" : "greenwood");
  checkOneOf("variance", variance, ["greenwood", "jackknife"] as const);
  const probs = options.quantiles ?? [0.25, 0.5, 0.75];
  checkFiniteVector("quantiles", probs, 0);
  probs.forEach((p, i) => checkNumberInRange(`quantiles[${i}]`, p, 0, 1));
  const riskTimes = options.riskTimes ?? [];
  checkFiniteVector("riskTimes", riskTimes, 0);
  const z = normalQuantile(1 - (1 - level) / 2);

  let levels: (GroupLabel | null)[] = [null];
  let index = new Array<number>(n).fill(0);
  if (options.groups !== undefined) {
    const g = groupIndex("groups", options.groups, n, options.levels);
    levels = g.levels;
    index = g.index;
  }
  const curves = levels.map((group, k) => {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (index[i] === k) members.push(i);
    if (members.length === 0) throw new EstimatorInputError("groups", `level ${describeValue(group)} has no subjects`);
    const t = members.map((i) => time[i] as number);
    const s = members.map((i) => st[i] as number);
    const wk = members.map((i) => w[i] as number);
    return kaplanMeierCurve(group, t, s, wk, { confType, z, variance, probs, riskTimes });
  });
  return { curves, confType, level, variance };
}

interface CurveSettings {
  confType: SurvivalConfType;
  z: number;
  variance: KaplanMeierVariance;
  probs: readonly number[];
  riskTimes: readonly number[];
}

function kaplanMeierCurve(group: GroupLabel | null, t: number[], s: number[], w: number[], cfg: CurveSettings): KaplanMeierCurve {
  const m = t.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => (t[a] as number) - (t[b] as number) || a - b);
  // Distinct times with weighted events, censorings and (unweighted) event counts.
  const times: number[] = [];
  const nEvent: number[] = [];
  const nCensor: number[] = [];
  const eventCount: number[] = [];
  const start: number[] = []; // first position in `order` of each distinct time
  for (let r = 0; r < m; r++) {
    const i = order[r] as number;
    const ti = t[i] as number;
    if (times.length === 0 || ti !== times[times.length - 1]) {
      times.push(ti);
      nEvent.push(0);
      nCensor.push(0);
      eventCount.push(0);
      start.push(r);
    }
    const j = times.length - 1;
    if (s[i] === 1) {
      nEvent[j] = (nEvent[j] as number) + (w[i] as number);
      eventCount[j] = (eventCount[j] as number) + 1;
    } else nCensor[j] = (nCensor[j] as number) + (w[i] as number);
  }
  const k = times.length;
  start.push(m);
  // Number at risk: weighted count with time ≥ tⱼ, summed from the end.
  const nRisk = new Array<number>(k);
  let atRisk = 0;
  for (let j = k - 1; j >= 0; j--) {
    for (let r = start[j] as number; r < (start[j + 1] as number); r++) atRisk += w[order[r] as number] as number;
    nRisk[j] = atRisk;
  }
  const survival = new Array<number>(k);
  const stdErr = new Array<number | null>(k);
  const stdErrLog = new Array<number | null>(k);
  let km = 1;
  if (cfg.variance === "greenwood") {
    let v = 0;
    for (let j = 0; j < k; j++) {
      const d = nEvent[j] as number;
      const nr = nRisk[j] as number;
      if ((eventCount[j] as number) > 0 && d > 0) {
        km *= (nr - d) / nr;
        v += d / (nr * (nr - d));
      }
      survival[j] = km;
      // Once every subject at risk has the event, d/(n(n − d)) is infinite: R's Inf/NaN.
      stdErrLog[j] = Number.isFinite(v) ? Math.sqrt(v) : null;
      stdErr[j] = Number.isFinite(v) ? km * Math.sqrt(v) : null;
    }
  } else {
    // Infinitesimal jackknife, each subject its own cluster (survfitkm.c).
    const inf = new Float64Array(m);
    const atRiskWeight = Float64Array.from(w);
    let v = 0;
    for (let j = 0; j < k; j++) {
      const d = nEvent[j] as number;
      const nr = nRisk[j] as number;
      if ((eventCount[j] as number) > 0 && d > 0) {
        const haz = d / nr;
        for (let i = 0; i < m; i++) inf[i] = (inf[i] as number) * (1 - haz) + ((atRiskWeight[i] as number) * km * haz) / nr;
        for (let r = start[j] as number; r < (start[j + 1] as number); r++) {
          const i = order[r] as number;
          if (s[i] === 1) inf[i] = (inf[i] as number) - (km * (w[i] as number)) / nr;
          atRiskWeight[i] = 0;
        }
        km *= 1 - haz;
        v = 0;
        for (let i = 0; i < m; i++) v += (inf[i] as number) * (inf[i] as number);
      } else {
        for (let r = start[j] as number; r < (start[j + 1] as number); r++) atRiskWeight[order[r] as number] = 0;
      }
      survival[j] = km;
      const se = Math.sqrt(v);
      stdErr[j] = se;
      stdErrLog[j] = se === 0 ? 0 : km === 0 ? null : se / km;
    }
  }
  const lower: (number | null)[] = new Array(k);
  const upper: (number | null)[] = new Array(k);
  for (let j = 0; j < k; j++) {
    const seLog = stdErrLog[j] as number | null;
    const ci = seLog === null ? { lower: null, upper: null } : survivalInterval(survival[j] as number, seLog, cfg.z, cfg.confType);
    lower[j] = ci.lower;
    upper[j] = ci.upper;
  }
  const cdf = survival.map((x) => 1 - x);
  const cdfLower = lower.map((x) => (x === null ? null : 1 - x));
  const cdfUpper = upper.map((x) => (x === null ? null : 1 - x));
  const quantileAt = (p: number): SurvivalQuantile => ({
    probability: p,
    time: findQuantile(times, cdf, p),
    // The lower survival limit reaches 1 − p first: it gives the quantile's lower limit.
    lower: findQuantile(times, cdfLower, p),
    upper: findQuantile(times, cdfUpper, p),
  });
  const atRiskAt = cfg.riskTimes.map((tt) => {
    let total = 0;
    for (let i = 0; i < m; i++) if ((t[i] as number) >= tt) total += w[i] as number;
    return { time: tt, nRisk: total };
  });
  return {
    group,
    n: m,
    time: times,
    nRisk,
    nEvent,
    nCensor,
    survival,
    stdErr,
    stdErrLog,
    lower,
    upper,
    quantiles: cfg.probs.map(quantileAt),
    median: quantileAt(0.5),
    atRisk: atRiskAt,
  };
}

/**
 * Pointwise confidence limits of S from S and the standard error of log S, as survival's
 * `survfit_confint`: "log" S·exp(∓z·se), the upper limit capped at 1, NA at S = 0; "log-log"
 * exp(−exp(log(−log S) ∓ z·se/log S)), NA at S = 0 or 1.
 *
 * @example
 * survivalInterval(0.5, 0.2, 1.959963984540054, "log") // => { lower: 0.33785449056852285, upper: 0.739963525656604 }
 */
export function survivalInterval(surv: number, seLog: number, z: number, confType: SurvivalConfType): { lower: number | null; upper: number | null } {
  if (confType === "log") {
    if (surv === 0) return { lower: null, upper: null };
    const ls = ln(surv);
    return { lower: exp(ls - z * seLog), upper: Math.min(exp(ls + z * seLog), 1) };
  }
  if (surv === 0 || surv === 1) return { lower: null, upper: null };
  const ls = ln(surv);
  const lls = ln(-ls);
  const se2 = (z * seLog) / ls;
  return { lower: exp(-exp(lls - se2)), upper: exp(-exp(lls + se2)) };
}

/**
 * R's `findq` (quantile.survfit.R) on the curve x = (0, times), y = (0, 1 − S): the x where the
 * step function y first reaches p; on a flat at p (within the tolerance), the midpoint of the flat
 * (to the last time when the flat is the end of the curve). `null` entries of y are R's NA.
 */
function findQuantile(times: readonly number[], cdf: readonly (number | null)[], p: number): number | null {
  const tol = QUANTILE_TOLERANCE;
  const x0 = [0, ...times];
  const y0: (number | null)[] = [0, ...cdf];
  let maxY = -Infinity;
  for (const y of y0) if (y !== null && y > maxY) maxY = y;
  if (maxY < p) return null;
  const xmax = x0[x0.length - 1] as number;
  // Drop repeated y values (censoring steps), keeping the first; NA repeats NA.
  const x: number[] = [];
  const y: (number | null)[] = [];
  const seen = new Set<number | null>();
  for (let i = 0; i < y0.length; i++) {
    const v = y0[i] as number | null;
    if (seen.has(v)) continue;
    seen.add(v);
    x.push(x0[i] as number);
    y.push(v);
  }
  const n = y.length;
  const i1 = approxConstantRight(y, tol, p);
  const i2 = approxConstantRight(y, -tol, p);
  let quant: number | null = i1 === null || i2 === null ? null : ((x[i1] as number) + (x[i2] as number)) / 2;
  if (p === 0) quant = x[0] as number;
  const last = y[n - 1];
  if (last !== null && last !== undefined && Math.abs(p - last) < tol) quant = i1 === null ? null : ((x[i1] as number) + xmax) / 2;
  return quant;
}

/**
 * R's `approx(y + shift, seq_along(y), p, method = "constant", f = 1)$y` − 1: the (0-based) index
 * of the first point whose shifted y is ≥ p, NA (null) outside the range; NA points dropped.
 */
function approxConstantRight(y: readonly (number | null)[], shift: number, p: number): number | null {
  const pts: { x: number; i: number }[] = [];
  y.forEach((v, i) => {
    if (v !== null) pts.push({ x: v + shift, i });
  });
  pts.sort((a, b) => a.x - b.x || a.i - b.i);
  if (pts.length === 0) return null;
  if (p < (pts[0] as { x: number }).x || p > (pts[pts.length - 1] as { x: number }).x) return null;
  for (let j = 0; j < pts.length; j++) {
    const pt = pts[j] as { x: number; i: number };
    if (pt.x >= p) return pt.i;
  }
  return null;
}
