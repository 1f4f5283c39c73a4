/**
 * Refutation tests of an effect estimate, as DoWhy (Sharma & Kiciman 2020) does them: each
 * re-runs the analysis on data altered in a way whose effect on the estimate is known, and
 * compares the new estimates with that expectation.
 * - placebo treatment: the treatment is permuted at random → expected effect 0;
 * - random common cause: an independent N(0, 1) covariate is added → expected: unchanged;
 * - data subsets: a random subset (default 80 %) is analysed → expected: unchanged;
 * - dummy outcome: the outcome is replaced by noise independent of everything → expected 0.
 * Over K simulations the new estimates have mean m and SD s; as in DoWhy's normal-approximation
 * significance test, the refuter passes when the expected value is plausible under N(m, s²):
 * p = 2(1 − Φ(|expected − m|/s)) ≥ 0.05. Every draw comes from the seeded PRNG.
 */
import { normalCdf } from "./normal-distribution.js";
import { createPrng, type Prng } from "./prng.js";
import { estimateTreatmentEffect, type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
import { checkInteger, checkNumberInRange, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";

export type RefuterName = "placebo-treatment" | "random-common-cause" | "data-subset" | "dummy-outcome";

export interface RefutationResult {
  refuter: RefuterName;
  label: string;
  /** What the new estimates should be: 0, or the original estimate. */
  expected: number;
  expectedText: string;
  original: number;
  /** Mean and SD of the new estimates over the simulations. */
  observed: number;
  observedSd: number;
  simulations: number;
  /** p-value of the expected value under N(observed, observedSd²). */
  pValue: number;
  passed: boolean;
  /** The new estimates, in simulation order (failed simulations left out). */
  estimates: number[];
  /** Simulations that could not be analysed (e.g. a permuted treatment that a covariate separates), with the reason. */
  failures: string[];
  seed: number;
}

export interface RefuterOptions {
  /** Simulations (default 20). */
  simulations?: number;
  /** PRNG seed (required). */
  seed: number;
  /** Data subsets: fraction of subjects kept (default 0.8). */
  subsetFraction?: number;
  /** Significance level of the pass/fail test (default 0.05). */
  alpha?: number;
  /**
   * Largest fraction of simulations allowed to fail (default 0.25): in a small trial a permuted
   * treatment or a subset can make a propensity model separate. More failures stop with the first
   * failure's message.
   */
  maxFailureFraction?: number;
}

/**
 * A uniformly random permutation of 0 … n − 1 (Fisher–Yates with the seeded PRNG).
 *
 * @example
 * randomPermutation(4, createPrng(1)) // => the same permutation of [0, 1, 2, 3] on every run
 */
export function randomPermutation(n: number, rng: Prng): number[] {
  checkInteger("n", n, 0);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.integer(i + 1);
    const tmp = p[i] as number;
    p[i] = p[j] as number;
    p[j] = tmp;
  }
  return p;
}

/**
 * The treatment vector permuted (arm sizes unchanged), the placebo refuter's input.
 *
 * @example
 * placeboTreatment([1, 1, 0, 0], createPrng(7)) // => a permutation of [1, 1, 0, 0]
 */
export function placeboTreatment(treatment: ArrayLike<number | boolean>, rng: Prng): number[] {
  const t = Array.from(treatment, (v) => (v === 1 || v === true ? 1 : 0));
  return randomPermutation(t.length, rng).map((i) => t[i] as number);
}

function summarise(
  refuter: RefuterName,
  label: string,
  expected: number,
  expectedText: string,
  original: number,
  estimates: number[],
  failures: string[],
  seed: number,
  alpha: number,
): RefutationResult {
  const K = estimates.length;
  const observed = estimates.reduce((s, v) => s + v, 0) / K;
  const observedSd = Math.sqrt(estimates.reduce((s, v) => s + square(v - observed), 0) / (K - 1));
  const zStat = observedSd === 0 ? (expected === observed ? 0 : Infinity) : Math.abs(expected - observed) / observedSd;
  const pValue = 2 * (1 - normalCdf(zStat));
  return { refuter, label, expected, expectedText, original, observed, observedSd, simulations: K, pValue, passed: pValue >= alpha, estimates, failures, seed };
}

/** How each refuter is named in reports. */
export const refuterLabels: Record<RefuterName, string> = {
  "placebo-treatment": "Placebo treatment (permuted)",
  "random-common-cause": "Random common cause added",
  "data-subset": "Random data subsets",
  "dummy-outcome": "Dummy outcome (noise)",
};

/**
 * Runs one refuter.
 *
 * @param name which refuter
 * @param input data as for `estimateTreatmentEffect`
 * @param options the analysis being refuted
 * @param refuter `seed`, `simulations`, `subsetFraction`, `alpha`
 * @throws EstimatorInputError for invalid settings or when the original analysis or a simulation fails
 */
export function refute(name: RefuterName, input: TreatmentEffectInput, options: TreatmentEffectOptions, refuter: RefuterOptions): RefutationResult {
  const K = refuter.simulations ?? 20;
  checkInteger("refuter.simulations", K, 2, 10_000);
  checkInteger("refuter.seed", refuter.seed, 0, 4294967295);
  const fraction = refuter.subsetFraction ?? 0.8;
  checkNumberInRange("refuter.subsetFraction", fraction, 0, 1, true);
  const alpha = refuter.alpha ?? 0.05;
  checkNumberInRange("refuter.alpha", alpha, 0, 1, true);
  const maxFailureFraction = refuter.maxFailureFraction ?? 0.25;
  checkNumberInRange("refuter.maxFailureFraction", maxFailureFraction, 0, 1);
  const maxFailures = Math.min(K - 2, Math.floor(maxFailureFraction * K));
  const failures: string[] = [];
  const original = estimateTreatmentEffect(input, options).difference.estimate;
  const rng = createPrng(refuter.seed);
  const n = input.covariates.length;
  const names = input.covariateNames;
  const estimates: number[] = [];
  const run = (data: TreatmentEffectInput, s: number): void => {
    try {
      estimates.push(estimateTreatmentEffect(data, options).difference.estimate);
    } catch (e) {
      if (!(e instanceof EstimatorInputError)) throw e;
      failures.push(`simulation ${s + 1}: ${e.message}`);
      if (failures.length > maxFailures) {
        throw new EstimatorInputError(
          `refuter ${name} (seed ${refuter.seed})`,
          `${failures.length} of ${s + 1} simulations failed (allowed ${maxFailures} of ${K}); first: ${failures[0]}`,
        );
      }
    }
  };
  for (let s = 0; s < K; s++) {
    if (name === "placebo-treatment") {
      run({ ...input, treatment: placeboTreatment(input.treatment, rng) }, s);
    } else if (name === "random-common-cause") {
      const covariates = Array.from({ length: n }, (_, i) => [...Array.from(input.covariates[i] as ArrayLike<number>), rng.normal()]);
      run({ ...input, covariates, ...(names !== undefined ? { covariateNames: [...names, "random_common_cause"] } : {}) }, s);
    } else if (name === "data-subset") {
      const size = Math.max(2, Math.round(fraction * n));
      const idx = randomPermutation(n, rng)
        .slice(0, size)
        .sort((a, b) => a - b);
      run(
        {
          covariates: idx.map((i) => input.covariates[i] as ArrayLike<number>) as number[][],
          treatment: idx.map((i) => input.treatment[i] as number | boolean),
          outcome: idx.map((i) => input.outcome[i] as number),
          ...(names !== undefined ? { covariateNames: names } : {}),
        },
        s,
      );
    } else {
      const y = Array.from(input.outcome);
      const mean = y.reduce((a, v) => a + v, 0) / n;
      const sd = Math.sqrt(y.reduce((a, v) => a + square(v - mean), 0) / (n - 1));
      const outcome = options.outcomeType === "binary" ? y.map(() => (rng.uniform() < mean ? 1 : 0)) : y.map(() => mean + sd * rng.normal());
      run({ ...input, outcome }, s);
    }
  }
  const zeroExpected = name === "placebo-treatment" || name === "dummy-outcome";
  return summarise(
    name,
    refuterLabels[name],
    zeroExpected ? 0 : original,
    zeroExpected ? "0 (no effect)" : "the original estimate",
    original,
    estimates,
    failures,
    refuter.seed,
    alpha,
  );
}

/** The four refuters, in the order DoWhy's documentation lists them. */
export const refuterNames: readonly RefuterName[] = ["placebo-treatment", "random-common-cause", "data-subset", "dummy-outcome"];

/**
 * All four refuters with the same settings (each with its own stream: seed + its index).
 *
 * @example
 * refuteAll(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1 }).every((r) => r.passed)
 */
export function refuteAll(input: TreatmentEffectInput, options: TreatmentEffectOptions, refuter: RefuterOptions): RefutationResult[] {
  checkInteger("refuter.seed", refuter.seed, 0, 4294967295 - refuterNames.length);
  return refuterNames.map((name, i) => refute(name, input, options, { ...refuter, seed: refuter.seed + i }));
}
