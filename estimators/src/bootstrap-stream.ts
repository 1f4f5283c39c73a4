/**
 * The full-refit bootstrap of `bootstrapTreatmentEffect`, computed a few replicates at a time, so
 * that a page can run it between frames (with a progress bar, and stop it when a control changes)
 * and still obtain exactly the interval the build computes with the same seed: the same resamples
 * in the same order, the same estimator, the same interval formulas. Unstratified resampling; the
 * BCa acceleration from the estimator's influence function (`"influence"`) or none.
 */
import { combineBootstrap, createBootstrapReplicator, type BootstrapEffectResult, type ReplicateOutcome } from "./bootstrap-effect.js";
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

/**
 * Starts a bootstrap stream. The replicates come from `createBootstrapReplicator` (the same
 * resamples and the same replicate engine as `bootstrapTreatmentEffect`) and the intervals from
 * `combineBootstrap`, so the result equals the build's digit for digit.
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
  const settings = { seed: bootstrap.seed, replicates: bootstrap.replicates, level, acceleration, maxFailureFraction };
  const replicator = createBootstrapReplicator(input, options, settings);
  const maxFailures = Math.floor(maxFailureFraction * bootstrap.replicates);
  const outcomes: ReplicateOutcome[] = [];
  let failures = 0;
  let done = 0;
  return {
    get done() {
      return done;
    },
    total: bootstrap.replicates,
    estimate,
    step(count: number) {
      checkInteger("count", count, 1);
      const end = Math.min(bootstrap.replicates, done + count);
      for (const o of replicator.run(done, end)) {
        outcomes.push(o);
        if ("failure" in o && ++failures > maxFailures) {
          throw new EstimatorInputError("bootstrap", `replicate ${o.replicate} (seed ${bootstrap.seed}) failed: ${o.failure}. ${failures} failure(s) so far; allowed: ${maxFailures} (maxFailureFraction ${maxFailureFraction})`);
        }
      }
      done = end;
      return done;
    },
    result() {
      if (done < bootstrap.replicates) throw new EstimatorInputError("bootstrap", `only ${done} of ${bootstrap.replicates} replicates are done`);
      return combineBootstrap(input, options, settings, estimate, outcomes);
    },
  };
}
