/**
 * One-way analysis of variance: do k groups share one mean? As R's
 * `anova(lm(y ~ factor(g)))` / `oneway.test(y ~ g, var.equal = TRUE)` and SAS PROC GLM with one
 * CLASS variable (a CSR's test of baseline comparability across arms for a continuous variable).
 */
import { fUpperTail } from "./f-distribution.js";
import { square } from "./elementary-functions.js";
import { checkFiniteVector, describeValue, EstimatorInputError } from "./validate.js";

export interface OneWayAnovaResult {
  /** Between-group sum of squares Σⱼ nⱼ(ȳⱼ − ȳ)². */
  ssBetween: number;
  /** Within-group sum of squares Σⱼ Σᵢ (yᵢⱼ − ȳⱼ)². */
  ssWithin: number;
  /** k − 1. */
  dfBetween: number;
  /** N − k. */
  dfWithin: number;
  /** (SSB/(k − 1)) / (SSW/(N − k)). */
  f: number;
  p: number;
}

/**
 * F = [SSB/(k − 1)] / [SSW/(N − k)] on (k − 1, N − k) df.
 *
 * @param groups the observations of each group (k ≥ 2 groups, each non-empty, N > k)
 * @throws EstimatorInputError for fewer than two groups, an empty group, a non-finite value
 *   (named), no within-group degrees of freedom, or no within-group variation
 * @example
 * oneWayAnova([[1, 2, 3], [2, 3, 4], [5, 6, 7]]).f // => 13 (SSB 26 on 2 df, SSW 6 on 6 df)
 */
export function oneWayAnova(groups: ReadonlyArray<ArrayLike<number>>): OneWayAnovaResult {
  if (!Array.isArray(groups) || groups.length < 2) throw new EstimatorInputError("groups", `must be at least two groups of observations, got ${describeValue(groups)}`);
  groups.forEach((g, j) => checkFiniteVector(`groups[${j}]`, g, 1));
  const k = groups.length;
  const N = groups.reduce((a, g) => a + g.length, 0);
  if (N <= k) throw new EstimatorInputError("groups", `have ${N} observations in ${k} groups; the within-group variance needs more observations than groups`);
  let grand = 0;
  const means = groups.map((g) => {
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] as number;
    grand += s;
    return s / g.length;
  });
  grand /= N;
  let ssBetween = 0;
  let ssWithin = 0;
  groups.forEach((g, j) => {
    ssBetween += g.length * square((means[j] as number) - grand);
    for (let i = 0; i < g.length; i++) ssWithin += square((g[i] as number) - (means[j] as number));
  });
  if (!(ssWithin > 0)) throw new EstimatorInputError("groups", "have no variation within groups; F is undefined");
  const dfBetween = k - 1;
  const dfWithin = N - k;
  const f = ssBetween / dfBetween / (ssWithin / dfWithin);
  return { ssBetween, ssWithin, dfBetween, dfWithin, f, p: fUpperTail(f, dfBetween, dfWithin) };
}
