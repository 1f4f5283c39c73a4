/**
 * Subgroup analyses: the treatment effect within each level of a subgroup variable, and the
 * interaction (heterogeneity) test of whether the effects differ: Cochran's Q, the Wald test of
 * equal effects across independent subgroups, Q = Σ wₖ(θ̂ₖ − θ̄)², wₖ = 1/SEₖ², θ̄ = Σwₖθ̂ₖ/Σwₖ,
 * referred to χ² with K − 1 degrees of freedom.
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { attempt, summarizeEffect, type EffectSummary } from "./effect-summary.js";
import { estimateTreatmentEffect, type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
import { checkFiniteVector, checkNumberInRange, checkSameLength, checkTreatment, columnNamesFor, describeValue, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";

export interface SubgroupEffectRow {
  level: string;
  /** Subjects in the subgroup (both arms). */
  n: number;
  effect: EffectSummary | null;
  /** Covariates left out of this subgroup's models because they are constant within an arm there (e.g. the subgroup variable itself). */
  droppedCovariates: string[];
  error: string | null;
}

export interface InteractionTest {
  /** Cochran's Q. */
  statistic: number;
  df: number;
  pValue: number;
  /** Inverse-variance pooled effect θ̄. */
  pooled: number;
  /** Subgroups entering the test (those with an SE). */
  levels: string[];
}

/**
 * Cochran's Q test of equal effects across independent subgroups.
 *
 * @param estimates subgroup effects
 * @param ses their standard errors (> 0)
 * @throws EstimatorInputError with fewer than two subgroups or a non-positive SE
 * @example
 * cochranQ([1, 3], [1, 1]).statistic // => 2  (θ̄ = 2; 1 + 1)
 */
export function cochranQ(estimates: readonly number[], ses: readonly number[]): { statistic: number; df: number; pValue: number; pooled: number } {
  checkFiniteVector("estimates", estimates, 2);
  checkSameLength("estimates", estimates, "ses", ses);
  ses.forEach((s, i) => checkNumberInRange(`ses[${i}]`, s, 0, Number.MAX_VALUE, true));
  const w = ses.map((s) => 1 / (s * s));
  const sw = w.reduce((a, b) => a + b, 0);
  const pooled = estimates.reduce((a, e, i) => a + (w[i] as number) * e, 0) / sw;
  const statistic = estimates.reduce((a, e, i) => a + (w[i] as number) * square(e - pooled), 0);
  const df = estimates.length - 1;
  return { statistic, df, pValue: chiSquareUpperTail(statistic, df), pooled };
}

/** Indices of the columns of `X` (rows `idx`) that vary within both arms. */
function varyingColumns(X: ArrayLike<ArrayLike<number>>, t: readonly number[], idx: readonly number[]): boolean[] {
  const k = (X[0] as ArrayLike<number>).length;
  return Array.from({ length: k }, (_, j) =>
    [0, 1].every((arm) => {
      let first: number | null = null;
      for (const i of idx) {
        if (t[i] !== arm) continue;
        const v = (X[i] as ArrayLike<number>)[j] as number;
        if (first === null) first = v;
        else if (v !== first) return true;
      }
      return false;
    }),
  );
}

/**
 * The effect within each subgroup, with the interaction test.
 *
 * @param input covariates, treatment, outcome, covariateNames as for `estimateTreatmentEffect`
 * @param groups the subgroup level of each subject (strings; see {@link subgroupLabels})
 * @param options the analysis (its estimator must give an SE: ipw-ht, ipw-hajek or aipw)
 * @returns rows in the order of first appearance sorted by label, and the test (null when fewer than two subgroups have an SE)
 * @throws EstimatorInputError for a g-computation analysis (no SE) or a `groups` of the wrong length
 */
