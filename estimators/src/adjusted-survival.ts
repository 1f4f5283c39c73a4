/**
 * Covariate-adjusted (causal) survival by inverse probability of treatment weighting: Kaplan–Meier
 * curves per arm weighted by propensity-score weights (R's `survfit(Surv(time, status) ~ arm,
 * weights = w)`), the adjusted survival difference S₁(τ) − S₀(τ) and RMST difference
 * ∫₀^τ (S₁ − S₀) at a horizon τ, and their full-refit bootstrap: each replicate resamples subjects,
 * refits the propensity model on the resample, recomputes the weights and the weighted curves.
 * Replicate b depends only on (seed, b) (see `bootstrapStreamStates`), so any split of the
 * replicates over Web Workers gives the same result.
 */
import { bootstrapIntervals, type BootstrapIntervals } from "./bootstrap.js";
import { bootstrapStreamStates, createResampler, resampleFromState, type BootstrapStrata } from "./bootstrap-resample.js";
import type { ReplicateOutcome } from "./bootstrap-effect.js";
import { fitCox, type CoxFit, type CoxOptions } from "./cox.js";
import { kaplanMeier, type KaplanMeierOptions, type KaplanMeierResult } from "./kaplan-meier.js";
import type { Matrix } from "./matrix.js";
import { fitPropensity } from "./propensity.js";
import { estimands, propensityWeights, type Estimand } from "./propensity-weights.js";
import { checkCaseWeights, checkSurvivalData } from "./survival-data.js";
import { checkInteger, checkMatrix, checkNumberInRange, checkOneOf, checkTreatment, describeValue, EstimatorInputError } from "./validate.js";

/** Subjects of an adjusted survival analysis. */
export interface AdjustedSurvivalData {
  /** Follow-up times (≥ 0). */
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored. */
  status: ArrayLike<number | boolean>;
  /** 1 = treated, 0 = control. */
  treatment: ArrayLike<number | boolean>;
  /** n × k covariates of the propensity model (no intercept column). */
  covariates: Matrix;
  /** Covariate names, for the propensity model's messages. */
  covariateNames?: readonly string[];
}

export interface AdjustedSurvivalOptions {
  /** Horizon τ (> 0, at most every arm's largest follow-up time). */
  tau: number;
  /** Weights: `"ATE"` (default: 1/e, 1/(1 − e)), `"ATT"` or `"ATO"` (see `propensityWeights`). */
  estimand?: Estimand;
  /** Ridge penalty of the propensity model (default 0). */
  propensityRidge?: number;
}

/** The weighted survival contrast at τ. */
export interface SurvivalContrastAtTau {
  tau: number;
  /** Weighted Kaplan–Meier S(τ) of the treated and of the controls. */
  survival1: number;
  survival0: number;
  /** S₁(τ) − S₀(τ). */
  survivalDifference: number;
  /** Area under each weighted curve from 0 to τ. */
  rmst1: number;
  rmst0: number;
  /** RMST₁(τ) − RMST₀(τ). */
  rmstDifference: number;
}

export interface AdjustedSurvivalContrast extends SurvivalContrastAtTau {
  estimand: Estimand;
  /** Fitted propensity scores and the weights used, one per subject. */
  propensity: number[];
  weights: number[];
}

/**
 * Weighted Kaplan–Meier curves of the controls (`curves[0]`, group 0) and the treated
 * (`curves[1]`, group 1) with the given (e.g. inverse-probability) weights: `kaplanMeier` with
 * `groups = treatment`. With non-integer weights the standard errors are R's robust
 * (infinitesimal-jackknife) ones, as `survfit(Surv(time, status) ~ arm, weights = w)` gives them.
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param weights fitted weights (≥ 0), e.g. `propensityWeights(fitPropensity(X, t).scores, t, "ATE")`
 * @param options the other options of `kaplanMeier` (confidence type and level, quantiles, …)
 * @throws EstimatorInputError naming the argument and value
 * @example
 * const km = ipwKaplanMeier([1, 2, 3, 4], [1, 0, 1, 1], [0, 0, 1, 1], [2, 1, 1.5, 0.5]);
 * km.curves[1].survival // => [0.25, 0]
 */
