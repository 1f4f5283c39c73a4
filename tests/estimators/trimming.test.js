import { describe, expect, it } from "vitest";
import { crumpThreshold, trimPropensity } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";
describe("crumpThreshold", () => {
    it("is 0 when no subject needs trimming (documented example)", () => {
        expect(crumpThreshold([0.5, 0.5, 0.5, 0.5])).toBe(0);
    });
    it("solves γ = 2·mean(g | g ≤ γ) on a small hand example", () => {
        // g = 1/(e(1−e)) = [4, 4, 4, 100]; max 100 > 2·mean = 56. k = 3: g₃ = 4 ≤ 2·4 → γ = 8;
        // k = 4: 100 > 2·28. α = 1/2 − √(1/4 − 1/8).
        const e100 = 0.5 - Math.sqrt(0.25 - 0.01);
        expect(crumpThreshold([0.5, 0.5, 0.5, e100])).toBeCloseTo(0.5 - Math.sqrt(0.125), 14);
    });
    it("matches the R implementation of Crump et al.'s rule on the fixture", () => {
        const f = causalFixture();
        const r = expected("causal").trimming;
        expectClose(crumpThreshold(f.ps), r.crump_alpha);
        expect(trimPropensity(f.ps, { rule: "crump" }).nKept).toBe(r.crump_kept);
        expect(trimPropensity(f.ps, { rule: "symmetric", threshold: 0.1 }).nKept).toBe(r["symmetric_0.1_kept"]);
    });
});
describe("trimPropensity", () => {
    it("keeps α ≤ e ≤ 1 − α (documented example)", () => {
        const t = trimPropensity([0.05, 0.2, 0.5, 0.97], { rule: "symmetric", threshold: 0.1 });
        expect(t.keep).toEqual([false, true, true, false]);
        expect(t.nTrimmed).toBe(2);
        expect(trimPropensity([0.05, 0.2], { rule: "none" }).nKept).toBe(2);
    });
    it("rejects invalid thresholds and scores of 0 or 1", () => {
        expect(() => trimPropensity([0.2], { rule: "symmetric", threshold: 0.5 })).toThrow(/must be below 0.5/);
        expect(() => trimPropensity([0.2], { rule: "symmetric", threshold: -0.1 })).toThrow(/rule.threshold: must be a finite number between 0 and 0.5/);
        expect(() => trimPropensity([0.2, 1], { rule: "crump" })).toThrow(/ps\[1\]: a propensity score must be strictly between 0 and 1, got 1 \(its inverse weight is infinite/);
        expect(() => trimPropensity([0.2], { rule: "median" })).toThrow(/rule.rule: must be "none", "symmetric" or "crump"/);
    });
});