export function subgroupEffects(
  input: TreatmentEffectInput,
  groups: ArrayLike<string>,
  options: TreatmentEffectOptions,
): { rows: SubgroupEffectRow[]; interaction: InteractionTest | null } {
  if (options.method === "g-computation")
    throw new EstimatorInputError("options.method", 'subgroup effects need an estimator with a standard error (ipw-ht, ipw-hajek, aipw), got "g-computation"');
  const n = input.covariates.length;
  checkSameLength("input.covariates", input.covariates, "groups", groups);
  const t = checkTreatment("input.treatment", input.treatment, n, false);
  const k = n === 0 ? 0 : (input.covariates[0] as ArrayLike<number>).length;
  const names = columnNamesFor("input.covariateNames", input.covariateNames, k);
  const byLevel = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (typeof g !== "string" || g === "") throw new EstimatorInputError(`groups[${i}]`, `must be a non-empty subgroup label, got ${describeValue(g)}`);
    const list = byLevel.get(g) ?? [];
    list.push(i);
    byLevel.set(g, list);
  }
  const rows: SubgroupEffectRow[] = [...byLevel.keys()].sort().map((level) => {
    const idx = byLevel.get(level) as number[];
    const keep = varyingColumns(input.covariates, t, idx);
    const cols = keep.flatMap((kp, j) => (kp ? [j] : []));
    const droppedCovariates = names.filter((_, j) => !keep[j]);
    const sub: TreatmentEffectInput = {
      covariates: idx.map((i) => cols.map((j) => (input.covariates[i] as ArrayLike<number>)[j] as number)),
      treatment: idx.map((i) => t[i] as number),
      outcome: idx.map((i) => input.outcome[i] as number),
      covariateNames: cols.map((j) => names[j] as string),
    };
    const r = attempt(() => estimateTreatmentEffect(sub, options));
    return { level, n: idx.length, effect: r.ok ? summarizeEffect(r.value) : null, droppedCovariates, error: r.ok ? null : r.error };
  });
  const usable = rows.filter((r) => r.effect !== null && r.effect.se !== null && r.effect.se > 0);
  const interaction =
    usable.length < 2
      ? null
      : {
          ...cochranQ(
            usable.map((r) => r.effect!.estimate),
            usable.map((r) => r.effect!.se as number),
          ),
          levels: usable.map((r) => r.level),
        };
  return { rows, interaction };
}

/**
 * Labels for a subgroup variable: categories as they are (numbers and booleans as text), or, with
 * `breaks` b₁ < … < bₘ for a continuous variable, "< b₁", "b₁ to < b₂", …, "≥ bₘ".
 *
 * @param values the variable, one per subject (no missing values)
 * @param name its name (for error messages)
 * @param breaks optional ascending cut points
 * @example
 * subgroupLabels([50, 70], "age", [65]) // => ["< 65", "≥ 65"]
 */
export function subgroupLabels(values: ArrayLike<unknown>, name: string, breaks?: readonly number[]): string[] {
  if (breaks !== undefined) {
    checkFiniteVector(`breaks of ${name}`, breaks, 1);
    for (let j = 1; j < breaks.length; j++) {
      if (!((breaks[j] as number) > (breaks[j - 1] as number))) throw new EstimatorInputError(`breaks of ${name}`, "must be strictly increasing");
    }
  }
  return Array.from(values, (v, i) => {
    if (v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v)))
      throw new EstimatorInputError(`rows[${i}].${name}`, `is missing (${describeValue(v)}); a subject needs a subgroup`);
    const x = typeof v === "bigint" ? Number(v) : v;
    if (breaks === undefined) return String(x);
    if (typeof x !== "number" || !Number.isFinite(x))
      throw new EstimatorInputError(`rows[${i}].${name}`, `must be a finite number to be cut at ${breaks.join(", ")}, got ${describeValue(v)}`);
    const j = breaks.findIndex((b) => x < b);
    if (j === 0) return `< ${breaks[0]}`;
    if (j === -1) return `≥ ${breaks[breaks.length - 1]}`;
    return `${breaks[j - 1]} to < ${breaks[j]}`;
  });
}
