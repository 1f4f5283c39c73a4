import { describe, expect, it } from "vitest";
import { createPrng, createPrngFromState, resampleIndices, sampleWithReplacement } from "../../estimators/src/index.ts";
describe("createPrng (xoshiro128** seeded by SplitMix32)", () => {
    it("reproduces the reference xoshiro128** outputs for the state [1, 2, 3, 4] (Vigna's C code)", () => {
        const rng = createPrngFromState([1, 2, 3, 4]);
        expect(Array.from({ length: 5 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883]);
    });
    it("pins the first draws of seed 42, so any change to the generator is visible", () => {
        const rng = createPrng(42);
        expect(rng.nextUint32()).toBe(660444221);
        expect(rng.uniform()).toBe(0.8504892961538176);
        expect(rng.normal()).toBe(-0.7997415179236941);
    });
    it("is deterministic per seed and differs between seeds", () => {
        const a = createPrng(1);
        const b = createPrng(1);
        const c = createPrng(2);
        const xa = Array.from({ length: 100 }, () => a.uniform());
        expect(Array.from({ length: 100 }, () => b.uniform())).toEqual(xa);
        expect(Array.from({ length: 100 }, () => c.uniform())).not.toEqual(xa);
    });
    it("resumes from a saved state", () => {
        const a = createPrng(7);
        a.uniform();
        const b = createPrngFromState(a.state());
        expect(a.uniform()).toBe(b.uniform());
    });
    it("draws uniforms in [0, 1), unbiased integers and standard normals with the right moments", () => {
        const rng = createPrng(123);
        const n = 200_000;
        let sum = 0;
        let sumsq = 0;
        const counts = [0, 0, 0, 0, 0, 0, 0];
        let min = 1;
        let max = 0;
        for (let i = 0; i < n; i++) {
            const u = rng.uniform();
            min = Math.min(min, u);
            max = Math.max(max, u);
            const k = rng.integer(7);
            counts[k] = counts[k] + 1;
            const z = rng.normal();
            sum += z;
            sumsq += z * z;
        }
        expect(min).toBeGreaterThanOrEqual(0);
        expect(max).toBeLessThan(1);
        for (const c of counts)
            expect(Math.abs(c - n / 7)).toBeLessThan(5 * Math.sqrt(n / 7));
        expect(Math.abs(sum / n)).toBeLessThan(0.01);
        expect(Math.abs(sumsq / n - 1)).toBeLessThan(0.02);
    });
    it("rejects invalid seeds and states", () => {
        expect(() => createPrng(-1)).toThrow(/seed: must be an integer between 0 and 4294967295, got -1/);
        expect(() => createPrng(1.5)).toThrow(/seed: .* got 1.5/);
        expect(() => createPrng(2 ** 32)).toThrow(/seed/);
        expect(() => createPrngFromState([0, 0, 0, 0])).toThrow(/must not be all zeros/);
        expect(() => createPrng(1).integer(0)).toThrow(/n: must be an integer between 1/);
    });
});
describe("sampleWithReplacement and resampleIndices", () => {
    it("pins the documented example", () => {
        expect(sampleWithReplacement(["a", "b", "c"], 5, createPrng(1))).toEqual(["b", "b", "c", "a", "a"]);
    });
    it("draw the requested number of valid indices", () => {
        const idx = resampleIndices(50, createPrng(3));
        expect(idx).toHaveLength(50);
        for (const i of idx)
            expect(Number.isInteger(i) && i >= 0 && i < 50).toBe(true);
    });
    it("reject empty populations and bad sizes", () => {
        expect(() => sampleWithReplacement([], 3, createPrng(1))).toThrow(/items: must not be empty/);
        expect(() => sampleWithReplacement([1], -1, createPrng(1))).toThrow(/size: must be an integer/);
        expect(() => sampleWithReplacement([1], 1, {})).toThrow(/rng: must be a generator/);
    });
});
