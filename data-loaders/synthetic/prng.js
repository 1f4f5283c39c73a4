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
import { createPrng, splitmix32, cos, exp, ln } from "@trial/estimators";
const TWO_POW_32 = 4294967296;
/**
 * A 32-bit sub-seed from a seed and a path of keys (FNV-1a over the text `seed/key1/key2…`,
 * then one SplitMix32 finalisation).
 *
 * @example
 * streamSeed(1101, "baseline", 7) === streamSeed(1101, "baseline", 7) // => true
 * streamSeed(1101, "baseline", 7) !== streamSeed(1101, "baseline", 8) // => true
 */
export function streamSeed(seed, ...keys) {
    const text = [seed, ...keys].join("/");
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return splitmix32(h | 0)[0];
}
/**
 * A stream seeded by an integer in [0, 2³²): the estimators' xoshiro128** generator
 * (`createPrng`, the same bits in Node and the browser) with the generator's own draws on top.
 *
 * @example
 * createRng(streamSeed(1101, "screening")).uniform() // => the same number on every run
 */
export function createRng(seed) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32)
        throw new RangeError(`createRng: seed must be an integer in [0, 2^32), got ${seed}`);
    return new GeneratorRng(createPrng(seed));
}
/**
 * The generator's draws over a uniform source. These differ from the estimators' `Prng` on
 * purpose: normal draws are Box–Muller (cosine branch) and integers are `floor(u · n)`, the
 * definitions the committed snapshots were generated with; changing them would change every
 * snapshot's bytes.
 */
class GeneratorRng {
    source;
    constructor(source) {
        this.source = source;
    }
    uniform() {
        return this.source.uniform();
    }
    normal() {
        let u = this.uniform();
        while (u === 0)
            u = this.uniform();
        const v = this.uniform();
        return Math.sqrt(-2 * ln(u)) * cos(2 * Math.PI * v);
    }
    bernoulli(p) {
        return this.uniform() < p ? 1 : 0;
    }
    int(n) {
        return Math.floor(this.uniform() * n);
    }
    intBetween(lo, hi) {
        return lo + Math.floor(this.uniform() * (hi - lo + 1));
    }
    poisson(lambda) {
        if (!(lambda >= 0) || !Number.isFinite(lambda))
            throw new RangeError(`poisson: mean must be finite and >= 0, got ${lambda}`);
        const u = this.uniform();
        let k = 0;
        let p = exp(-lambda);
        let cdf = p;
        while (u > cdf && k < 1000) {
            k += 1;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }
    categorical(weights) {
        let total = 0;
        for (const w of weights)
            total += w;
        let u = this.uniform() * total;
        for (let i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0)
                return i;
        }
        return weights.length - 1;
    }
}
/** The stream for one concept (and optionally one subject) of one study. */
export function stream(seed, ...keys) {
    return createRng(streamSeed(seed, ...keys));
}