export function ipwKaplanMeier(
  time: ArrayLike<number>,
  status: ArrayLike<number | boolean>,
  treatment: ArrayLike<number | boolean>,
  weights: ArrayLike<number>,
  options: Omit<KaplanMeierOptions, "groups" | "levels" | "weights"> = {},
): KaplanMeierResult {
  const t = checkTreatment("treatment", treatment, time.length, true);
  return kaplanMeier(time, status, { ...options, weights, groups: t, levels: [0, 1] });
}

/** Time order of the subjects and their 0/1 data, prepared once for many weightings. */
interface SortedSurvival {
  order: Int32Array;
  time: Float64Array;
  status: Uint8Array;
  arm: Uint8Array;
}

function sortSurvival(time: ArrayLike<number>, status: readonly number[], arm: readonly number[]): SortedSurvival {
  const n = status.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (time[a] as number) - (time[b] as number) || a - b);
  return {
    order,
    time: Float64Array.from(order, (i) => time[i] as number),
    status: Uint8Array.from(order, (i) => status[i] as number),
    arm: Uint8Array.from(order, (i) => arm[i] as number),
  };
}

/**
 * S(τ) and ∫₀^τ S of one arm's weighted Kaplan–Meier curve; `w` is indexed by subject (original
 * order). Throws when τ is beyond the arm's largest follow-up time (S is not defined there).
 */
function armAtTau(s: SortedSurvival, w: ArrayLike<number>, a: number, tau: number, label: string): { survival: number; rmst: number } {
  const n = s.order.length;
  let atRisk = 0;
  let last = -Infinity;
  for (let r = 0; r < n; r++) {
    const wi = w[s.order[r] as number] as number;
    if (s.arm[r] === a && wi > 0) {
      atRisk += wi;
      last = s.time[r] as number;
    }
  }
  if (!(last >= tau)) {
    throw new EstimatorInputError("tau", `must not exceed the ${label} arm's largest follow-up time (${describeValue(last)}), got ${describeValue(tau)}`);
  }
  let surv = 1;
  let area = 0;
  let previous = 0;
  for (let r = 0; r < n; ) {
    const t0 = s.time[r] as number;
    if (t0 > tau) break;
    let d = 0;
    let leaving = 0;
    for (; r < n && s.time[r] === t0; r++) {
      if (s.arm[r] !== a) continue;
      const wi = w[s.order[r] as number] as number;
      leaving += wi;
      if (s.status[r] === 1) d += wi;
    }
    if (d > 0) {
      area += (t0 - previous) * surv;
      previous = t0;
      surv *= (atRisk - d) / atRisk;
    }
    atRisk -= leaving;
  }
  area += (tau - previous) * surv;
  return { survival: surv, rmst: area };
}

function contrast(s: SortedSurvival, w: ArrayLike<number>, tau: number): SurvivalContrastAtTau {
  const one = armAtTau(s, w, 1, tau, "treated");
  const zero = armAtTau(s, w, 0, tau, "control");
  return {
    tau,
    survival1: one.survival,
    survival0: zero.survival,
    survivalDifference: one.survival - zero.survival,
    rmst1: one.rmst,
    rmst0: zero.rmst,
    rmstDifference: one.rmst - zero.rmst,
  };
}

/**
 * S₁(τ) − S₀(τ) and RMST₁(τ) − RMST₀(τ) from the weighted Kaplan–Meier curve of each arm, with
 * given weights (the same curves as {@link ipwKaplanMeier}).
 *
 * @param tau horizon, > 0 and at most each arm's largest follow-up time
 * @throws EstimatorInputError naming the argument and value
 * @example
 * survivalContrastFromWeights([1, 2, 3, 4], [1, 0, 1, 1], [0, 0, 1, 1], [2, 1, 1.5, 0.5], 2).survivalDifference // => 0.6666666666666667
 */
export function survivalContrastFromWeights(
  time: ArrayLike<number>,
  status: ArrayLike<number | boolean>,
  treatment: ArrayLike<number | boolean>,
  weights: ArrayLike<number>,
  tau: number,
): SurvivalContrastAtTau {
  const st = checkSurvivalData(time, status);
  const t = checkTreatment("treatment", treatment, st.length, true);
  const w = checkCaseWeights(weights, st.length);
  checkNumberInRange("tau", tau, 0, Number.MAX_VALUE, true);
  return contrast(sortSurvival(time, st, t), w, tau);
}

