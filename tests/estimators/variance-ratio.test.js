import { describe, expect, it } from "vitest";
import { varianceRatio } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";
describe("varianceRatio", () => {
    it("computes the documented example", () => {
        expect(varianceRatio([1, 2, 3, 2, 4, 6], [0, 0, 0, 1, 1, 1])).toBeCloseTo(4, 14);
    });
    it("matches R, unweighted and weighted (cov.wt)", () => {
        const d = trialData();
        const r = expected("variance-ratio");
        expectClose(varianceRatio(d.age, d.treat), r.age_unweighted);
        expectClose(varianceRatio(d.age, d.treat, { weights: d.w }), r.age_weighted);
    });
    it("refuses a zero control variance and arms too small for a variance", () => {
        expect(() => varianceRatio([1, 1, 2, 3], [0, 0, 1, 1])).toThrow(/zero variance in the control arm/);
        expect(() => varianceRatio([1, 2, 3], [0, 1, 1])).toThrow(/control arm has 1 observation/);
        expect(() => varianceRatio([1, 2, 3, 4], [1, 1, 1, 1])).toThrow(/no control observations/);
    });
});
