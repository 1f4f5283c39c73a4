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
import { createPrng, createPrngFromState } from "./prng.js";
import { checkInteger, checkOneOf, checkTreatment, EstimatorInputError } from "./validate.js";
const TWO_POW_32 = 4294967296;
/**
 * A source of uniform integers in [0, n) that gives exactly the values of `rng.integer(n)` (the
 * same rejection rule), without validating n on every draw.
 *
 * @example
 * const a = createPrng(1), b = createPrng(1);
 * uniformIntegers(a, 10)() === b.integer(10) // => true
 */
export function uniformIntegers(rng, n) {
    checkInteger("n", n, 1, TWO_POW_32);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    return () => {
        for (;;) {
            const u = rng.nextUint32();
            if (u < limit)
                return u % n;
        }
    };
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
export function createResampler(treatment, strata) {
    checkOneOf("strata", strata, ["none", "treatment"]);
    const t = checkTreatment("treatment", treatment, undefined, false);
    const n = t.length;
    if (n === 0)
        throw new EstimatorInputError("treatment", "must not be empty");
    const arms = [0, 1].map((a) => Int32Array.from(t.flatMap((ti, i) => (ti === a ? [i] : []))));
    return {
        n,
        strata,
        draw(rng, out) {
            if (strata === "none") {
                const next = uniformIntegers(rng, n);
                for (let i = 0; i < n; i++)
                    out[i] = next();
                return;
            }
            let k = 0;
            for (const arm of arms) {
                if (arm.length === 0)
                    continue;
                const next = uniformIntegers(rng, arm.length);
                for (let j = 0; j < arm.length; j++)
                    out[k++] = arm[next()];
            }
        },
    };
}
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
export function bootstrapStreamStates(resampler, seed, replicates) {
    checkInteger("replicates", replicates, 1, 1_000_000);
    const rng = createPrng(seed);
    const states = new Uint32Array(4 * replicates);
    const scratch = new Int32Array(resampler.n);
    for (let b = 0; b < replicates; b++) {
        states.set(rng.state(), 4 * b);
        resampler.draw(rng, scratch);
    }
    return states;
}
/**
 * Replicate b's resample from the states of {@link bootstrapStreamStates}.
 *
 * @example
 * const r = createResampler([0, 1, 0, 1], "none"), out = new Int32Array(4);
 * resampleFromState(r, bootstrapStreamStates(r, 1, 3), 2, out); // out: the third replicate's indices
 */
export function resampleFromState(resampler, states, replicate, out) {
    checkInteger("replicate", replicate, 0, states.length / 4 - 1);
    resampler.draw(createPrngFromState(Array.from(states.subarray(4 * replicate, 4 * replicate + 4))), out);
}