interface Prepared {
  n: number;
  sorted: SortedSurvival;
  treatment: number[];
  covariates: Matrix;
  estimand: Estimand;
  tau: number;
  propensity: { covariateNames?: readonly string[]; ridge?: number };
}

function prepare(data: AdjustedSurvivalData, options: AdjustedSurvivalOptions): Prepared {
  if (data === null || typeof data !== "object") throw new EstimatorInputError("data", `must be {time, status, treatment, covariates}, got ${describeValue(data)}`);
  if (options === null || typeof options !== "object") throw new EstimatorInputError("options", `must be {tau, estimand?}, got ${describeValue(options)}`);
  const st = checkSurvivalData(data.time, data.status);
  const t = checkTreatment("treatment", data.treatment, st.length, true);
  checkMatrix("covariates", data.covariates);
  if (data.covariates.length !== st.length) throw new EstimatorInputError("covariates", `must have one row per subject (${st.length}), got ${data.covariates.length}`);
  checkNumberInRange("tau", options.tau, 0, Number.MAX_VALUE, true);
  const estimand = options.estimand ?? "ATE";
  checkOneOf("estimand", estimand, estimands);
  return {
    n: st.length,
    sorted: sortSurvival(data.time, st, t),
    treatment: t,
    covariates: data.covariates,
    estimand,
    tau: options.tau,
    propensity: {
      ...(data.covariateNames !== undefined ? { covariateNames: data.covariateNames } : {}),
      ...(options.propensityRidge !== undefined ? { ridge: options.propensityRidge } : {}),
    },
  };
}

/** Propensity fit and weights of rows `idx` (all subjects when null). */
function fitWeights(p: Prepared, idx: ArrayLike<number> | null): { scores: number[]; weights: number[] } {
  const rows = idx === null ? null : Array.from(idx);
  const X = rows === null ? p.covariates : rows.map((i) => p.covariates[i] as number[]);
  const t = rows === null ? p.treatment : rows.map((i) => p.treatment[i] as number);
  const scores = fitPropensity(X, t, p.propensity).scores;
  return { scores, weights: propensityWeights(scores, t, p.estimand) };
}

/**
 * The IPW-adjusted survival difference and RMST difference at τ: fits the propensity model
 * logit e(x) = β₀ + xᵀβ (`fitPropensity`), weights every subject (`propensityWeights`, ATE by
 * default), and compares the weighted Kaplan–Meier curves of the arms ({@link ipwKaplanMeier}).
 *
 * @param data times, statuses, treatment and the propensity model's covariates
 * @param options `tau` (required), `estimand`, `propensityRidge`
 * @throws EstimatorInputError for bad data, a failed propensity fit (separation, collinearity) or τ
 *   beyond an arm's follow-up
 * @example
 * adjustedSurvivalContrast({ time: [1, 2, 3, 4], status: [1, 0, 1, 1], treatment: [0, 1, 0, 1], covariates: [[0], [0], [1], [1]] }, { tau: 3 }).survival0 // => 0
 */
export function adjustedSurvivalContrast(data: AdjustedSurvivalData, options: AdjustedSurvivalOptions): AdjustedSurvivalContrast {
  const p = prepare(data, options);
  const { scores, weights } = fitWeights(p, null);
  return { ...contrast(p.sorted, weights, p.tau), estimand: p.estimand, propensity: scores, weights };
}

export interface AdjustedSurvivalBootstrapOptions {
  /** PRNG seed (integer in [0, 2³²)); required. */
  seed: number;
  /** Replicates (default 1000). */
  replicates?: number;
  /** Level of the percentile intervals (default 0.95). */
  level?: number;
  /** Resample all subjects (`"none"`, default) or within each arm (`"treatment"`). */
  strata?: BootstrapStrata;
  /** Largest fraction of replicates allowed to fail (default 0). */
  maxFailureFraction?: number;
}

export interface AdjustedSurvivalBootstrapResult {
  estimate: AdjustedSurvivalContrast;
  seed: number;
  requested: number;
  failures: Array<{ replicate: number; message: string }>;
  /** Percentile intervals (and bootstrap SE) of S₁(τ) − S₀(τ) and of the RMST difference. */
  survivalDifference: BootstrapIntervals;
  rmstDifference: BootstrapIntervals;
  /** Finite replicate statistics in replicate order: [survival differences, RMST differences]. */
  replicateStatistics: number[][];
}

