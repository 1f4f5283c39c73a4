/**
 * Standardized mean differences (SMD), the usual balance diagnostic of a Table 1 and of a
 * propensity-score analysis, before and after weighting.
 *
 * Convention (Austin 2009, "Balance diagnostics for comparing the distribution of baseline
 * covariates between treatment groups in propensity-score matched samples", Stat Med 28:3083):
 *
 *   SMD = (x̄₁ − x̄₀) / √((s₁² + s₀²)/2)
 *
 * with s² the sample variance for a continuous covariate and p(1 − p) for a binary one.
 *
 * **After weighting**, the numerator uses weighted means, and by default the denominator keeps the
 * *unweighted* variances of the original arms (`sdFrom: "unweighted"`). This is the choice of R's
 * cobalt (`s.d.denom` computed on the unadjusted sample) and of Austin & Stuart (2015): it makes
 * before/after SMDs share one yardstick, so a change in SMD is a change in the mean difference
 * alone and weighting cannot "improve" balance by inflating the variance. The alternative,
 * `sdFrom: "weighted"`, uses weighted variances (reliability weights, see `weightedVariance`)
 * and weighted proportions; it is what `tableone::svyCreateTableOne` reports.
 * `denominator: "treated"` (cobalt's default for the ATT) or `"control"` uses one arm's SD.
 *
 * A covariate that is constant in both arms has SMD 0 (no difference to standardise). A covariate
 * that is constant within each arm but differs between arms has SMD ±Infinity (the limit; the
 * arms are perfectly separated by it). Neither case yields NaN.
 */
import { symmetricPseudoInverse, type Matrix } from "./matrix.js";
import { checkFiniteVector, checkOneOf, checkTreatment, checkWeights, describeValue, EstimatorInputError, type NumericVector } from "./validate.js";
import { weightedMean, weightedVariance } from "./weighted-stats.js";

/** Which arm(s) supply the SD in the denominator. */
export type SmdDenominator = "pooled" | "treated" | "control";
/** Whether the denominator's variances ignore the weights (default) or use them. */
export type SmdSdFrom = "unweighted" | "weighted";

const denominators: readonly SmdDenominator[] = ["pooled", "treated", "control"];
const sdFroms: readonly SmdSdFrom[] = ["unweighted", "weighted"];

export interface SmdOptions {
  /** `"continuous"` (sample variance, default) or `"binary"` (x must be 0/1; variance p(1 − p)). */
  type?: "continuous" | "binary";
  /** Optional weights, one per observation (e.g. inverse-probability weights): SMD after weighting. */
  weights?: NumericVector;
  /** `"pooled"` (default): √((s₁² + s₀²)/2); `"treated"`: s₁; `"control"`: s₀. */
  denominator?: SmdDenominator;
  /** `"unweighted"` (default) or `"weighted"` variances in the denominator; see the module note. */
  sdFrom?: SmdSdFrom;
}

export interface SmdResult {
  /** The standardized mean difference, treated minus control; 0 or ±Infinity in the degenerate cases described above, never NaN. */
  smd: number;
  /** Mean (proportion, for binary) in the treated arm, weighted when weights are given. */
  meanTreated: number;
  /** Mean (proportion) in the control arm, weighted when weights are given. */
  meanControl: number;
  /** Treated-arm variance used in the denominator. */
  varianceTreated: number;
  /** Control-arm variance used in the denominator. */
  varianceControl: number;
  /** The standard deviation the difference was divided by. */
  sd: number;
}

interface ArmSplit {
  x1: number[];
  x0: number[];
  w1: number[] | undefined;
  w0: number[] | undefined;
}

function splitByArm(x: ArrayLike<number>, t: number[], weights: NumericVector | undefined): ArmSplit {
  const x1: number[] = [];
  const x0: number[] = [];
  const w1: number[] = [];
  const w0: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 1) {
      x1.push(x[i] as number);
      if (weights) w1.push(weights[i] as number);
    } else {
      x0.push(x[i] as number);
      if (weights) w0.push(weights[i] as number);
    }
  }
  return { x1, x0, w1: weights ? w1 : undefined, w0: weights ? w0 : undefined };
}

