/** A seeded generator; every method advances the same stream. */
export interface Prng {
    /** The next 32-bit output as an unsigned integer in [0, 2³²). */
    nextUint32(): number;
    /** A uniform draw in [0, 1) with 53 random bits. */
    uniform(): number;
    /** A uniform integer in [0, n), unbiased; 1 ≤ n ≤ 2³². */
    integer(n: number): number;
    /** A standard normal draw (inverse transform of a uniform in (0, 1)). */
    normal(): number;
    /** The four 32-bit state words (to log or to resume a stream with {@link createPrngFromState}). */
    state(): [number, number, number, number];
}
/**
 * One SplitMix32 step: returns [output, next state]. Exported for callers that derive sub-seeds
 * (the synthetic generator's per-subject streams) with the same mixing function.
 *
 * @example
 * splitmix32(0)[0] === splitmix32(0)[0] // => true
 */
export declare function splitmix32(state: number): [number, number];
/**
 * Creates an xoshiro128** generator seeded from a non-negative integer (below 2³²).
 *
 * @param seed integer in [0, 4294967295]
 * @throws EstimatorInputError for a seed that is not such an integer
 * @example
 * const rng = createPrng(42);
 * rng.nextUint32() // => the same number on every run and engine (the test pins it)
 * createPrng(1).uniform() === createPrng(1).uniform() // => true
 */
export declare function createPrng(seed: number): Prng;
/**
 * Re-creates a generator from a saved {@link Prng.state} (four unsigned 32-bit integers, not all 0).
 *
 * @example
 * const a = createPrng(7); a.uniform();
 * const b = createPrngFromState(a.state());
 * a.uniform() === b.uniform() // => true
 */
export declare function createPrngFromState(state: readonly number[]): Prng;
/**
 * Draws `size` items from `items` uniformly with replacement (a bootstrap resample when
 * `size = items.length`), using `rng.integer` so the draw is exact in every engine.
 *
 * @param items the population (at least one item)
 * @param size number of draws (non-negative integer)
 * @param rng a generator from {@link createPrng}
 * @example
 * sampleWithReplacement(["a", "b", "c"], 5, createPrng(1)) // => five of "a", "b", "c" (pinned by the test)
 */
export declare function sampleWithReplacement<T>(items: ArrayLike<T>, size: number, rng: Prng): T[];
/**
 * Bootstrap row indices: `n` integers drawn uniformly from [0, n) with replacement.
 *
 * @example
 * resampleIndices(4, createPrng(3)).length // => 4
 */
export declare function resampleIndices(n: number, rng: Prng): number[];
