/**
 * The coverage simulation on a few seeds (the full run, `npm run simulate:coverage`, is a script
 * whose output is committed): the simulated trials follow the confounded process (treated subjects
 * are older and sicker), the naive difference is biased, AIPW is not, and a run is reproducible.
 */
import { describe, expect, it } from "vitest";
import { simulateConfoundedTrial, simulateCoverage } from "../../src/analysis/coverage-simulation.ts";
import { getStudy } from "../../src/foundation/registry.ts";
import { asSynthetic } from "../../src/foundation/study-config.ts";
describe("coverage simulation", () => {
    it("draws confounded trials: the treated are older and more severe", () => {
        const rows = simulateConfoundedTrial(asSynthetic(getStudy("SYN-CONF-C")), 3, 2000);
        const mean = (arm, k) => {
            const v = rows.filter((r) => r.arm === arm).map((r) => r[k]);
            return v.reduce((s, x) => s + x, 0) / v.length;
        };
        expect(mean("TRT", "age") - mean("PBO", "age")).toBeGreaterThan(2);
        expect(mean("TRT", "baseline_severity") - mean("PBO", "baseline_severity")).toBeGreaterThan(1);
    });
    it("on 12 seeds: the naive difference is biased, AIPW is not, and the same seeds give the same figures", () => {
        const { summary, replicates } = simulateCoverage({ study: "SYN-CONF-C", replicates: 12, n: 600 });
        const { naive, aipw } = summary.estimators;
        expect(summary.truth).toBe(0.25);
        expect(naive.bias).toBeLessThan(-5 * naive.biasMcse);
        expect(Math.abs(aipw.bias)).toBeLessThan(3 * aipw.biasMcse);
        expect(aipw.coverage).toBeGreaterThanOrEqual(9 / 12);
        expect(summary.aipwMeanSe / aipw.empiricalSd).toBeGreaterThan(0.6);
        expect(summary.aipwMeanSe / aipw.empiricalSd).toBeLessThan(1.6);
        expect(simulateCoverage({ study: "SYN-CONF-C", replicates: 2, n: 600 }).replicates).toEqual(replicates.slice(0, 2));
    });
});
