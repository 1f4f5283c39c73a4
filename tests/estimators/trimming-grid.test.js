import { describe, expect, it } from "vitest";
import { crumpThreshold, estimateTreatmentEffect, fitPropensity, trimmingGrid } from "../../estimators/src/index.ts";
import { causalFixture } from "./reference.ts";
describe("trimmingGrid", () => {
    const f = causalFixture();
    const input = { covariates: f.X, treatment: f.treat, outcome: f.y, covariateNames: f.names };
    const rows = trimmingGrid(input, { method: "aipw", outcomeType: "continuous" }, [0, 0.05, 0.1, 0.45]);
    it("has one row per threshold plus Crump, each equal to the direct analysis", () => {
        expect(rows.map((r) => r.label)).toEqual(["none", "α = 0.05", "α = 0.1", "α = 0.45", "Crump"]);
        expect(rows[0].effect.estimate).toBe(estimateTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" }).difference.estimate);
        const at10 = estimateTreatmentEffect(input, { method: "aipw", outcomeType: "continuous", trim: { rule: "symmetric", threshold: 0.1 } });
        expect(rows[2].effect.estimate).toBe(at10.difference.estimate);
        expect(rows[2].nKept).toBe(at10.nAnalysed);
    });
    it("keeps fewer subjects as the threshold grows; Crump uses Crump's α on the fitted scores", () => {
        expect(rows[0].nKept).toBe(400);
        expect(rows[1].nKept).toBeLessThanOrEqual(400);
        expect(rows[2].nKept).toBeLessThan(rows[1].nKept);
        expect(rows[4].threshold).toBeCloseTo(crumpThreshold(fitPropensity(f.X, f.treat).scores), 12);
        expect(rows[4].nKept + rows[4].nTrimmed).toBe(400);
    });
    it("records a setting that cannot be analysed as an error row instead of aborting the grid", () => {
        const extreme = rows[3];
        if (extreme.effect === null)
            expect(extreme.error).toMatch(/\S/);
        else
            expect(extreme.nKept).toBeLessThan(rows[2].nKept);
        expect(() => trimmingGrid(input, { method: "aipw", outcomeType: "continuous" }, [0.6])).toThrow(/thresholds\[0\]/);
    });
});