function checkArmWeights(split: ArmSplit): void {
  const sum = (w: number[]) => w.reduce((s, v) => s + v, 0);
  if (split.w1 && !(sum(split.w1) > 0)) throw new EstimatorInputError("weights", "are all zero in the treated arm");
  if (split.w0 && !(sum(split.w0) > 0)) throw new EstimatorInputError("weights", "are all zero in the control arm");
}

/** difference / sd with the documented degenerate cases: 0/0 → 0, d/0 → ±Infinity. */
function standardise(difference: number, sd: number): number {
  if (sd > 0) return difference / sd;
  if (difference === 0) return 0;
  return difference > 0 ? Infinity : -Infinity;
}

function denominatorSd(v1: number, v0: number, denominator: SmdDenominator): number {
  return Math.sqrt(denominator === "pooled" ? (v1 + v0) / 2 : denominator === "treated" ? v1 : v0);
}

function checkSmdOptions(options: SmdOptions): Required<Pick<SmdOptions, "denominator" | "sdFrom">> {
  const denominator = options.denominator ?? "pooled";
  const sdFrom = options.sdFrom ?? "unweighted";
  checkOneOf("options.denominator", denominator, denominators);
  checkOneOf("options.sdFrom", sdFrom, sdFroms);
  return { denominator, sdFrom };
}

/**
 * Standardized mean difference of one continuous or binary covariate between the treated and the
 * control arm, optionally after weighting.
 *
 * Continuous: (x̄₁ − x̄₀)/√((s₁² + s₀²)/2). Binary: (p₁ − p₀)/√((p₁(1−p₁) + p₀(1−p₀))/2).
 * With `weights`, x̄ and p are weighted; the denominator follows `sdFrom` and `denominator`.
 *
 * @param x covariate values, one per subject (finite; 0/1 for a binary covariate)
 * @param treatment arm indicators, 1 = treated, 0 = control (booleans accepted); both arms non-empty
 * @param options `type`, `weights`, `denominator`, `sdFrom`; see {@link SmdOptions}
 * @throws EstimatorInputError for non-finite values, a binary covariate not coded 0/1, an empty
 *   arm, mismatched lengths, negative weights or an arm whose weights are all zero, or a
 *   continuous covariate with fewer than two observations in an arm
 * @example
 * smd([1, 2, 3, 3, 4, 5], [0, 0, 0, 1, 1, 1]).smd // => 2  ((4 − 2)/√((1 + 1)/2))
 * smd([0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1], { type: "binary" }).smd // => 2  ((1 − 1/3)/√((0 + 2/9)/2))
 */
export function smd(x: NumericVector, treatment: ArrayLike<number | boolean>, options: SmdOptions = {}): SmdResult {
  const type = options.type ?? "continuous";
  checkOneOf("options.type", type, ["continuous", "binary"] as const);
  checkFiniteVector("x", x, 2);
  const t = checkTreatment("treatment", treatment, x.length);
  const { denominator, sdFrom } = checkSmdOptions(options);
  if (options.weights !== undefined) checkWeights("options.weights", options.weights, x.length);
  if (type === "binary") {
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== 0 && x[i] !== 1) throw new EstimatorInputError(`x[${i}]`, `a binary covariate must be coded 0/1, got ${describeValue(x[i])}`);
    }
  }
  const split = splitByArm(x, t, options.weights);
  checkArmWeights(split);
  const meanTreated = weightedMean(split.x1, split.w1);
  const meanControl = weightedMean(split.x0, split.w0);
  let varianceTreated: number;
  let varianceControl: number;
  if (type === "binary") {
    const p1 = sdFrom === "weighted" ? meanTreated : weightedMean(split.x1);
    const p0 = sdFrom === "weighted" ? meanControl : weightedMean(split.x0);
    varianceTreated = p1 * (1 - p1);
    varianceControl = p0 * (1 - p0);
  } else {
    const armVariance = (xs: number[], ws: number[] | undefined, arm: string) => {
      if (xs.length < 2) {
        throw new EstimatorInputError("x", `the ${arm} arm has ${xs.length} observation(s); a standard deviation needs at least 2`);
      }
      return weightedVariance(xs, sdFrom === "weighted" ? ws : undefined);
    };
    varianceTreated = armVariance(split.x1, split.w1, "treated");
    varianceControl = armVariance(split.x0, split.w0, "control");
  }
  const sd = denominatorSd(varianceTreated, varianceControl, denominator);
  return { smd: standardise(meanTreated - meanControl, sd), meanTreated, meanControl, varianceTreated, varianceControl, sd };
}

