import { describe, expect, it } from "vitest";
import { biasContour, biasFactor, eValueOddsRatio, eValueOfRiskRatio, eValueRiskRatio, eValueStandardizedDifference } from "../../estimators/src/index.ts";
import { expectClose, expected } from "./reference.ts";
const ref = expected("sensitivity").evalues;
describe("E-values: published examples (VanderWeele & Ding 2017)", () => {
    it("breastfeeding and infant death: RR 3.9 (1.8, 8.7) → E-value 7.26, limit 3.00", () => {
        const e = eValueRiskRatio(3.9, [1.8, 8.7]);
        expect(e.point.toFixed(2)).toBe("7.26");
        expect(e.limit.toFixed(2)).toBe("3.00");
        expect(e.limitRiskRatio).toBe(1.8);
    });
    it("smoking and lung cancer (Hammond & Horn): RR 10.73 → E-value 20.95", () => {
        expect(eValueOfRiskRatio(10.73).toFixed(2)).toBe("20.95");
    });
    it("a protective ratio uses its inverse and the upper limit; an interval containing 1 gives 1", () => {
        expect(eValueOfRiskRatio(0.5)).toBeCloseTo(eValueOfRiskRatio(2), 14);
        expect(eValueRiskRatio(0.5, [0.3, 1.2]).limit).toBe(1);
        expect(eValueRiskRatio(1).point).toBe(1);
    });
});
describe("E-values against the EValue package's formulas in R", () => {
    it.each(ref.rr)("RR $est", (c) => {
        const e = eValueRiskRatio(c.est, [c.lo, c.hi]);
        expectClose(e.point, c.point, 1e-12);
        expectClose(e.limit, c.limit, 1e-12);
    });
    it.each(ref.or)("OR $est rare=$rare", (c) => {
        const e = eValueOddsRatio(c.est, [c.lo, c.hi], c.rare);
        expectClose(e.point, c.point, 1e-12);
        expectClose(e.limit, c.limit, 1e-12);
    });
    it.each(ref.md)("standardized difference $est", (c) => {
        const e = eValueStandardizedDifference(c.est, c.se);
        expectClose(e.point, c.point, 1e-12);
        expectClose(e.limit, c.limit, 1e-12);
    });
});
describe("bias factor and contour", () => {
    it("a confounder with both associations equal to the E-value explains the ratio away exactly", () => {
        const rr = 3.9;
        const e = eValueOfRiskRatio(rr);
        expect(biasFactor(e, e)).toBeCloseTo(rr, 12);
        const [point] = biasContour(rr, [e]);
        expect(point.rrConfounderOutcome).toBeCloseTo(e, 10);
    });
    it("every point of the contour has bias factor equal to the ratio; RR_EU ≤ RR is skipped", () => {
        const contour = biasContour(2, [1.5, 2, 2.5, 4, 10]);
        expect(contour.map((p) => p.rrTreatmentConfounder)).toEqual([2.5, 4, 10]);
        for (const p of contour)
            expect(biasFactor(p.rrTreatmentConfounder, p.rrConfounderOutcome)).toBeCloseTo(2, 12);
    });
    it("rejects impossible inputs with a message naming the argument", () => {
        expect(() => eValueRiskRatio(-1)).toThrow(/^rr: /);
        expect(() => eValueRiskRatio(2, [2.5, 3])).toThrow(/ci: \[2.5, 3\] does not contain the estimate 2/);
        expect(() => biasFactor(0.5, 2)).toThrow(/rrTreatmentConfounder/);
    });
});
