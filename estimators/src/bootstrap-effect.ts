/**
 * Bootstrap of a treatment-effect estimate: every replicate resamples subjects with replacement
 * and reruns the whole analysis (propensity model, trimming, outcome models, estimator), so the
 * intervals carry the uncertainty of every fitted model. Seeded, so a page and the build give the
 * same interval.
 */
import { bootstrapIntervals, jackknifeInfluence, type BootstrapIntervals } from "./bootstrap.js";
import { bootstrapStreamStates, createResampler, resampleFromState, type Resampler } from "./bootstrap-resample.js";
import { createPrng } from "./prng.js";
import { createReplicateEngine } from "./replicate-engine.js";
import { estimateTreatmentEffect, type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "./treatment-effect.js";
import { checkInteger, checkNumberInRange, checkOneOf, EstimatorInputError } from "./validate.js";
import { exp, ln } from "./elementary-functions.js";

export interface BootstrapEffectOptions {
  /** Number of bootstrap replicates (default 1000). */
  replicates?: number;
  /** PRNG seed (integer in [0, 2³²)); required, so that every interval is reproducible. */
  seed: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /**
   * Where the BCa acceleration comes from: `"jackknife"` (default; n leave-one-out reanalyses, as
   * boot.ci), `"influence"` (the estimator's own influence function on the original data: no
   * extra fits, for IPW and AIPW only; the acceleration is a skewness correction, so this
   * first-order approximation of the jackknife values is adequate), or `"none"` (no BCa interval).
   */
  acceleration?: "jackknife" | "influence" | "none";
  /** Resample within each arm (`"treatment"`, keeping the arm sizes, as in a randomised trial) or not (`"none"`, default). */
  strata?: "none" | "treatment";
  /**
   * Largest fraction of replicates allowed to fail (e.g. a resample in which a rare binary covariate
   * is constant); default 0: any failure stops with its message, since dropping failures biases
   * the interval.
   */
  maxFailureFraction?: number;
}

export interface BootstrapEffectResult {
  /** The analysis of the original data. */
  estimate: TreatmentEffectResult;
  seed: number;
  /** Replicates requested. */
  requested: number;
  /** Replicates that failed, with the reason (at most `maxFailureFraction` of them). */
  failures: Array<{ replicate: number; message: string }>;
  /** Intervals for the mean or risk difference. */
  difference: BootstrapIntervals;
  /** Binary outcomes: intervals for the risk ratio and odds ratio (computed on the log scale, reported exponentiated). */
  riskRatio: BootstrapIntervals | null;
  oddsRatio: BootstrapIntervals | null;
  /**
   * The finite replicate statistics in replicate order: `[differences]`, and for a binary outcome
   * also the log risk ratios and log odds ratios (what the intervals are computed from).
   */
  replicateStatistics: number[][];
}

function statistics(r: TreatmentEffectResult): number[] {
  return r.outcomeType === "binary" ? [r.difference.estimate, ln(r.riskRatio!.estimate), ln(r.oddsRatio!.estimate)] : [r.difference.estimate];
}

function exponentiate(b: BootstrapIntervals): BootstrapIntervals {
  const exp2 = (v: [number, number]): [number, number] => [exp(v[0]), exp(v[1])];
  return { ...b, percentile: exp2(b.percentile), bca: b.bca === null ? null : exp2(b.bca) };
}

/** The analysis of a resample given by row indices, fast (frequency weights) when possible. */
interface ReplicateRunner {
  /** The statistics of the analysis of rows `idx` (in this order); throws the analysis' EstimatorInputError. */
  run(idx: ArrayLike<number>): number[];
}

function createReplicateRunner(input: TreatmentEffectInput, options: TreatmentEffectOptions): ReplicateRunner {
  const engine = createReplicateEngine(input, options);
  const n = input.outcome.length;
  const counts = new Float64Array(n);
  const reference = (idx: ArrayLike<number>): number[] => {
    const rows = Array.from(idx);
    return statistics(
      estimateTreatmentEffect(
        {
          covariates: rows.map((i) => input.covariates[i] as number[]),
          treatment: rows.map((i) => input.treatment[i] as number | boolean),
          outcome: rows.map((i) => input.outcome[i] as number),
          ...(input.covariateNames !== undefined ? { covariateNames: input.covariateNames } : {}),
        },
        options,
      ),
    );
  };
  return {
    run(idx) {
      if (engine === null) return reference(idx);
      counts.fill(0);
      for (let j = 0; j < idx.length; j++) counts[idx[j] as number] = (counts[idx[j] as number] as number) + 1;
      return engine.statistics(counts) ?? reference(idx);
    },
  };
}

/** Settings of a bootstrap, validated. */
interface BootstrapSettings {
  replicates: number;
  seed: number;
  level: number;
  acceleration: "jackknife" | "influence" | "none";
  strata: "none" | "treatment";
  maxFailureFraction: number;
  maxFailures: number;
}

function bootstrapSettings(bootstrap: BootstrapEffectOptions): BootstrapSettings {
  if (bootstrap === null || typeof bootstrap !== "object") throw new EstimatorInputError("bootstrap", "must be {seed, replicates?, …}");
  const replicates = bootstrap.replicates ?? 1000;
  checkInteger("bootstrap.replicates", replicates, 2, 1_000_000);
  checkInteger("bootstrap.seed", bootstrap.seed, 0, 4294967295);
  const level = bootstrap.level ?? 0.95;
  checkNumberInRange("bootstrap.level", level, 0, 1, true);
  const acceleration = bootstrap.acceleration ?? "jackknife";
  checkOneOf("bootstrap.acceleration", acceleration, ["jackknife", "influence", "none"] as const);
  const strata = bootstrap.strata ?? "none";
  checkOneOf("bootstrap.strata", strata, ["none", "treatment"] as const);
  const maxFailureFraction = bootstrap.maxFailureFraction ?? 0;
  checkNumberInRange("bootstrap.maxFailureFraction", maxFailureFraction, 0, 1);
  return { replicates, seed: bootstrap.seed, level, acceleration, strata, maxFailureFraction, maxFailures: Math.floor(maxFailureFraction * replicates) };
}

/** One replicate's outcome: its statistics, or the message of the error that stopped it. */
export type ReplicateOutcome = { replicate: number; statistics: number[] } | { replicate: number; failure: string };

function runReplicate(runner: ReplicateRunner, replicate: number, idx: Int32Array): ReplicateOutcome {
  try {
    return { replicate, statistics: runner.run(idx) };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return { replicate, failure: e.message };
  }
}

function tooManyFailures(settings: BootstrapSettings, failures: Array<{ replicate: number; message: string }>): EstimatorInputError {
  const last = failures[failures.length - 1] as { replicate: number; message: string };
  return new EstimatorInputError(
    "bootstrap",
    `replicate ${last.replicate} (seed ${settings.seed}) failed: ${last.message}. ${failures.length} failure(s) so far; allowed: ${settings.maxFailures} (maxFailureFraction ${settings.maxFailureFraction})`,
  );
}

/**
 * Replicates `from` … `to − 1` (0-based) of a bootstrap, each computed from its own place in the
 * seeded stream (see `bootstrapStreamStates`), so that any split of the replicates over workers
 * gives the replicates of {@link bootstrapTreatmentEffect} exactly. Failed replicates are returned
 * with their message (1-based replicate numbers, as in the errors); {@link combineBootstrap} applies
 * `maxFailureFraction`.
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @param bootstrap the bootstrap's options (`strata` matters here)
 * @param states from `bootstrapStreamStates(createResampler(input.treatment, strata), seed, replicates)`
 * @param from first replicate (0-based, inclusive)
 * @param to last replicate (exclusive)
 * @example
 * bootstrapReplicateRange(input, opts, { seed: 1 }, states, 0, 10).length // => 10
 */
export function bootstrapReplicateRange(
  input: TreatmentEffectInput,
  options: TreatmentEffectOptions,
  bootstrap: BootstrapEffectOptions,
  states: Uint32Array,
  from: number,
  to: number,
): ReplicateOutcome[] {
  const settings = bootstrapSettings(bootstrap);
  checkInteger("from", from, 0, states.length / 4);
  checkInteger("to", to, from, states.length / 4);
  const resampler = createResampler(input.treatment, settings.strata);
  const runner = createReplicateRunner(input, { ...options, level: settings.level });
  const idx = new Int32Array(resampler.n);
  const out: ReplicateOutcome[] = [];
  for (let b = from; b < to; b++) {
    resampleFromState(resampler, states, b, idx);
    out.push(runReplicate(runner, b + 1, idx));
  }
  return out;
}

/**
 * Leave-one-out statistics (the bootstrap statistics of the analysis without subject i) for
 * subjects `from` … `to − 1`: the jackknife behind the BCa acceleration, in pieces that workers can
 * share.
 *
 * @throws EstimatorInputError naming the subject whose omission makes the analysis fail
 * @example
 * jackknifeStatistics(input, opts, 0, 2) // => [[θ₍₀₎], [θ₍₁₎]]
 */
export function jackknifeStatistics(input: TreatmentEffectInput, options: TreatmentEffectOptions, from: number, to: number): number[][] {
  return jackknifeWith(createReplicateRunner(input, options), input.outcome.length, from, to);
}

function jackknifeWith(runner: ReplicateRunner, n: number, from: number, to: number): number[][] {
  checkInteger("from", from, 0, n);
  checkInteger("to", to, from, n);
  const idx = new Int32Array(n - 1);
  const out: number[][] = [];
  for (let i = from; i < to; i++) {
    for (let j = 0, k = 0; j < n; j++) if (j !== i) idx[k++] = j;
    try {
      out.push(runner.run(idx));
    } catch (e) {
      if (!(e instanceof EstimatorInputError)) throw e;
      throw new EstimatorInputError("bootstrap", `the jackknife (for the BCa acceleration) failed without subject ${i}: ${e.message}; use acceleration "none"`);
    }
  }
  return out;
}

/** A bootstrap's replicates and jackknife, computable in any pieces (what a Web Worker holds). */
export interface BootstrapReplicator {
  /** B. */
  readonly replicates: number;
  /** Subjects. */
  readonly n: number;
  /** Replicates `from` … `to − 1` (0-based; outcomes carry 1-based replicate numbers). */
  run(from: number, to: number): ReplicateOutcome[];
  /** Leave-one-out statistics of subjects `from` … `to − 1`. */
  jackknife(from: number, to: number): number[][];
}

/**
 * Prepares a bootstrap's replicates for computation in pieces: records the stream state of every
 * replicate (`bootstrapStreamStates`) and builds the replicate engine once. Any split of
 * `run(0, B)` into ranges, in any order and on any thread, gives exactly the replicates of
 * {@link bootstrapTreatmentEffect} with the same seed; {@link combineBootstrap} turns them into the
 * same result.
 *
 * @example
 * const r = createBootstrapReplicator(input, opts, { seed: 1, replicates: 1000 });
 * combineBootstrap(input, opts, { seed: 1, replicates: 1000 }, estimate, [...r.run(500, 1000), ...r.run(0, 500)])
 * // => bootstrapTreatmentEffect(input, opts, { seed: 1, replicates: 1000 })
 */
export function createBootstrapReplicator(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions): BootstrapReplicator {
  const settings = bootstrapSettings(bootstrap);
  const opts = { ...options, level: settings.level };
  const resampler = createResampler(input.treatment, settings.strata);
  const states = bootstrapStreamStates(resampler, settings.seed, settings.replicates);
  const runner = createReplicateRunner(input, opts);
  const idx = new Int32Array(resampler.n);
  return {
    replicates: settings.replicates,
    n: resampler.n,
    run(from, to) {
      checkInteger("from", from, 0, settings.replicates);
      checkInteger("to", to, from, settings.replicates);
      const out: ReplicateOutcome[] = [];
      for (let b = from; b < to; b++) {
        resampleFromState(resampler, states, b, idx);
        out.push(runReplicate(runner, b + 1, idx));
      }
      return out;
    },
    jackknife: (from, to) => jackknifeWith(runner, resampler.n, from, to),
  };
}

/**
 * The bootstrap result from the analysis of the original data and every replicate's outcome (in
 * any order; they are sorted by replicate): applies `maxFailureFraction`, computes the jackknife
 * or influence acceleration and the intervals. What {@link bootstrapTreatmentEffect} returns, for
 * replicates computed elsewhere (e.g. in Web Workers by {@link bootstrapReplicateRange}).
 *
 * @param leaveOneOut for the jackknife acceleration, every subject's leave-one-out statistics if
 *   already computed (e.g. in workers by {@link jackknifeStatistics}); computed here otherwise
 * @throws EstimatorInputError when more replicates failed than allowed (naming the first one
 *   beyond the allowance, as the sequential bootstrap does), or when the jackknife fails
 */
export function combineBootstrap(
  input: TreatmentEffectInput,
  options: TreatmentEffectOptions,
  bootstrap: BootstrapEffectOptions,
  estimate: TreatmentEffectResult,
  outcomes: readonly ReplicateOutcome[],
  leaveOneOut?: readonly number[][],
): BootstrapEffectResult {
  const settings = bootstrapSettings(bootstrap);
  if (outcomes.length !== settings.replicates) throw new EstimatorInputError("outcomes", `must hold all ${settings.replicates} replicates, got ${outcomes.length}`);
  const sorted = [...outcomes].sort((a, b) => a.replicate - b.replicate);
  const t0 = statistics(estimate);
  const reps: number[][] = t0.map(() => []);
  const failures: Array<{ replicate: number; message: string }> = [];
  for (const o of sorted) {
    if ("failure" in o) {
      failures.push({ replicate: o.replicate, message: o.failure });
      if (failures.length > settings.maxFailures) throw tooManyFailures(settings, failures);
    } else o.statistics.forEach((v, j) => (reps[j] as number[]).push(v));
  }
  const level = settings.level;
  const n = estimate.n;
  let influence: number[][] | null = null;
  if (settings.acceleration === "jackknife") {
    const loo = leaveOneOut ?? jackknifeStatistics(input, { ...options, level }, 0, n);
    if (loo.length !== n) throw new EstimatorInputError("leaveOneOut", `must hold every subject's leave-one-out statistics (${n}), got ${loo.length}`);
    const armOf = Array.from({ length: n }, (_, i) => (input.treatment[i] === 1 || input.treatment[i] === true ? 1 : 0));
    influence = t0.map((t, j) =>
      jackknifeInfluence(
        t,
        loo.map((s) => s[j] as number),
        settings.strata === "treatment" ? armOf : undefined,
      ),
    );
  }
  if (settings.acceleration === "influence") {
    const inf = estimate.influence;
    if (inf === null) {
      throw new EstimatorInputError(
        "bootstrap.acceleration",
        `"influence" needs an estimator with an influence function (ipw-ht, ipw-hajek, aipw), got ${options.method}; use "jackknife"`,
      );
    }
    const p1 = estimate.mean1;
    const p0 = estimate.mean0;
    const diff = inf.mean1.map((v, i) => v - (inf.mean0[i] as number));
    influence = [diff];
    if (estimate.outcomeType === "binary") {
      influence.push(inf.mean1.map((v, i) => v / p1 - (inf.mean0[i] as number) / p0));
      influence.push(inf.mean1.map((v, i) => v / (p1 * (1 - p1)) - (inf.mean0[i] as number) / (p0 * (1 - p0))));
    }
  }
  const intervals = (j: number) => bootstrapIntervals(t0[j] as number, reps[j] as number[], { level, ...(influence !== null ? { influence: influence[j] as number[] } : {}) });
  const binary = estimate.outcomeType === "binary";
  return {
    estimate,
    seed: settings.seed,
    requested: settings.replicates,
    failures,
    difference: intervals(0),
    riskRatio: binary ? exponentiate(intervals(1)) : null,
    oddsRatio: binary ? exponentiate(intervals(2)) : null,
    replicateStatistics: reps,
  };
}

/**
 * Percentile and BCa bootstrap intervals for {@link estimateTreatmentEffect}, refitting every model
 * in every replicate. Intervals follow R's `boot.ci` (see `bootstrapIntervals`); the BCa
 * acceleration comes from the jackknife (leave-one-out reanalyses).
 *
 * Each replicate is the analysis of the resampled rows; it is computed with frequency weights by
 * `createReplicateEngine` (the same numbers up to floating-point summation order, about 40 times
 * faster), falling back to the analysis of the materialised rows whenever the fast path declines,
 * so every error and failure is the reference analysis' own.
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @param bootstrap `seed` (required), `replicates`, `level`, `acceleration`, `strata`, `maxFailureFraction`
 * @throws EstimatorInputError for invalid settings, for any error of the original analysis, and
 *   when more replicates fail than allowed (with the first failure's message)
 * @example
 * bootstrapTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 200 }).difference.bca
 * // => the same interval on every run (pinned by the test)
 */
export function bootstrapTreatmentEffect(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapEffectOptions): BootstrapEffectResult {
  const settings = bootstrapSettings(bootstrap);
  const level = settings.level;
  const estimate = estimateTreatmentEffect(input, { ...options, level });
  const resampler: Resampler = createResampler(input.treatment, settings.strata);
  const runner = createReplicateRunner(input, { ...options, level });
  const rng = createPrng(settings.seed);
  const idx = new Int32Array(resampler.n);
  const outcomes: ReplicateOutcome[] = [];
  const failures: Array<{ replicate: number; message: string }> = [];
  for (let b = 0; b < settings.replicates; b++) {
    resampler.draw(rng, idx);
    const o = runReplicate(runner, b + 1, idx);
    outcomes.push(o);
    if ("failure" in o) {
      failures.push({ replicate: o.replicate, message: o.failure });
      if (failures.length > settings.maxFailures) throw tooManyFailures(settings, failures);
    }
  }
  return combineBootstrap(input, options, bootstrap, estimate, outcomes);
}
