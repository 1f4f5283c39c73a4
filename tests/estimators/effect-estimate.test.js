import { describe, expect, it } from "vitest";
import { waldInterval } from "../../estimators/src/index.ts";
describe("waldInterval", () => {
    it("is estimate ± Φ⁻¹(0.975)·se (documented example)", () => {
        const [lo, hi] = waldInterval(1, 0.5);
        expect(lo).toBeCloseTo(1 - 1.959963984540054 * 0.5, 14);
        expect(hi).toBeCloseTo(1 + 1.959963984540054 * 0.5, 14);
        expect(waldInterval(0, 1, 0.9)[1]).toBeCloseTo(1.6448536269514722, 14);
    });
    it("rejects negative SEs and levels outside (0, 1)", () => {
        expect(() => waldInterval(0, -1)).toThrow(/se: must be a finite number between 0/);
        expect(() => waldInterval(0, 1, 1)).toThrow(/level: must be a finite number strictly between 0 and 1, got 1/);
        expect(() => waldInterval(NaN, 1)).toThrow(/estimate/);
    });
});
