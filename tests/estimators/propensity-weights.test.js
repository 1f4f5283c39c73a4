import { describe, expect, it } from "vitest";
import { kishEssByArm, propensityWeights, smd, smdCategorical } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";
describe("propensityWeights", () => {
    it("computes the documented example", () => {
        expect(propensityWeights([0.25, 0.25], [1, 0], "ATE")).toEqual([4, 4 / 3]);
        expect(propensityWeights([0.25, 0.25], [1, 0], "ATT")).toEqual([1, 1 / 3]);
        expect(propensityWeights([0.25, 0.25], [1, 0], "ATO")).toEqual([0.75, 0.25]);
    });
    it("matches R on the fixture, with the ESS and the balance after weighting", () => {
        const f = causalFixture();
        const r = expected("causal");
        const ate = propensityWeights(f.ps, f.treat, "ATE");
        expectClose(ate.slice(0, 10), r.weights.ate_head);
        expectClose(propensityWeights(f.ps, f.treat, "ATT").slice(0, 10), r.weights.att_head);
        expectClose(propensityWeights(f.ps, f.treat, "ATO").slice(0, 10), r.weights.ato_head);
        const ess = kishEssByArm(ate, f.treat);
        expectClose(ess.treated, r.weights.ess_ate.treated);
        expectClose(ess.control, r.weights.ess_ate.control);
        expectClose(smd(f.age, f.treat, { weights: ate }).smd, r.balance_after_ate_weights.age);
        expectClose(smd(f.female, f.treat, { type: "binary", weights: ate }).smd, r.balance_after_ate_weights.female);
        expectClose(smdCategorical(f.region, f.treat, { weights: ate }).smd, r.balance_after_ate_weights.region);
    });
    it("rejects unknown estimands and scores outside (0, 1)", () => {
        expect(() => propensityWeights([0.5], [1], "ATC")).toThrow(/estimand: must be one of "ATE", "ATT", "ATO", got "ATC"/);
        expect(() => propensityWeights([0], [1], "ATE")).toThrow(/ps\[0\]: a propensity score must be strictly between 0 and 1, got 0/);
        expect(() => propensityWeights([0.5, 0.5], [1], "ATE")).toThrow(/ps: must have one score per subject \(1\), got 2/);
    });
});