interface Settings {
  seed: number;
  replicates: number;
  level: number;
  strata: BootstrapStrata;
  maxFailureFraction: number;
}

function settingsOf(b: AdjustedSurvivalBootstrapOptions): Settings {
  if (b === null || typeof b !== "object") throw new EstimatorInputError("bootstrap", `must be {seed, replicates?, …}, got ${describeValue(b)}`);
  const replicates = b.replicates ?? 1000;
  checkInteger("bootstrap.replicates", replicates, 2, 1_000_000);
  checkInteger("bootstrap.seed", b.seed, 0, 4294967295);
  const level = b.level ?? 0.95;
  checkNumberInRange("bootstrap.level", level, 0, 1, true);
  const strata = b.strata ?? "none";
  checkOneOf("bootstrap.strata", strata, ["none", "treatment"] as const);
  const maxFailureFraction = b.maxFailureFraction ?? 0;
  checkNumberInRange("bootstrap.maxFailureFraction", maxFailureFraction, 0, 1);
  return { seed: b.seed, replicates, level, strata, maxFailureFraction };
}

/** An adjusted-survival bootstrap's replicates, computable in any pieces (what a Web Worker holds). */
export interface AdjustedSurvivalReplicator {
  readonly replicates: number;
  readonly n: number;
  /** Replicates `from` … `to − 1` (0-based; outcomes carry 1-based replicate numbers). */
  run(from: number, to: number): ReplicateOutcome[];
}

/**
 * Prepares the full-refit bootstrap of {@link adjustedSurvivalContrast}: records every replicate's
 * stream state, so that replicate b depends only on (seed, b). Replicate b resamples the subjects,
 * refits the propensity model on the resample, weights the resampled subjects and recomputes both
 * weighted curves (duplicates of a subject enter with their summed weight, which is the curve of
 * the materialised resample). A replicate whose refit fails (e.g. separation) or whose arm ends
 * before τ is a failure carrying the message.
 *
 * @example
 * const r = createAdjustedSurvivalReplicator(data, { tau: 12 }, { seed: 1, replicates: 200 });
 * [...r.run(0, 100), ...r.run(100, 200)] // => r.run(0, 200)
 */
export function createAdjustedSurvivalReplicator(
  data: AdjustedSurvivalData,
  options: AdjustedSurvivalOptions,
  bootstrap: AdjustedSurvivalBootstrapOptions,
): AdjustedSurvivalReplicator {
  const s = settingsOf(bootstrap);
  const p = prepare(data, options);
  const resampler = createResampler(p.treatment, s.strata);
  const states = bootstrapStreamStates(resampler, s.seed, s.replicates);
  const idx = new Int32Array(p.n);
  const summed = new Float64Array(p.n);
  return {
    replicates: s.replicates,
    n: p.n,
    run(from, to) {
      checkInteger("from", from, 0, s.replicates);
      checkInteger("to", to, from, s.replicates);
      const out: ReplicateOutcome[] = [];
      for (let b = from; b < to; b++) {
        resampleFromState(resampler, states, b, idx);
        try {
          const { weights } = fitWeights(p, idx);
          summed.fill(0);
          for (let j = 0; j < p.n; j++) summed[idx[j] as number] = (summed[idx[j] as number] as number) + (weights[j] as number);
          const c = contrast(p.sorted, summed, p.tau);
          out.push({ replicate: b + 1, statistics: [c.survivalDifference, c.rmstDifference] });
        } catch (e) {
          if (!(e instanceof EstimatorInputError)) throw e;
          out.push({ replicate: b + 1, failure: e.message });
        }
      }
      return out;
    },
  };
}

/**
 * The bootstrap result from the estimate and all replicate outcomes (in any order): applies
 * `maxFailureFraction` and computes the percentile intervals (R's `boot.ci` type "perc"). What
 * {@link bootstrapAdjustedSurvival} returns, for replicates computed elsewhere.
 *
 * @throws EstimatorInputError when outcomes are missing or more replicates failed than allowed
 */
