/**
 * Restricted mean survival time (RMST) up to τ per arm, and the between-arm difference and ratio,
 * with the formulas of survRM2's `rmst2` (unadjusted; Uno et al.; survRM2 1.0-x, `rmst1`):
 * the area under the Kaplan–Meier curve from 0 to τ and its Greenwood-type variance.
 */
import { exp, ln } from "./elementary-functions.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { checkSurvivalData } from "./survival-data.js";
import { EstimatorInputError, checkNumberInRange, checkTreatment, describeValue } from "./validate.js";

export interface RmstArm {
  /** Restricted mean survival time ∫₀^τ S(t) dt. */
  rmst: number;
  se: number;
  lower: number;
  upper: number;
  /** Number of subjects. */
  n: number;
}

export interface RmstContrast {
  estimate: number;
  lower: number;
  upper: number;
  p: number;
}

export interface RmstResult {
  tau: number;
  level: number;
  /** Arm 1 (treated, `arm` = 1) and arm 0 (control). */
  arm1: RmstArm;
  arm0: RmstArm;
  /** RMST(arm 1) − RMST(arm 0), with its standard error. */
  difference: RmstContrast & { se: number };
  /** RMST(arm 1) / RMST(arm 0) (interval and test on the log scale). */
  ratio: RmstContrast;
  /** Restricted mean time lost (τ − RMST) ratio, arm 1 over arm 0. */
  rmtlRatio: RmstContrast;
}

/**
 * RMST of one sample up to τ: Σ (tⱼ − tⱼ₋₁)·S(tⱼ₋₁) over the Kaplan–Meier times up to τ, with
 * variance Σⱼ Aⱼ² dⱼ/(nⱼ(nⱼ − dⱼ)), Aⱼ the area under S from tⱼ to τ (terms with nⱼ = dⱼ are 0).
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param tau truncation time (> 0)
 * @param level confidence level (default 0.95)
 * @example
 * rmstOneArm([2, 3, 3, 5, 8], [1, 0, 1, 1, 0], 6).rmst // => 4.3
 */
export function rmstOneArm(time: ArrayLike<number>, status: ArrayLike<number | boolean>, tau: number, level = 0.95): RmstArm {
  const st = checkSurvivalData(time, status);
  checkNumberInRange("tau", tau, 0, Number.MAX_VALUE, true);
  checkNumberInRange("level", level, 0, 1, true);
  const n = st.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (time[a] as number) - (time[b] as number));
  // Kaplan–Meier at the distinct times ≤ τ.
  const times: number[] = [];
  const surv: number[] = [];
  const varTerm: number[] = [];
  let km = 1;
  let atRisk = n;
  for (let r = 0; r < n; ) {
    const t0 = time[order[r] as number] as number;
    let d = 0;
    let q = r;
    while (q < n && time[order[q] as number] === t0) {
      d += st[order[q] as number] as number;
      q++;
    }
    if (t0 > tau) break;
    if (d > 0) km *= (atRisk - d) / atRisk;
    times.push(t0);
    surv.push(km);
    varTerm.push(atRisk - d === 0 ? 0 : d / (atRisk * (atRisk - d)));
    atRisk -= q - r;
    r = q;
  }
  // areas[0] = (t₁ − 0)·1, areas[j] = (t_{j+1} − t_j)·S(t_j), the last interval ending at τ.
  const grid = [0, ...times, tau];
  const areas: number[] = [];
  for (let j = 1; j < grid.length; j++) areas.push(((grid[j] as number) - (grid[j - 1] as number)) * (j === 1 ? 1 : (surv[j - 2] as number)));
  let rmst = 0;
  for (const a of areas) rmst += a;
  let variance = 0;
  let tail = 0;
  for (let j = times.length - 1; j >= 0; j--) {
    tail += areas[j + 1] as number;
    variance += tail * tail * (varTerm[j] as number);
  }
  const se = Math.sqrt(variance);
  const z = normalQuantile(1 - (1 - level) / 2);
  return { rmst, se, lower: rmst - z * se, upper: rmst + z * se, n };
}

