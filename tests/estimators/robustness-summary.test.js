import { describe, expect, it } from "vitest";
import { robustnessSummary } from "../../estimators/src/index.ts";
describe("robustnessSummary", () => {
    const primary = { category: "Primary", analysis: "AIPW", estimate: 0.3, ci: [0.1, 0.5], n: 500 };
    it("marks each row consistent or not with the primary conclusion", () => {
        const s = robustnessSummary(primary, [
            { category: "Trimming", analysis: "α = 0.05", estimate: 0.28, ci: [0.05, 0.5], n: 480 },
            { category: "Estimator", analysis: "IPW", estimate: 0.2, ci: [-0.05, 0.45], n: 500 },
            { category: "Estimator", analysis: "RA", estimate: -0.1, ci: null, n: 500 },
            { category: "Refutation", analysis: "Placebo", estimate: null, ci: null, n: null, verdict: { consistent: true, text: "passed" } },
        ]);
        expect(s.rows.map((r) => [r.consistent, r.conclusion])).toEqual([
            [true, "same direction, interval excludes 0"],
            [false, "interval now includes 0"],
            [false, "direction reversed"],
            [true, "passed"],
        ]);
        expect(s.inconsistent).toBe(2);
        expect(s.statement).toBe("2 of 4 sensitivity analyses do not agree with the primary conclusion: Estimator: IPW (interval now includes 0); Estimator: RA (direction reversed).");
    });
    it("says so when everything agrees, and needs a primary interval", () => {
        expect(robustnessSummary(primary, []).statement).toBe("All 0 sensitivity analyses agree with the primary conclusion.");
        expect(() => robustnessSummary({ ...primary, ci: null }, [])).toThrow(/primary: needs an estimate and an interval/);
    });
});
