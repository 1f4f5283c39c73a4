/**
 * The generator's seeded pseudo-random numbers. Every draw of the synthetic EDC comes from a
 * stream created here; nothing calls `Math.random`.
 *
 * Streams: `streamSeed(seed, ...keys)` hashes the study seed and a path of keys (a concept name
 * and, for per-subject streams, the subject's screening index) to a 32-bit sub-seed, so each
 * concept and each subject draws from its own stream. A change in how many draws one subject
 * uses never shifts another subject's numbers.
 *
 * Generator: the estimators' xoshiro128** (`createPrng` from `@trial/estimators`, Blackman & Vigna
 * 2021, state filled by SplitMix32); uniform draws carry 53 bits. Normal draws are Box–Muller (two uniforms, the cosine branch) through `ln` and `cos` from the estimators,
 * which give the same bits in every engine and Node version.
 */
/** A seeded stream of draws; every method advances the same stream. */
export interface Rng {
    /** Uniform in [0, 1), 53 random bits. */
    uniform(): number;
    /** Standard normal N(0, 1). */
    normal(): number;
    /** 1 with probability p, else 0. */
    bernoulli(p: number): 0 | 1;
    /** Uniform integer in [0, n). */
    int(n: number): number;
    /** Uniform integer in [lo, hi], both inclusive. */
    intBetween(lo: number, hi: number): number;
    /** Poisson count with mean `lambda` (inversion; meant for small means, below about 30). */
    poisson(lambda: number): number;
    /** Index drawn with probability proportional to `weights[i]`. */
    categorical(weights: readonly number[]): number;
}
/**
 * A 32-bit sub-seed from a seed and a path of keys (FNV-1a over the text `seed/key1/key2…`,
 * then one SplitMix32 finalisation).
 *
 * @example
 * streamSeed(1101, "baseline", 7) === streamSeed(1101, "baseline", 7) // => true
 * streamSeed(1101, "baseline", 7) !== streamSeed(1101, "baseline", 8) // => true
 */
export declare function streamSeed(seed: number, ...keys: Array<string | number>): number;
/**
 * A stream seeded by an integer in [0, 2³²): the estimators' xoshiro128** generator
 * (`createPrng`, the same bits in Node and the browser) with the generator's own draws on top.
 *
 * @example
 * createRng(streamSeed(1101, "screening")).uniform() // => the same number on every run
 */
export declare function createRng(seed: number): Rng;
/** The stream for one concept (and optionally one subject) of one study. */
export declare function stream(seed: number, ...keys: Array<string | number>): Rng;
