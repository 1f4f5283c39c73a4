import { describe, expect, it } from "vitest";
import { bootstrapIntervals, jackknifeInfluence, normalInterpolatedQuantile } from "../../estimators/src/index.ts";
import { expectClose, expected } from "./reference.ts";
describe("bootstrapIntervals", () => {
    it("computes the documented example (extreme order statistics flagged)", () => {
        const b = bootstrapIntervals(0.5, [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0], { level: 0.8 });
        expect(b.percentile).toEqual([0.1, 1]);
        expect(b.extremeOrderStatistics).toBe(true);
        expect(b.bca).toBeNull();
    });
    it("reproduces boot.ci's percentile and BCa intervals from R's replicates and jackknife values", () => {
        const r = expected("bootstrap");
        const b95 = bootstrapIntervals(r.t0, r.t, { level: 0.95, influence: r.L });
        expectClose(b95.percentile, r.perc95);
        expectClose(b95.bca, r.bca95);
        const b90 = bootstrapIntervals(r.t0, r.t, { level: 0.9, influence: r.L });
        expectClose(b90.percentile, r.perc90);
        expectClose(b90.bca, r.bca90);
        expect(b95.replicates).toBe(999);
        expect(b95.extremeOrderStatistics).toBe(false);
    });
    it("interpolates on the normal scale between order statistics (boot's norm.inter)", () => {
        const sorted = [1, 2, 3, 4];
        // (R + 1)·0.4 = 2 exactly → the 2nd order statistic
        expect(normalInterpolatedQuantile(sorted, 0.4).value).toBe(2);
        const v = normalInterpolatedQuantile(sorted, 0.5).value; // r = 2.5, between 2 and 3
        expect(v).toBeGreaterThan(2);
        expect(v).toBeLessThan(3);
    });
    it("stops when BCa is undefined or replicates are too few", () => {
        expect(() => bootstrapIntervals(0, [1, 2, 3], { influence: [1, -1] })).toThrow(/all 3 replicates are at or above the estimate 0/);
        expect(() => bootstrapIntervals(2, [1, 2, 3], { influence: [0, 0] })).toThrow(/options.influence: are all zero/);
        expect(() => bootstrapIntervals(0, [NaN, 1])).toThrow(/need at least 2 finite replicates, got 1 of 2/);
    });
});
describe("jackknifeInfluence", () => {
    it("is (n − 1)(θ̂ − θ₍ᵢ₎) (documented example), per stratum when given", () => {
        expect(jackknifeInfluence(2, [1, 2, 3])).toEqual([2, 0, -2]);
        expect(jackknifeInfluence(2, [1, 2, 3, 4], ["a", "a", "b", "b"])).toEqual([1, 0, -1, -2]);
    });
});
