/**
 * A small seeded pseudo-random number generator. Estimators never call `Math.random`: every draw
 * (bootstrap resamples, simulated data in tests) comes from a generator created from an integer
 * seed, so the same seed gives the same numbers in Node and in every browser.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021), 128-bit state, period 2¹²⁸ − 1, 32-bit outputs; its state is filled
 * from the seed by SplitMix32 (the 32-bit variant of Steele, Lea & Flood's SplitMix with the
 * `lowbias32` finaliser of C. Wellons' hash prospector), as Vigna recommends. Integer steps use
 * `Math.imul` and unsigned shifts only, so they are exact everywhere.
 *
 * Uniform draws carry 53 random bits. Integers in [0, n) are drawn without modulo bias (rejection).
 * Normal draws are Φ⁻¹(u) (inverse transform, one uniform per draw, Wichura's AS 241), whose
 * logarithm is the engine-independent `ln` (elementary-functions.ts): every draw has the same bits
 * in every engine. Bootstrap resampling uses integer draws only.
 */
import { normalQuantile } from "./normal-distribution.js";
import { checkInteger, describeValue, EstimatorInputError } from "./validate.js";
const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;
/**
 * One SplitMix32 step: returns [output, next state]. Exported for callers that derive sub-seeds
 * (the synthetic generator's per-subject streams) with the same mixing function.
 *
 * @example
 * splitmix32(0)[0] === splitmix32(0)[0] // => true
 */
export function splitmix32(state) {
    const next = (state + 0x9e3779b9) | 0;
    let z = next;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return [z >>> 0, next];
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
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
export function createPrng(seed) {
    checkInteger("seed", seed, 0, TWO_POW_32 - 1);
    let sm = seed | 0;
    const words = [];
    for (let i = 0; i < 4; i++) {
        const [out, next] = splitmix32(sm);
        words.push(out);
        sm = next;
    }
    if (!words.some((w) => w !== 0))
        words[0] = 1; // the all-zero state is forbidden (cannot happen in practice)
    return fromState(words);
}
/**
 * Re-creates a generator from a saved {@link Prng.state} (four unsigned 32-bit integers, not all 0).
 *
 * @example
 * const a = createPrng(7); a.uniform();
 * const b = createPrngFromState(a.state());
 * a.uniform() === b.uniform() // => true
 */
export function createPrngFromState(state) {
    if (!Array.isArray(state) || state.length !== 4)
        throw new EstimatorInputError("state", `must be four 32-bit integers, got ${describeValue(state)}`);
    state.forEach((w, i) => checkInteger(`state[${i}]`, w, 0, TWO_POW_32 - 1));
    if (state.every((w) => w === 0))
        throw new EstimatorInputError("state", "must not be all zeros (xoshiro's forbidden state)");
    return fromState([state[0], state[1], state[2], state[3]]);
}
function fromState(init) {
    let s0 = init[0] | 0;
    let s1 = init[1] | 0;
    let s2 = init[2] | 0;
    let s3 = init[3] | 0;
    const nextUint32 = () => {
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return result;
    };
    const bits53 = () => (nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6); // 27 + 26 bits
    return {
        nextUint32,
        uniform: () => bits53() / TWO_POW_53,
        integer(n) {
            checkInteger("n", n, 1, TWO_POW_32);
            // Largest multiple of n not above 2³²: accept draws below it, so every residue is equally likely.
            const limit = TWO_POW_32 - (TWO_POW_32 % n);
            for (;;) {
                const u = nextUint32();
                if (u < limit)
                    return u % n;
            }
        },
        normal: () => normalQuantile((bits53() + 0.5) / TWO_POW_53),
        state: () => [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0],
    };
}
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
export function sampleWithReplacement(items, size, rng) {
    if (items === null || typeof items !== "object" || typeof items.length !== "number") {
        throw new EstimatorInputError("items", `must be an array, got ${describeValue(items)}`);
    }
    if (items.length === 0)
        throw new EstimatorInputError("items", "must not be empty");
    checkInteger("size", size, 0);
    if (rng === null || typeof rng !== "object" || typeof rng.integer !== "function") {
        throw new EstimatorInputError("rng", `must be a generator from createPrng, got ${describeValue(rng)}`);
    }
    const out = new Array(size);
    for (let i = 0; i < size; i++)
        out[i] = items[rng.integer(items.length)];
    return out;
}
/**
 * Bootstrap row indices: `n` integers drawn uniformly from [0, n) with replacement.
 *
 * @example
 * resampleIndices(4, createPrng(3)).length // => 4
 */
export function resampleIndices(n, rng) {
    checkInteger("n", n, 1, TWO_POW_32);
    const out = new Array(n);
    for (let i = 0; i < n; i++)
        out[i] = rng.integer(n);
    return out;
}