/**
 * RMST difference and ratio between two arms (survRM2's `rmst2`, unadjusted): difference
 * μ₁ − μ₀ ± z·√(V₁ + V₀), p = 2Φ(−|μ₁ − μ₀|/√(V₁ + V₀)); ratio on the log scale with
 * SE √(V₁/μ₁² + V₀/μ₀²); likewise the ratio of restricted mean times lost (τ − μ).
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param arm 1 = treated (arm 1), 0 = control (arm 0)
 * @param tau truncation time; must not exceed the smaller of the two arms' largest follow-up times
 *   (survRM2's rule). Default (`undefined`): survRM2's default, the smaller of the two arms'
 *   largest event times.
 * @param level confidence level (default 0.95)
 * @throws EstimatorInputError naming the argument and value
 * @example
 * rmstTwoArms([2, 3, 3, 5, 8, 1, 2, 4, 6, 7], [1, 0, 1, 1, 0, 1, 1, 1, 0, 1], [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 6).difference.estimate // => 0.5
 */
export function rmstTwoArms(time: ArrayLike<number>, status: ArrayLike<number | boolean>, arm: ArrayLike<number | boolean>, tau?: number, level = 0.95): RmstResult {
  const st = checkSurvivalData(time, status);
  const a = checkTreatment("arm", arm, st.length, true);
  const pick = (k: number) => {
    const idx: number[] = [];
    a.forEach((v, i) => {
      if (v === k) idx.push(i);
    });
    return { t: idx.map((i) => time[i] as number), s: idx.map((i) => st[i] as number) };
  };
  const g1 = pick(1);
  const g0 = pick(0);
  // Loops rather than Math.max(...array), which overflows the call stack on large arms.
  const largest = (g: { t: number[]; s: number[] }, eventsOnly: boolean) => {
    let m = -Infinity;
    g.t.forEach((t, i) => {
      if ((!eventsOnly || g.s[i] === 1) && t > m) m = t;
    });
    return m;
  };
  const maxTime = Math.min(largest(g1, false), largest(g0, false));
  const lastEvent = (g: { t: number[]; s: number[] }) => largest(g, true);
  if (tau === undefined) {
    tau = Math.min(lastEvent(g1), lastEvent(g0));
    if (!Number.isFinite(tau)) throw new EstimatorInputError("status", "an arm has no events: give tau explicitly");
  }
  checkNumberInRange("tau", tau, 0, Number.MAX_VALUE, true);
  if (tau > maxTime) throw new EstimatorInputError("tau", `must not exceed the smaller of the two arms' largest follow-up times (${maxTime}), got ${describeValue(tau)}`);
  const r1 = rmstOneArm(g1.t, g1.s, tau, level);
  const r0 = rmstOneArm(g0.t, g0.s, tau, level);
  const z = normalQuantile(1 - (1 - level) / 2);
  const diff = r1.rmst - r0.rmst;
  const diffSe = Math.sqrt(r1.se * r1.se + r0.se * r0.se);
  const logRatio = ln(r1.rmst) - ln(r0.rmst);
  const logRatioSe = Math.sqrt((r1.se * r1.se) / (r1.rmst * r1.rmst) + (r0.se * r0.se) / (r0.rmst * r0.rmst));
  const l1 = tau - r1.rmst;
  const l0 = tau - r0.rmst;
  const logLossRatio = ln(l1) - ln(l0);
  const logLossSe = Math.sqrt((r1.se * r1.se) / (l1 * l1) + (r0.se * r0.se) / (l0 * l0));
  return {
    tau,
    level,
    arm1: r1,
    arm0: r0,
    difference: { estimate: diff, se: diffSe, lower: diff - z * diffSe, upper: diff + z * diffSe, p: 2 * normalCdf(-Math.abs(diff) / diffSe) },
    ratio: { estimate: exp(logRatio), lower: exp(logRatio - z * logRatioSe), upper: exp(logRatio + z * logRatioSe), p: 2 * normalCdf(-Math.abs(logRatio) / logRatioSe) },
    rmtlRatio: {
      estimate: exp(logLossRatio),
      lower: exp(logLossRatio - z * logLossSe),
      upper: exp(logLossRatio + z * logLossSe),
      p: 2 * normalCdf(-Math.abs(logLossRatio) / logLossSe),
    },
  };
}
