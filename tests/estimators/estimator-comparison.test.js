import { describe, expect, it } from "vitest";
import { compareEstimators, estimateTreatmentEffect } from "../../estimators/src/index.ts";
import { causalFixture } from "./reference.ts";
import { studyData } from "./sensitivity-data.ts";
describe("compareEstimators", () => {
    const f = causalFixture();
    const input = { covariates: f.X, treatment: f.treat, outcome: f.y, covariateNames: f.names };
    const rows = compareEstimators(input, { method: "aipw", outcomeType: "continuous" }, { replicates: 50, seed: 3 });
    it("lists RA, HT, Hájek, AIPW and overlap weights, each equal to the direct analysis", () => {
        expect(rows.map((r) => r.id)).toEqual(["ra", "ipw-ht", "ipw-hajek", "aipw", "overlap"]);
        for (const r of rows) {
            const direct = estimateTreatmentEffect(input, { method: r.method, estimand: r.estimand, outcomeType: "continuous" });
            expect(r.effect.estimate, r.id).toBe(direct.difference.estimate);
            expect(r.effect.ci, r.id).not.toBeNull();
        }
        expect(rows[4].estimand).toBe("ATO");
    });
    it("gives regression adjustment a seeded bootstrap interval (same seed, same interval)", () => {
        const again = compareEstimators(input, { method: "aipw", outcomeType: "continuous" }, { replicates: 50, seed: 3 });
        expect(again[0].effect.ci).toEqual(rows[0].effect.ci);
        expect(rows[0].intervalMethod).toMatch(/bootstrap percentile, 50 replicates/);
        const other = compareEstimators(input, { method: "aipw", outcomeType: "continuous" }, { replicates: 50, seed: 4 });
        expect(other[0].effect.ci).not.toEqual(rows[0].effect.ci);
    });
    it("every estimator recovers the true ATE of the confounded synthetic study within 3 SE (SYN-CONF-C)", () => {
        const s = studyData("SYN-CONF-C");
        const source = s.config.source;
        if (source.kind !== "synthetic")
            throw new Error("SYN-CONF-C must be a synthetic study");
        const res = compareEstimators(s.input, { method: "aipw", outcomeType: "continuous" }, { replicates: 30, seed: 1 });
        for (const r of res.filter((x) => x.estimand === "ATE")) {
            expect(Math.abs(r.effect.estimate - source.trueEffect), r.id).toBeLessThan(3 * r.effect.se);
        }
    });
});
