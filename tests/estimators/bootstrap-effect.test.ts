import { describe, expect, it } from "vitest";
import { bootstrapIntervals, bootstrapTreatmentEffect, estimateTreatmentEffect, jackknifeInfluence, type TreatmentEffectInput } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

function input(outcome: "y" | "ybin"): TreatmentEffectInput {
  const f = causalFixture();
  return { covariates: f.X, treatment: f.treat, outcome: f[outcome], covariateNames: f.names };
}

describe("bootstrapTreatmentEffect", () => {
  it("is reproducible for a seed and brackets the estimate; percentile and BCa agree with the analytic SE roughly", () => {
    const inp = input("y");
    const a = bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 200 });
    const b = bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 200 });
    expect(b.difference).toEqual(a.difference);
    const est = a.estimate.difference.estimate;
    expect(a.difference.percentile[0]).toBeLessThan(est);
    expect(a.difference.percentile[1]).toBeGreaterThan(est);
    expect(a.difference.bca![0]).toBeLessThan(est);
    expect(a.difference.bca![1]).toBeGreaterThan(est);
    expect(a.difference.se / a.estimate.difference.se!).toBeGreaterThan(0.7);
    expect(a.difference.se / a.estimate.difference.se!).toBeLessThan(1.4);
    expect(a.failures).toEqual([]);
    const c = bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: 2, replicates: 200, acceleration: "none" });
    expect(c.difference.percentile).not.toEqual(a.difference.percentile);
    expect(c.difference.bca).toBeNull();
  });
  it("bootstraps g-computation (no analytic SE) and ratio measures of a binary outcome, stratified by arm", () => {
    const r = bootstrapTreatmentEffect(input("ybin"), { method: "g-computation", outcomeType: "binary" }, { seed: 7, replicates: 100, acceleration: "none", strata: "treatment" });
    expect(r.estimate.difference.se).toBeNull();
    expect(r.difference.replicates).toBe(100);
    const rr = r.estimate.riskRatio!.estimate;
    expect(r.riskRatio!.percentile[0]).toBeLessThan(rr);
    expect(r.riskRatio!.percentile[1]).toBeGreaterThan(rr);
    expect(r.oddsRatio!.percentile[0]).toBeGreaterThan(0);
  });
  it("stops on the first failed replicate by default, naming it", () => {
    // A rare binary covariate (one subject per arm) is constant within an arm in many resamples.
    const covariates = Array.from({ length: 40 }, (_, i) => [i % 5, i <= 1 ? 1 : 0]);
    const inp = { covariates, treatment: covariates.map((_, i) => i % 2), outcome: covariates.map((_, i) => (i * 7) % 11), covariateNames: ["x", "rare"] };
    expect(() => bootstrapTreatmentEffect(inp, { method: "g-computation", outcomeType: "continuous" }, { seed: 3, replicates: 50, acceleration: "none" })).toThrow(
      /bootstrap: replicate \d+ \(seed 3\) failed: .*"rare"/,
    );
  });
  it("can take the BCa acceleration from the influence function instead of a jackknife", () => {
    const inp = input("y");
    const opts = { method: "aipw", outcomeType: "continuous" } as const;
    const jack = bootstrapTreatmentEffect(inp, opts, { seed: 5, replicates: 200 });
    const infl = bootstrapTreatmentEffect(inp, opts, { seed: 5, replicates: 200, acceleration: "influence" });
    expect(infl.difference.percentile).toEqual(jack.difference.percentile);
    expect(Math.abs(infl.difference.acceleration! - jack.difference.acceleration!)).toBeLessThan(0.01);
    expect(() => bootstrapTreatmentEffect(inp, { method: "g-computation", outcomeType: "continuous" }, { seed: 5, replicates: 10, acceleration: "influence" })).toThrow(
      /"influence" needs an estimator with an influence function/,
    );
  });
  it("reproduces R's jackknife influence values (400 leave-one-out refits of both models) and hence boot.ci's BCa", () => {
    const r = expected("bootstrap");
    const inp = input("y");
    const opts = { method: "aipw", outcomeType: "continuous" } as const;
    const t0 = estimateTreatmentEffect(inp, opts).difference.estimate;
    expectClose(t0, r.t0);
    const loo = r.L.map((_: number, i: number) => {
      const keep = (_v: unknown, j: number) => j !== i;
      return estimateTreatmentEffect(
        {
          covariates: inp.covariates.filter(keep),
          treatment: Array.from(inp.treatment).filter(keep),
          outcome: Array.from(inp.outcome).filter(keep),
          covariateNames: inp.covariateNames!,
        },
        opts,
      ).difference.estimate;
    });
    const L = jackknifeInfluence(t0, loo);
    const scale = Math.max(...r.L.map(Math.abs));
    L.forEach((v, i) => expect(Math.abs(v - r.L[i])).toBeLessThan(1e-6 * scale));
    expectClose(bootstrapIntervals(t0, r.t, { influence: L }).bca, r.bca95);
  });
  it("validates its settings", () => {
    const inp = input("y");
    expect(() => bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: -1 })).toThrow(/bootstrap.seed/);
    expect(() => bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 1 })).toThrow(/bootstrap.replicates/);
    expect(() => bootstrapTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous" }, { seed: 1, strata: "site" as never })).toThrow(/bootstrap.strata/);
  });
});
