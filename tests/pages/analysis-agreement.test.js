import { describe, expect, it } from "vitest";
import { analyseStudyMonth, createPrng } from "../../estimators/src/index.ts";
import { checkAgreement, compareJson } from "../../pages/components/analysis-agreement.ts";
function input() {
    const rng = createPrng(5);
    const rows = Array.from({ length: 300 }, (_, i) => {
        const x = rng.normal();
        const treated = rng.uniform() < 1 / (1 + Math.exp(-0.5 * x));
        return { subject_id: `S${String(i).padStart(3, "0")}`, arm: treated ? "TRT" : "PBO", x, y: x + (treated ? 1 : 0) + rng.normal() };
    });
    return {
        spec: { study: "T", month: "2026-01", arms: [{ code: "PBO", label: "Placebo", role: "control" }, { code: "TRT", label: "Active", role: "treated" }], covariates: ["x"], outcome: { column: "y", type: "continuous" } },
        rows,
        parameters: { bootstrap: { replicates: 20, seed: 3 } },
    };
}
describe("the build/browser agreement check", () => {
    const stored = JSON.parse(JSON.stringify(analyseStudyMonth(input()).result));
    it("is identical for the same analysis, in full and for the point estimates (bootstrap taken from the stored result)", () => {
        expect(checkAgreement(stored, analyseStudyMonth(input()).result, "full")).toMatchObject({ identical: true, differences: [] });
        const point = checkAgreement(stored, analyseStudyMonth(input(), { bootstrap: "skip" }).result, "point estimates");
        expect(point.identical).toBe(true);
        expect(point.numbers).toBeGreaterThan(50);
    });
    it("reports a difference in the last digit, with its path", () => {
        const changed = structuredClone(stored);
        changed.comparisons[0].estimates.aipw.difference.estimate += 1e-15;
        const a = checkAgreement(changed, analyseStudyMonth(input()).result, "full");
        expect(a.identical).toBe(false);
        expect(a.differences[0].path).toBe("comparisons[0].estimates.aipw.difference.estimate");
    });
    it("sees a missing bootstrap in full scope", () => {
        expect(checkAgreement(stored, analyseStudyMonth(input(), { bootstrap: "skip" }).result, "full").identical).toBe(false);
    });
    it("compareJson compares numbers exactly and structure fully", () => {
        expect(compareJson({ a: [1, 2], b: "x" }, { a: [1, 2], b: "x" }).differences).toEqual([]);
        expect(compareJson({ a: [1, 2] }, { a: [1] }).differences).toEqual([{ path: "a.length", stored: 2, recomputed: 1 }]);
        expect(compareJson({ a: 0 }, { a: -0 }).differences).toHaveLength(1);
        expect(compareJson({ a: null }, { a: 0 }).differences).toEqual([{ path: "a", stored: null, recomputed: 0 }]);
    });
});
