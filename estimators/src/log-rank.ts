/**
 * The log-rank test of k survival curves, as R's `survdiff(Surv(time, status) ~ group)` and, with
 * strata, `survdiff(Surv(time, status) ~ group + strata(s))` (rho = 0).
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { cholesky, choleskySolve, type Matrix } from "./matrix.js";
import { checkSurvivalData, groupIndex, type GroupLabel } from "./survival-data.js";
import { EstimatorInputError } from "./validate.js";

export interface LogRankOptions {
  /** The order of the groups (default: sorted labels); the first is the one left out of the quadratic form. */
  levels?: readonly GroupLabel[];
  /** A stratum label per subject: observed, expected and variance are summed over strata. */
  strata?: ArrayLike<GroupLabel>;
}

export interface LogRankGroup {
  group: GroupLabel;
  /** Number of subjects. */
  n: number;
  /** Observed events. */
  observed: number;
  /** Expected events under the null hypothesis of equal hazards. */
  expected: number;
  /** (O − E)² / E, as `print(survdiff)` shows it. */
  chiSquareContribution: number;
  /** (O − E)² / V, V the diagonal of the variance matrix. */
  chiSquareVariance: number;
}

export interface LogRankResult {
  groups: LogRankGroup[];
  /** Variance–covariance matrix of O − E (k × k). */
  variance: Matrix;
  chiSquare: number;
  /** Degrees of freedom: the number of groups with a positive expectation, minus 1. */
  df: number;
  pValue: number;
  /** Number of strata (1 when unstratified). */
  strata: number;
}

/**
 * Log-rank test. At each distinct event time (within a stratum), with n at risk, d events, nᵢ at
 * risk in group i: Eᵢ += d·nᵢ/n and Vᵢⱼ += d(n − d)/(n²(n − 1))·nᵢ(δᵢⱼ·n − nⱼ). The statistic is
 * (O − E)ᵀ V⁻¹ (O − E) over the groups with E > 0 less the first of them, with that many degrees of
 * freedom (R's `survdiff.fit`).
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param groups a group label per subject (at least two groups)
 * @param options group order, strata
 * @throws EstimatorInputError naming the argument and value
 * @example
 * logRank([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 0, 1], ["a", "b", "a", "b", "a", "b"]).chiSquare // => 0.0739030023094688 (R: survdiff(...)$chisq)
 */
export function logRank(time: ArrayLike<number>, status: ArrayLike<number | boolean>, groups: ArrayLike<GroupLabel>, options: LogRankOptions = {}): LogRankResult {
  const st = checkSurvivalData(time, status);
  const n = st.length;
  const g = groupIndex("groups", groups, n, options.levels);
  const k = g.levels.length;
  if (k < 2) throw new EstimatorInputError("groups", `needs at least two groups, got ${k}`);
  const strata = options.strata === undefined ? { levels: [0], index: new Array<number>(n).fill(0) } : groupIndex("strata", options.strata, n);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const counts = new Array<number>(k).fill(0);
  const v: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let s = 0; s < strata.levels.length; s++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (strata.index[i] === s) members.push(i);
    members.sort((a, b) => (time[a] as number) - (time[b] as number) || a - b);
    const risk = new Array<number>(k).fill(0);
    for (const i of members) risk[g.index[i] as number] = (risk[g.index[i] as number] as number) + 1;
    let nRisk = members.length;
    let r = 0;
    while (r < members.length) {
      const t0 = time[members[r] as number] as number;
      const deaths = new Array<number>(k).fill(0);
      let d = 0;
      let end = r;
      while (end < members.length && time[members[end] as number] === t0) {
        const i = members[end] as number;
        if (st[i] === 1) {
          deaths[g.index[i] as number] = (deaths[g.index[i] as number] as number) + 1;
          d++;
        }
        end++;
      }
      if (d > 0) {
        for (let a = 0; a < k; a++) {
          expected[a] = (expected[a] as number) + (d * (risk[a] as number)) / nRisk;
          observed[a] = (observed[a] as number) + (deaths[a] as number);
        }
        if (nRisk > 1) {
          const kt = (d * (nRisk - d)) / (nRisk * (nRisk - 1));
          for (let a = 0; a < k; a++) {
            const tmp = kt * (risk[a] as number);
            const va = v[a] as number[];
            for (let b = 0; b < k; b++) va[b] = (va[b] as number) - (tmp * (risk[b] as number)) / nRisk;
            va[a] = (va[a] as number) + tmp;
          }
        }
      }
      for (let q = r; q < end; q++) {
        {
          const a = g.index[members[q] as number] as number;
          risk[a] = (risk[a] as number) - 1;
        }
        nRisk--;
      }
      r = end;
    }
  }
  for (let i = 0; i < n; i++) counts[g.index[i] as number] = (counts[g.index[i] as number] as number) + 1;
  const used: number[] = [];
  for (let a = 0; a < k; a++) if ((expected[a] as number) > 0) used.push(a);
  let chiSquare = 0;
  const df = Math.max(used.length - 1, 0);
  if (used.length >= 2) {
    const idx = used.slice(1);
    const diff = idx.map((a) => (observed[a] as number) - (expected[a] as number));
    const sub = idx.map((a) => idx.map((b) => (v[a] as number[])[b] as number));
    const l = cholesky(sub);
    if (l === null) throw new EstimatorInputError("groups", "the variance matrix of observed − expected is singular; the groups cannot be compared");
    const sol = choleskySolve(l, diff);
    for (let j = 0; j < idx.length; j++) chiSquare += (sol[j] as number) * (diff[j] as number);
  }
  return {
    groups: g.levels.map((group, a) => {
      const o = observed[a] as number;
      const e = expected[a] as number;
      const va = (v[a] as number[])[a] as number;
      return { group, n: counts[a] as number, observed: o, expected: e, chiSquareContribution: ((o - e) * (o - e)) / e, chiSquareVariance: ((o - e) * (o - e)) / va };
    }),
    variance: v,
    chiSquare,
    df,
    pValue: df > 0 ? chiSquareUpperTail(chiSquare, df) : 1,
    strata: strata.levels.length,
  };
}
