import { type Prng } from "./prng.js";
import { type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
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
export declare function randomPermutation(n: number, rng: Prng): number[];
/**
 * The treatment vector permuted (arm sizes unchanged), the placebo refuter's input.
 *
 * @example
 * placeboTreatment([1, 1, 0, 0], createPrng(7)) // => a permutation of [1, 1, 0, 0]
 */
export declare function placeboTreatment(treatment: ArrayLike<number | boolean>, rng: Prng): number[];
/** How each refuter is named in reports. */
export declare const refuterLabels: Record<RefuterName, string>;
/**
 * Runs one refuter.
 *
 * @param name which refuter
 * @param input data as for `estimateTreatmentEffect`
 * @param options the analysis being refuted
 * @param refuter `seed`, `simulations`, `subsetFraction`, `alpha`
 * @throws EstimatorInputError for invalid settings or when the original analysis or a simulation fails
 */
export declare function refute(name: RefuterName, input: TreatmentEffectInput, options: TreatmentEffectOptions, refuter: RefuterOptions): RefutationResult;
/** The four refuters, in the order DoWhy's documentation lists them. */
export declare const refuterNames: readonly RefuterName[];
/**
 * All four refuters with the same settings (each with its own stream: seed + its index).
 *
 * @example
 * refuteAll(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1 }).every((r) => r.passed)
 */
export declare function refuteAll(input: TreatmentEffectInput, options: TreatmentEffectOptions, refuter: RefuterOptions): RefutationResult[];
