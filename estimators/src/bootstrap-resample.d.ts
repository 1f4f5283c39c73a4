/**
 * Bootstrap resamples drawn from one seeded stream, and the split of that stream by replicate.
 *
 * Replicate b's resample is the b-th block of draws of the xoshiro128** stream seeded by the
 * bootstrap seed (n draws of an integer in [0, n), or, stratified, each arm's draws in turn), as it
 * always was. So that replicates can be computed anywhere and in any order (Web Workers, chunks)
 * with the same result, {@link bootstrapStreamStates} walks the stream once and records the
 * generator's state at the start of every replicate: replicate b then depends only on (seed, b),
 * never on which worker draws it. The walk costs B·n integer draws (about 20 ms for B = 1,000,
 * n = 5,000), nothing beside the refits.
 */
import { type Prng } from "./prng.js";
export type BootstrapStrata = "none" | "treatment";
/**
 * A source of uniform integers in [0, n) that gives exactly the values of `rng.integer(n)` (the
 * same rejection rule), without validating n on every draw.
 *
 * @example
 * const a = createPrng(1), b = createPrng(1);
 * uniformIntegers(a, 10)() === b.integer(10) // => true
 */
export declare function uniformIntegers(rng: Prng, n: number): () => number;
/** Draws bootstrap resamples of n subjects (row indices), unstratified or within each arm. */
export interface Resampler {
    readonly n: number;
    readonly strata: BootstrapStrata;
    /** Fills `out` (length n) with the next resample's row indices from `rng`. */
    draw(rng: Prng, out: Int32Array): void;
}
/**
 * A resampler for these subjects: `"none"` draws n indices from all subjects; `"treatment"` draws,
 * for the controls and then for the treated, as many indices as the arm has, from that arm.
 *
 * @param treatment 1 = treated, 0 = control, one per subject
 * @param strata `"none"` or `"treatment"`
 * @example
 * const out = new Int32Array(4);
 * createResampler([1, 1, 0, 0], "treatment").draw(createPrng(1), out); // out: two controls (2, 3), then two treated (0, 1)
 */
export declare function createResampler(treatment: ArrayLike<number | boolean>, strata: BootstrapStrata): Resampler;
/**
 * The generator state at the start of each of B replicates of the bootstrap stream (4 unsigned
 * 32-bit words per replicate, replicate b at [4b, 4b + 4)): hand replicate b's state to
 * {@link resampleFromState} anywhere to get exactly the resample of the sequential bootstrap.
 *
 * @param resampler from {@link createResampler}
 * @param seed bootstrap seed, integer in [0, 2³²)
 * @param replicates B
 * @example
 * bootstrapStreamStates(createResampler([0, 1, 0, 1], "none"), 1, 3).length // => 12
 */
export declare function bootstrapStreamStates(resampler: Resampler, seed: number, replicates: number): Uint32Array;
/**
 * Replicate b's resample from the states of {@link bootstrapStreamStates}.
 *
 * @example
 * const r = createResampler([0, 1, 0, 1], "none"), out = new Int32Array(4);
 * resampleFromState(r, bootstrapStreamStates(r, 1, 3), 2, out); // out: the third replicate's indices
 */
export declare function resampleFromState(resampler: Resampler, states: Uint32Array, replicate: number, out: Int32Array): void;