/** A category of a categorical covariate. */
export type Level = string | number | boolean;

export interface CategoricalSmdOptions {
  /** Optional weights, one per observation (SMD after weighting). */
  weights?: NumericVector;
  /** See {@link SmdOptions.denominator}. */
  denominator?: SmdDenominator;
  /** See {@link SmdOptions.sdFrom}. */
  sdFrom?: SmdSdFrom;
  /**
   * The levels, in display order. Default: the distinct values present, sorted (numbers
   * numerically, otherwise by code point). Every value of `x` must be one of them.
   */
  levels?: readonly Level[];
}

export interface CategoricalLevelSmd {
  level: Level;
  /** Proportion of the treated arm in this level (weighted when weights are given). */
  proportionTreated: number;
  /** Proportion of the control arm in this level (weighted when weights are given). */
  proportionControl: number;
  /** SMD of the 0/1 indicator of this level (binary formula). */
  smd: number;
}

export interface CategoricalSmdResult {
  /** One entry per level, each level's indicator compared as a binary covariate. */
  levels: CategoricalLevelSmd[];
  /**
   * One overall SMD for the covariate (Yang & Dalton 2012, the multivariate SMD that R's tableone
   * reports): √((p₁ − p₀)ᵀ S⁻¹ (p₁ − p₀)), where p are the proportions of all levels but the
   * first and S = (S₁ + S₀)/2 with S_g = diag(p_g) − p_g p_gᵀ (a pseudo-inverse when S is
   * singular). Non-negative; Infinity when the difference lies outside the span of S. It equals
   * |SMD| of the binary formula when there are two levels.
   */
  smd: number;
}

/**
 * Deterministic level order: numbers numerically, then everything else by String() code points.
 *
 * @example
 * sortLevels([10, 2, "b", "B", "a"]) // => [2, 10, "B", "a", "b"]
 */
