/**
 * The full-refit bootstrap of `bootstrapTreatmentEffect`, computed a few replicates at a time, so
 * that a page can run it between frames (with a progress bar, and stop it when a control changes)
 * and still obtain exactly the interval the build computes with the same seed: the same resamples
 * in the same order, the same estimator, the same interval formulas. Unstratified resampling; the
 * BCa acceleration from the estimator's influence function (`"influence"`) or none.
 */
import type { BootstrapEffectResult } from "./bootstrap-effect.js";
import { bootstrapIntervals } from "./bootstrap.js";
import { createPrng } from "./prng.js";
import { estimateTreatmentEffect, type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "./treatment-effect.js";
import { checkInteger, checkNumberInRange, checkOneOf, EstimatorInputError } from "./validate.js";

export interface BootstrapStreamOptions {
  seed: number;
  replicates: number;
  level?: number;
  acceleration?: "influence" | "none";
  maxFailureFraction?: number;
}

export interface BootstrapStream {
  /** Replicates computed so far. */
  readonly done: number;
  readonly total: number;
  /** The analysis of the original data. */
  readonly estimate: TreatmentEffectResult;
  /** Computes up to `count` more replicates; returns the number done. Throws like `bootstrapTreatmentEffect` when too many fail. */
  step(count: number): number;
  /** The intervals (after every replicate is done). */
  result(): BootstrapEffectResult;
}

const statistics = (r: TreatmentEffectResult): number[] =>
  r.outcomeType === "binary" ? [r.difference.estimate, Math.log(r.riskRatio!.estimate), Math.log(r.oddsRatio!.estimate)] : [r.difference.estimate];

/**
 * Starts a bootstrap stream.
 *
 * @example
 * const s = createBootstrapStream(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 200 });
 * while (s.done < s.total) s.step(20);
 * s.result().difference.percentile // => bootstrapTreatmentEffect(input, options, {seed: 1, replicates: 200, acceleration: "influence"}).difference.percentile
 */
export function createBootstrapStream(input: TreatmentEffectInput, options: TreatmentEffectOptions, bootstrap: BootstrapStreamOptions): BootstrapStream {
  checkInteger("bootstrap.replicates", bootstrap.replicates, 2, 1_000_000);
  checkInteger("bootstrap.seed", bootstrap.seed, 0, 4294967295);
  const level = bootstrap.level ?? 0.95;
  checkNumberInRange("bootstrap.level", level, 0, 1, true);
  const acceleration = bootstrap.acceleration ?? "influence";
  checkOneOf("bootstrap.acceleration", acceleration, ["influence", "none"] as const);
  const maxFailureFraction = bootstrap.maxFailureFraction ?? 0;
  checkNumberInRange("bootstrap.maxFailureFraction", maxFailureFraction, 0, 1);
  const estimate = estimateTreatmentEffect(input, { ...options, level });
  if (acceleration === "influence" && estimate.influence === null) {
    throw new EstimatorInputError("bootstrap.acceleration", `"influence" needs an estimator with an influence function (ipw-ht, ipw-hajek, aipw), got ${options.method}; use "none"`);
  }
  const t0 = statistics(estimate);
  const n = estimate.n;
  const rng = createPrng(bootstrap.seed);
  const reps: number[][] = t0.map(() => []);
  const failures: Array<{ replicate: number; message: string }> = [];
  const maxFailures = Math.floor(maxFailureFraction * bootstrap.replicates);
  let done = 0;
  const rows = (idx: number[]): TreatmentEffectInput => ({
    covariates: idx.map((i) => input.covariates[i] as number[]),
    treatment: idx.map((i) => input.treatment[i] as number | boolean),
    outcome: idx.map((i) => input.outcome[i] as number),
    ...(input.covariateNames !== undefined ? { covariateNames: input.covariateNames } : {}),
  });
  return {
    get done() {
      return done;
    },
    total: bootstrap.replicates,
    estimate,
    step(count: number) {
      checkInteger("count", count, 1);
      const end = Math.min(bootstrap.replicates, done + count);
      for (; done < end; ) {
        const b = done;
        const idx = Array.from({ length: n }, () => rng.integer(n));
        done++;
        try {
          statistics(estimateTreatmentEffect(rows(idx), { ...options, level })).forEach((v, j) => (reps[j] as number[]).push(v));
        } catch (e) {
          if (!(e instanceof EstimatorInputError)) throw e;
          failures.push({ replicate: b + 1, message: e.message });
          if (failures.length > maxFailures) {
            throw new EstimatorInputError("bootstrap", `replicate ${b + 1} (seed ${bootstrap.seed}) failed: ${e.message}. ${failures.length} failure(s) so far; allowed: ${maxFailures} (maxFailureFraction ${maxFailureFraction})`);
          }
        }
      }
      return done;
    },
    result() {
      if (done < bootstrap.replicates) throw new EstimatorInputError("bootstrap", `only ${done} of ${bootstrap.replicates} replicates are done`);
      let influence: number[][] | null = null;
      if (acceleration === "influence") {
        const inf = estimate.influence!;
        const p1 = estimate.mean1;
        const p0 = estimate.mean0;
        influence = [inf.mean1.map((v, i) => v - (inf.mean0[i] as number))];
        if (estimate.outcomeType === "binary") {
          influence.push(inf.mean1.map((v, i) => v / p1 - (inf.mean0[i] as number) / p0));
          influence.push(inf.mean1.map((v, i) => v / (p1 * (1 - p1)) - (inf.mean0[i] as number) / (p0 * (1 - p0))));
        }
      }
      const intervals = (j: number) => bootstrapIntervals(t0[j] as number, reps[j] as number[], { level, ...(influence !== null ? { influence: influence[j] as number[] } : {}) });
      const exp = (b: ReturnType<typeof intervals>) => ({
        ...b,
        percentile: [Math.exp(b.percentile[0]), Math.exp(b.percentile[1])] as [number, number],
        bca: b.bca === null ? null : ([Math.exp(b.bca[0]), Math.exp(b.bca[1])] as [number, number]),
      });
      const binary = estimate.outcomeType === "binary";
      return {
        estimate,
        seed: bootstrap.seed,
        requested: bootstrap.replicates,
        failures,
        difference: intervals(0),
        riskRatio: binary ? exp(intervals(1)) : null,
        oddsRatio: binary ? exp(intervals(2)) : null,
      };
    },
  };
}
