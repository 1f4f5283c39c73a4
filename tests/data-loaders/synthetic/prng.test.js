import { describe, expect, it } from "vitest";
import { createRng, stream, streamSeed } from "../../../data-loaders/synthetic/prng.ts";
describe("prng", () => {
    it("gives the same draws for the same seed and different draws for different streams", () => {
        const a = stream(1101, "baseline", 7);
        const b = stream(1101, "baseline", 7);
        const xs = Array.from({ length: 5 }, () => a.uniform());
        expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
        expect(stream(1101, "baseline", 8).uniform()).not.toBe(xs[0]);
        expect(streamSeed(1101, "a")).not.toBe(streamSeed(1102, "a"));
    });
    it("pins the first draws (a change here changes every synthetic study)", () => {
        const rng = createRng(streamSeed(1, "pin"));
        expect(streamSeed(1, "pin")).toBe(3416595535);
        expect(rng.uniform()).toBe(0.6086198401022459);
    });
    it("has plausible moments: uniform, normal, Bernoulli, Poisson", () => {
        const rng = createRng(12345);
        const n = 50_000;
        const u = Array.from({ length: n }, () => rng.uniform());
        const z = Array.from({ length: n }, () => rng.normal());
        const mean = (v) => v.reduce((s, x) => s + x, 0) / v.length;
        expect(mean(u)).toBeCloseTo(0.5, 2);
        expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...u)).toBeLessThan(1);
        expect(mean(z)).toBeCloseTo(0, 1);
        expect(mean(z.map((x) => x * x))).toBeCloseTo(1, 1);
        expect(mean(Array.from({ length: n }, () => rng.bernoulli(0.3)))).toBeCloseTo(0.3, 2);
        expect(mean(Array.from({ length: n }, () => rng.poisson(2.5)))).toBeCloseTo(2.5, 1);
        const counts = [0, 0, 0];
        for (let i = 0; i < n; i++)
            counts[rng.categorical([1, 2, 7])] += 1;
        expect(counts[2] / n).toBeCloseTo(0.7, 2);
    });
    it("rejects seeds outside [0, 2^32)", () => {
        expect(() => createRng(-1)).toThrow(/seed/);
        expect(() => createRng(1.5)).toThrow(/seed/);
    });
});