export function sortLevels(levels: Iterable<Level>): Level[] {
  return [...levels].sort((a, b) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
}

/**
 * SMD of a categorical covariate: per level (each level's indicator as a binary covariate) and
 * overall (Yang & Dalton's multivariate SMD). See the module note for the denominator convention.
 *
 * @param x category of each subject (strings, numbers or booleans; no missing values)
 * @param treatment arm indicators, 1 = treated, 0 = control
 * @param options `weights`, `denominator`, `sdFrom`, `levels`; see {@link CategoricalSmdOptions}
 * @throws EstimatorInputError for a missing or unlisted category, an empty arm, mismatched lengths
 *   or invalid weights
 * @example
 * const r = smdCategorical(["a", "a", "b", "a", "b", "b"], [0, 0, 0, 1, 1, 1]);
 * r.levels[1].smd // => 0.7071067811865475  ((2/3 − 1/3)/√(2/9))
 * r.smd // => 0.7071067811865475 (two levels: |binary SMD|)
 */
export function smdCategorical(x: ArrayLike<Level>, treatment: ArrayLike<number | boolean>, options: CategoricalSmdOptions = {}): CategoricalSmdResult {
  if (x === null || typeof x !== "object" || typeof x.length !== "number") {
    throw new EstimatorInputError("x", `must be an array of categories, got ${describeValue(x)}`);
  }
  const t = checkTreatment("treatment", treatment, x.length);
  const { denominator, sdFrom } = checkSmdOptions(options);
  if (options.weights !== undefined) checkWeights("options.weights", options.weights, x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const ok = typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
    if (!ok) throw new EstimatorInputError(`x[${i}]`, `must be a category (string, finite number or boolean), got ${describeValue(v)}`);
  }
  const levels = options.levels !== undefined ? [...options.levels] : sortLevels(new Set(Array.from(x)));
  const index = new Map<Level, number>(levels.map((l, k) => [l, k]));
  if (index.size !== levels.length) throw new EstimatorInputError("options.levels", "must not repeat a level");
  const k = levels.length;
  const p1w = new Array<number>(k).fill(0);
  const p0w = new Array<number>(k).fill(0);
  const p1u = new Array<number>(k).fill(0);
  const p0u = new Array<number>(k).fill(0);
  let s1w = 0;
  let s0w = 0;
  let n1 = 0;
  let n0 = 0;
  for (let i = 0; i < x.length; i++) {
    const j = index.get(x[i] as Level);
    if (j === undefined) throw new EstimatorInputError(`x[${i}]`, `${describeValue(x[i])} is not one of options.levels`);
    const w = options.weights ? (options.weights[i] as number) : 1;
    if (t[i] === 1) {
      p1w[j] = (p1w[j] as number) + w;
      p1u[j] = (p1u[j] as number) + 1;
      s1w += w;
      n1++;
    } else {
      p0w[j] = (p0w[j] as number) + w;
      p0u[j] = (p0u[j] as number) + 1;
      s0w += w;
      n0++;
    }
  }
  if (!(s1w > 0)) throw new EstimatorInputError("options.weights", "are all zero in the treated arm");
  if (!(s0w > 0)) throw new EstimatorInputError("options.weights", "are all zero in the control arm");
  for (let j = 0; j < k; j++) {
    p1w[j] = (p1w[j] as number) / s1w;
    p0w[j] = (p0w[j] as number) / s0w;
    p1u[j] = (p1u[j] as number) / n1;
    p0u[j] = (p0u[j] as number) / n0;
  }
  const q1 = sdFrom === "weighted" ? p1w : p1u;
  const q0 = sdFrom === "weighted" ? p0w : p0u;
  const perLevel: CategoricalLevelSmd[] = levels.map((level, j) => {
    const a = q1[j] as number;
    const b = q0[j] as number;
    const sd = denominatorSd(a * (1 - a), b * (1 - b), denominator);
    return {
      level,
      proportionTreated: p1w[j] as number,
      proportionControl: p0w[j] as number,
      smd: standardise((p1w[j] as number) - (p0w[j] as number), sd),
    };
  });
  return { levels: perLevel, smd: yangDalton(p1w, p0w, q1, q0, denominator) };
}

/** Yang & Dalton's multivariate SMD over levels 1..k−1 (level 0 is the reference). */
function yangDalton(p1: number[], p0: number[], q1: number[], q0: number[], denominator: SmdDenominator): number {
  const m = p1.length - 1;
  if (m < 1) return 0;
  const d = Array.from({ length: m }, (_, i) => (p1[i + 1] as number) - (p0[i + 1] as number));
  const cov = (q: number[]): Matrix =>
    Array.from({ length: m }, (_, i) =>
      Array.from({ length: m }, (_, j) => (i === j ? (q[i + 1] as number) * (1 - (q[i + 1] as number)) : -(q[i + 1] as number) * (q[j + 1] as number))),
    );
  const c1 = cov(q1);
  const c0 = cov(q0);
  const s: Matrix = denominator === "pooled" ? c1.map((row, i) => row.map((v, j) => (v + ((c0[i] as number[])[j] as number)) / 2)) : denominator === "treated" ? c1 : c0;
  const sInv = symmetricPseudoInverse(s);
  // Is d in the range of S? Residual r = d − S S⁺ d.
  const sInvD = sInv.map((row) => row.reduce((acc, v, j) => acc + v * (d[j] as number), 0));
  const projected = s.map((row) => row.reduce((acc, v, j) => acc + v * (sInvD[j] as number), 0));
  const scale = Math.max(1e-300, ...d.map(Math.abs));
  const outside = d.some((v, i) => Math.abs(v - (projected[i] as number)) > 1e-9 * scale && Math.abs(v) > 1e-12);
  if (outside) return Infinity;
  const q = d.reduce((acc, v, i) => acc + v * (sInvD[i] as number), 0);
  return Math.sqrt(Math.max(0, q));
}
