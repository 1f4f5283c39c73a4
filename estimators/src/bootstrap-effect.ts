/**
 * Bootstrap of a treatment-effect estimate: every replicate resamples subjects with replacement
 * and reruns the whole analysis (propensity model, trimming, outcome models, estimator), so the
 * intervals carry the uncertainty of every fitted model. Seeded, so a page and the build give the
 * same interval.
 */
import { bootstrapIntervals, jackknifeInfluence, type BootstrapIntervals } from "./bootstrap.js";
import { createPrng } from "./prng.js";
import { estimateTreatmentEffect, type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "./treatment-effect.js";
import { checkInteger, checkNumberInRange, checkOneOf, EstimatorInputError } from "./validate.js";

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
}

function statistics(r: TreatmentEffectResult): number[] {
  return r.outcomeType === "binary" ? [r.difference.estimate, Math.log(r.riskRatio!.estimate), Math.log(r.oddsRatio!.estimate)] : [r.difference.estimate];
}

function exponentiate(b: BootstrapIntervals): BootstrapIntervals {
  const exp2 = (v: [number, number]): [number, number] => [Math.exp(v[0]), Math.exp(v[1])];
  return { ...b, percentile: exp2(b.percentile), bca: b.bca === null ? null : exp2(b.bca) };
}

/**
 * Percentile and BCa bootstrap intervals for {@link estimateTreatmentEffect}, refitting every model
 * in every replicate. Intervals follow R's `boot.ci` (see `bootstrapIntervals`); the BCa
 * acceleration comes from the jackknife (leave-one-out reanalyses).
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

  const estimate = estimateTreatmentEffect(input, { ...options, level });
  const t0 = statistics(estimate);
  const n = estimate.n;
  const rows = (idx: number[]): TreatmentEffectInput => ({
    covariates: idx.map((i) => input.covariates[i] as number[]),
    treatment: idx.map((i) => input.treatment[i] as number | boolean),
    outcome: idx.map((i) => input.outcome[i] as number),
    ...(input.covariateNames !== undefined ? { covariateNames: input.covariateNames } : {}),
  });
  const rng = createPrng(bootstrap.seed);
  const arms: number[][] = [[], []];
  for (let i = 0; i < n; i++) (arms[input.treatment[i] === 1 || input.treatment[i] === true ? 1 : 0] as number[]).push(i);
  const draw = (): number[] => {
    if (strata === "none") return Array.from({ length: n }, () => rng.integer(n));
    const out: number[] = [];
    for (const arm of arms) for (let j = 0; j < arm.length; j++) out.push(arm[rng.integer(arm.length)] as number);
    return out;
  };

  const reps: number[][] = t0.map(() => []);
  const failures: Array<{ replicate: number; message: string }> = [];
  const maxFailures = Math.floor(maxFailureFraction * replicates);
  for (let b = 0; b < replicates; b++) {
    const idx = draw();
    try {
      const s = statistics(estimateTreatmentEffect(rows(idx), { ...options, level }));
      s.forEach((v, j) => (reps[j] as number[]).push(v));
    } catch (e) {
      if (!(e instanceof EstimatorInputError)) throw e;
      failures.push({ replicate: b + 1, message: e.message });
      if (failures.length > maxFailures) {
        throw new EstimatorInputError(
          "bootstrap",
          `replicate ${b + 1} (seed ${bootstrap.seed}) failed: ${e.message}. ${failures.length} failure(s) so far; allowed: ${maxFailures} (maxFailureFraction ${maxFailureFraction})`,
        );
      }
    }
  }

  let influence: number[][] | null = null;
  if (acceleration === "jackknife") {
    const loo: number[][] = t0.map(() => []);
    for (let i = 0; i < n; i++) {
      const idx: number[] = [];
      for (let j = 0; j < n; j++) if (j !== i) idx.push(j);
      try {
        statistics(estimateTreatmentEffect(rows(idx), { ...options, level })).forEach((v, j) => (loo[j] as number[]).push(v));
      } catch (e) {
        if (!(e instanceof EstimatorInputError)) throw e;
        throw new EstimatorInputError("bootstrap", `the jackknife (for the BCa acceleration) failed without subject ${i}: ${e.message}; use acceleration "none"`);
      }
    }
    const armOf = Array.from({ length: n }, (_, i) => (input.treatment[i] === 1 || input.treatment[i] === true ? 1 : 0));
    influence = loo.map((v, j) => jackknifeInfluence(t0[j] as number, v, strata === "treatment" ? armOf : undefined));
  }
  if (acceleration === "influence") {
    const inf = estimate.influence;
    if (inf === null) {
      throw new EstimatorInputError("bootstrap.acceleration", `"influence" needs an estimator with an influence function (ipw-ht, ipw-hajek, aipw), got ${options.method}; use "jackknife"`);
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
  const intervals = (j: number) =>
    bootstrapIntervals(t0[j] as number, reps[j] as number[], { level, ...(influence !== null ? { influence: influence[j] as number[] } : {}) });
  const binary = estimate.outcomeType === "binary";
  return {
    estimate,
    seed: bootstrap.seed,
    requested: replicates,
    failures,
    difference: intervals(0),
    riskRatio: binary ? exponentiate(intervals(1)) : null,
    oddsRatio: binary ? exponentiate(intervals(2)) : null,
  };
}