export function combineAdjustedSurvivalBootstrap(
  bootstrap: AdjustedSurvivalBootstrapOptions,
  estimate: AdjustedSurvivalContrast,
  outcomes: readonly ReplicateOutcome[],
): AdjustedSurvivalBootstrapResult {
  const s = settingsOf(bootstrap);
  if (outcomes.length !== s.replicates) throw new EstimatorInputError("outcomes", `must hold all ${s.replicates} replicates, got ${outcomes.length}`);
  const sorted = [...outcomes].sort((a, b) => a.replicate - b.replicate);
  const reps: number[][] = [[], []];
  const failures: Array<{ replicate: number; message: string }> = [];
  const allowed = Math.floor(s.maxFailureFraction * s.replicates);
  for (const o of sorted) {
    if ("failure" in o) {
      failures.push({ replicate: o.replicate, message: o.failure });
      if (failures.length > allowed) {
        throw new EstimatorInputError(
          "bootstrap",
          `replicate ${o.replicate} (seed ${s.seed}) failed: ${o.failure}. ${failures.length} failure(s) so far; allowed: ${allowed} (maxFailureFraction ${s.maxFailureFraction})`,
        );
      }
    } else o.statistics.forEach((v, j) => (reps[j] as number[]).push(v));
  }
  return {
    estimate,
    seed: s.seed,
    requested: s.replicates,
    failures,
    survivalDifference: bootstrapIntervals(estimate.survivalDifference, reps[0] as number[], { level: s.level }),
    rmstDifference: bootstrapIntervals(estimate.rmstDifference, reps[1] as number[], { level: s.level }),
    replicateStatistics: reps,
  };
}

/**
 * {@link adjustedSurvivalContrast} with full-refit bootstrap percentile intervals for the survival
 * difference and the RMST difference at τ (seeded: the same intervals on every run and engine).
 *
 * @param data as for {@link adjustedSurvivalContrast}
 * @param options `tau`, `estimand`, `propensityRidge`
 * @param bootstrap `seed` (required), `replicates`, `level`, `strata`, `maxFailureFraction`
 * @throws EstimatorInputError for invalid settings, any error of the original analysis, or too many failed replicates
 * @example
 * // surv300.csv (tests/reference/survival), treated = LOW or HIGH, covariates age and female:
 * bootstrapAdjustedSurvival(data, { tau: 200 }, { seed: 20261207, replicates: 60 }).rmstDifference.percentile
 * // => [7.814252267020772, 39.456379666879926] (pinned in tests/estimators/adjusted-survival.test.ts)
 */
export function bootstrapAdjustedSurvival(
  data: AdjustedSurvivalData,
  options: AdjustedSurvivalOptions,
  bootstrap: AdjustedSurvivalBootstrapOptions,
): AdjustedSurvivalBootstrapResult {
  const estimate = adjustedSurvivalContrast(data, options);
  const replicator = createAdjustedSurvivalReplicator(data, options, bootstrap);
  return combineAdjustedSurvivalBootstrap(bootstrap, estimate, replicator.run(0, replicator.replicates));
}

/**
 * Weighted Cox model of the treatment indicator (and optional further columns) with robust
 * (sandwich) standard errors: `fitCox(time, status, [treatment, …X], { weights, robust: true })`,
 * R's `coxph(Surv(time, status) ~ treatment + …, weights = w, robust = TRUE)`. With
 * inverse-probability weights and no other column, the hazard ratio is the marginal one.
 *
 * @param weights fitted weights (> 0)
 * @param options other `fitCox` options (ties, level, names, …)
 * @example
 * const f = weightedCox([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 0, 1], [1, 0, 1, 0, 1, 0], [1, 2, 1, 2, 1, 2]);
 * f.coefficients[0].robustSe !== null // => true
 */
export function weightedCox(
  time: ArrayLike<number>,
  status: ArrayLike<number | boolean>,
  treatment: ArrayLike<number | boolean>,
  weights: ArrayLike<number>,
  X: ArrayLike<ArrayLike<number>> | null = null,
  options: Omit<CoxOptions, "weights" | "robust"> = {},
): CoxFit {
  const t = checkTreatment("treatment", treatment, time.length, true);
  if (X !== null) {
    checkMatrix("X", X);
    if (X.length !== t.length) throw new EstimatorInputError("X", `must have one row per subject (${t.length}), got ${X.length}`);
  }
  const design = t.map((ti, i) => (X === null ? [ti] : [ti, ...Array.from(X[i] as ArrayLike<number>)]));
  const names = options.names ?? ["treatment", ...(X === null ? [] : Array.from({ length: (X[0] as ArrayLike<number>).length }, (_, j) => `x${j + 1}`))];
  return fitCox(time, status, design, { ...options, names, weights, robust: true });
}
