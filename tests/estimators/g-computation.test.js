import { describe, expect, it } from "vitest";
import { gComputation } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";
describe("gComputation", () => {
    it("computes the documented example by hand", () => {
        const r = gComputation([3, 5], [1, 2]);
        expect(r).toMatchObject({ mean1: 4, mean0: 1.5, estimate: 2.5, se: null });
    });
    it("matches the R reference (per-arm lm/glm predictions averaged over ATE, ATT and ATO populations)", () => {
        const f = causalFixture();
        const r = expected("causal").gcomp;
        const c = f.continuous;
        for (const [got, ref] of [
            [gComputation(c.mu1, c.mu0), r.continuous_ate],
            [gComputation(c.mu1, c.mu0, { targetWeights: f.treat }), r.continuous_att],
            [gComputation(c.mu1, c.mu0, { targetWeights: f.ps.map((e) => e * (1 - e)) }), r.continuous_ato],
            [gComputation(f.binary.mu1, f.binary.mu0), r.binary_ate],
        ]) {
            expectClose(got.mean1, ref.mean1);
            expectClose(got.mean0, ref.mean0);
            expectClose(got.estimate, ref.estimate);
        }
    });
    it("stops on degenerate input", () => {
        expect(() => gComputation([1, 2], [1])).toThrow(/mu0: must have the same length as mu1 \(2\), got 1/);
        expect(() => gComputation([1, 2], [1, 2], { targetWeights: [0, 0] })).toThrow(/positive sum/);
        expect(() => gComputation([NaN], [1])).toThrow(/mu1\[0\]/);
    });
});
