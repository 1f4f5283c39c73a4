import { describe, expect, it } from "vitest";
import { horvitzThompson } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";
describe("horvitzThompson", () => {
    it("computes the documented example by hand", () => {
        const r = horvitzThompson([1, 0, 1, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]);
        expect(r.mean1).toBe(0.5);
        expect(r.mean0).toBe(0.5);
        expect(r.estimate).toBe(0);
    });
    it("matches the R reference (ATE, ATT; influence-function SE)", () => {
        const f = causalFixture();
        const r = expected("causal").ht;
        for (const [got, ref] of [
            [horvitzThompson(f.y, f.treat, f.ps), r.continuous_ate],
            [horvitzThompson(f.y, f.treat, f.ps, { estimand: "ATT" }), r.continuous_att],
            [horvitzThompson(f.ybin, f.treat, f.ps), r.binary_ate],
        ]) {
            expectClose(got.mean1, ref.mean1);
            expectClose(got.mean0, ref.mean0);
            expectClose(got.estimate, ref.estimate);
            expectClose(got.se, ref.se);
        }
    });
    it("stops on degenerate input", () => {
        expect(() => horvitzThompson([1, 2], [1, 1], [0.5, 0.5])).toThrow(/no control observations/);
        expect(() => horvitzThompson([1, 2], [1, 0], [0.5, 1])).toThrow(/ps\[1\]: a propensity score must be strictly between 0 and 1, got 1/);
        expect(() => horvitzThompson([1, NaN], [1, 0], [0.5, 0.5])).toThrow(/y\[1\]/);
        expect(() => horvitzThompson([1, 2], [1, 0], [0.5, 0.5], { estimand: "ATO" })).toThrow(/options.estimand: must be one of "ATE", "ATT"/);
    });
});
