/**
 * Right-censored time-to-event data as the survival estimators take it (Kaplan–Meier, log-rank,
 * Cox, RMST), checked once at the entry: one follow-up time (≥ 0, finite) and one status (1 =
 * event, 0 = censored, R's `Surv(time, status)`) per subject, optional non-negative case weights,
 * and optional group or stratum labels. Every check names the argument, the position and the value.
 */
import { EstimatorInputError, checkFiniteVector, checkSameLength, checkWeights, describeValue, type NumericVector } from "./validate.js";

/** A label of a group or stratum (an arm code, a site, a 0/1 indicator …). */
export type GroupLabel = string | number;

/**
 * Checks follow-up times and event indicators. Returns the status as 0/1 numbers
 * (`true`/`false` accepted).
 *
 * @param time follow-up times, finite and ≥ 0
 * @param status 1 (or `true`) = event, 0 (or `false`) = censored
 * @throws EstimatorInputError naming the first bad element
 * @example
 * checkSurvivalData([5, 3], [1, false]) // => [1, 0]
 */
export function checkSurvivalData(time: unknown, status: unknown): number[] {
  checkFiniteVector("time", time, 1);
  for (let i = 0; i < time.length; i++) {
    if ((time[i] as number) < 0) throw new EstimatorInputError(`time[${i}]`, `a follow-up time must be ≥ 0, got ${describeValue(time[i])}`);
  }
  if (status === null || typeof status !== "object" || typeof (status as { length?: unknown }).length !== "number") {
    throw new EstimatorInputError("status", `must be an array of 0/1 event indicators, got ${describeValue(status)}`);
  }
  const s = status as ArrayLike<unknown>;
  checkSameLength("time", time, "status", s);
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const v = s[i];
    if (v === 1 || v === true) out[i] = 1;
    else if (v === 0 || v === false) out[i] = 0;
    else throw new EstimatorInputError(`status[${i}]`, `must be 1 (event) or 0 (censored), got ${describeValue(v)}`);
  }
  return out;
}

/**
 * Case weights: all 1 when absent, else checked (finite, ≥ 0, positive total, one per subject).
 *
 * @example
 * checkCaseWeights(undefined, 2) // => [1, 1]
 */
export function checkCaseWeights(weights: unknown, n: number, argument = "weights"): number[] {
  if (weights === undefined) return new Array<number>(n).fill(1);
  checkWeights(argument, weights, n);
  return Array.from(weights as NumericVector);
}

/**
 * The levels of a grouping variable and each subject's level index. Levels are `levels` when
 * given (every label must be one of them), else the distinct labels sorted (numbers ascending,
 * strings by code unit, as R's `factor` in the C locale).
 *
 * @example
 * groupIndex("arm", ["b", "a", "b"], 3) // => { levels: ["a", "b"], index: [1, 0, 1] }
 */
export function groupIndex(argument: string, labels: unknown, n: number, levels?: readonly GroupLabel[]): { levels: GroupLabel[]; index: number[] } {
  if (labels === null || typeof labels !== "object" || typeof (labels as { length?: unknown }).length !== "number") {
    throw new EstimatorInputError(argument, `must be an array of labels, got ${describeValue(labels)}`);
  }
  const g = labels as ArrayLike<unknown>;
  if (g.length !== n) throw new EstimatorInputError(argument, `must have one label per subject (${n}), got ${g.length}`);
  for (let i = 0; i < n; i++) {
    const v = g[i];
    if (!((typeof v === "number" && Number.isFinite(v)) || typeof v === "string")) {
      throw new EstimatorInputError(`${argument}[${i}]`, `must be a string or a finite number, got ${describeValue(v)}`);
    }
  }
  let lv: GroupLabel[];
  if (levels !== undefined) {
    if (!Array.isArray(levels) || levels.length === 0) throw new EstimatorInputError(`${argument} levels`, `must be a non-empty array, got ${describeValue(levels)}`);
    lv = [...levels];
    if (new Set(lv).size !== lv.length) throw new EstimatorInputError(`${argument} levels`, "must not repeat a level");
  } else {
    lv = [...new Set(Array.from(g as ArrayLike<GroupLabel>))];
    lv.sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  }
  const pos = new Map<GroupLabel, number>(lv.map((l, k) => [l, k]));
  const index = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = pos.get(g[i] as GroupLabel);
    if (k === undefined) throw new EstimatorInputError(`${argument}[${i}]`, `is not one of the levels ${lv.map((l) => describeValue(l)).join(", ")}, got ${describeValue(g[i])}`);
    index[i] = k;
  }
  return { levels: lv, index };
}
