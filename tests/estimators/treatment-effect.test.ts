import { describe, expect, it } from "vitest";
import { estimateTreatmentEffect, type TreatmentEffectInput } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

function input(outcome: "y" | "ybin"): TreatmentEffectInput {
  const f = causalFixture();
  return { covariates: f.X, treatment: f.treat, outcome: f[outcome], covariateNames: f.names };
}

describe("estimateTreatmentEffect", () => {
  it("computes the documented g-computation example by hand", () => {
    const r = estimateTreatmentEffect(
      { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1] },
      { method: "g-computation", outcomeType: "continuous" },
    );
    expect(r.difference.estimate).toBeCloseTo(2, 12);
    expect(r.difference.se).toBeNull();
    expect(r.propensity).toBeNull();
  });

  it("matches R for every method on the continuous outcome", () => {
    const r = expected("causal");
    const inp = input("y");
    const cases = [
      [{ method: "aipw" }, r.aipw.continuous_ate],
      [{ method: "ipw-hajek" }, r.hajek.continuous_ate],
      [{ method: "ipw-hajek", estimand: "ATO" }, r.hajek.continuous_ato],
      [{ method: "ipw-ht", estimand: "ATT" }, r.ht.continuous_att],
      [{ method: "g-computation" }, r.gcomp.continuous_ate],
      [{ method: "g-computation", estimand: "ATT" }, r.gcomp.continuous_att],
      [{ method: "g-computation", estimand: "ATO" }, r.gcomp.continuous_ato],
    ] as const;
    for (const [opts, ref] of cases) {
      const got = estimateTreatmentEffect(inp, { outcomeType: "continuous", ...opts });
      expectClose(got.mean1, ref.mean1);
      expectClose(got.mean0, ref.mean0);
      expectClose(got.difference.estimate, ref.estimate);
      if ("se" in ref) expectClose(got.difference.se, ref.se);
    }
  });

  it("matches R with trimming (Crump's rule and α = 0.1), both models refitted on the kept subjects", () => {
    const r = expected("causal").trimming;
    const inp = input("y");
    const crumpAipw = estimateTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous", trim: { rule: "crump" } });
    expectClose(crumpAipw.trimThreshold, r.crump_alpha);
    expect(crumpAipw.nAnalysed).toBe(r.crump_kept);
    expect(crumpAipw.nTrimmed).toBe(400 - r.crump_kept);
    expect(crumpAipw.analysed.filter(Boolean).length).toBe(r.crump_kept);
    expectClose(crumpAipw.difference.estimate, r.crump_aipw_ate.estimate);
    expectClose(crumpAipw.difference.se, r.crump_aipw_ate.se);
    const crumpHajek = estimateTreatmentEffect(inp, { method: "ipw-hajek", outcomeType: "continuous", trim: { rule: "crump" } });
    expectClose(crumpHajek.difference.estimate, r.crump_hajek_ate.estimate);
    expectClose(crumpHajek.difference.se, r.crump_hajek_ate.se);
    const sym = estimateTreatmentEffect(inp, { method: "aipw", outcomeType: "continuous", trim: { rule: "symmetric", threshold: 0.1 } });
    expect(sym.nAnalysed).toBe(r["symmetric_0.1_kept"]);
    expectClose(sym.difference.estimate, r["symmetric_0.1_aipw_ate"].estimate);
    expectClose(sym.difference.se, r["symmetric_0.1_aipw_ate"].se);
  });

  it("matches R on the binary outcome: risk difference, RR and OR", () => {
    const r = expected("causal").aipw.binary_ate;
    const got = estimateTreatmentEffect(input("ybin"), { method: "aipw", outcomeType: "binary" });
    expectClose(got.difference.estimate, r.estimate);
    expectClose(got.difference.se, r.se);
    expectClose(got.riskRatio!.estimate, r.rr);
    expectClose(got.riskRatio!.se, r.se_log_rr);
    expectClose(got.oddsRatio!.estimate, r.or);
    expectClose(got.oddsRatio!.se, r.se_log_or);
    const g = estimateTreatmentEffect(input("ybin"), { method: "g-computation", outcomeType: "binary" });
    expectClose(g.difference.estimate, expected("causal").gcomp.binary_ate.estimate);
    expect(g.riskRatio!.ci).toBeNull();
  });

  it("reports the diagnostics a reviewer needs", () => {
    const r = expected("causal");
    const got = estimateTreatmentEffect(input("y"), { method: "aipw", outcomeType: "continuous" });
    expect(got.propensity!.converged).toBe(true);
    expect(got.propensity!.coefficients.map((c) => c.name)).toEqual(["(Intercept)", "age", "female", "bmi", "severity", "diabetes", "region=Asia", "region=Europe"]);
    expectClose(got.propensity!.ess.treated, r.weights.ess_ate.treated);
    expectClose(got.propensity!.range.control[0], r.propensity.min);
    expect(got.outcomeModels!.treated).toHaveLength(8);
    expect(got.nTreated + got.nControl).toBe(400);
    expect(got.seMethod).toMatch(/influence function/);
    expect(JSON.stringify(got)).not.toMatch(/NaN|null,"ci"/);
  });

  it("stops with a clear error on every degenerate input", () => {
    const base = { covariates: [[1], [2], [3], [4], [5], [6]], treatment: [1, 0, 1, 0, 1, 0], outcome: [1, 2, 3, 4, 5, 6] };
    const opts = { method: "aipw", outcomeType: "continuous" } as const;
    expect(() => estimateTreatmentEffect({ ...base, treatment: [1, 1, 1, 1, 1, 1] }, opts)).toThrow(/input.treatment: has no control observations/);
    expect(() => estimateTreatmentEffect({ ...base, outcome: [1, 2, NaN, 4, 5, 6] }, opts)).toThrow(/input.outcome\[2\]: must be a finite number, got NaN/);
    expect(() => estimateTreatmentEffect({ ...base, covariates: [[1], [2], [Infinity], [4], [5], [6]] }, opts)).toThrow(
      /input.covariates\[2\]\[0\]: must be a finite number, got Infinity/,
    );
    expect(() => estimateTreatmentEffect({ ...base, covariates: base.covariates.map((r) => [...r, 7]), covariateNames: ["age", "site"] }, opts)).toThrow(
      /"site" \(column 2\) is a linear combination/,
    );
    expect(() => estimateTreatmentEffect({ ...base, covariates: base.covariates.map((r) => [r[0]!, r[0]! * 2, r[0]! ** 2]) }, opts)).toThrow(/linear combination|row\(s\) for/);
    expect(() =>
      estimateTreatmentEffect(
        {
          covariates: [
            [1, 2],
            [2, 1],
          ],
          treatment: [1, 0],
          outcome: [1, 2],
        },
        opts,
      ),
    ).toThrow(/has 2 row\(s\) for 3 parameters/);
    expect(() => estimateTreatmentEffect({ ...base, treatment: [0, 0, 0, 1, 1, 1] }, { ...opts, method: "ipw-hajek" })).toThrow(/complete separation/);
    expect(() => estimateTreatmentEffect(base, { ...opts, estimand: "ATT" })).toThrow(/AIPW is implemented for the ATE only/);
    expect(() => estimateTreatmentEffect(base, { ...opts, method: "ipw-ht", estimand: "ATO" })).toThrow(/Horvitz–Thompson supports ATE and ATT/);
    expect(() => estimateTreatmentEffect(base, { ...opts, outcomeType: "binary" })).toThrow(/input.outcome\[1\]: a binary outcome must be 0 or 1, got 2/);
    expect(() => estimateTreatmentEffect(base, { ...opts, method: "bayes" as never })).toThrow(/options.method: must be one of/);
    expect(() => estimateTreatmentEffect({ ...base, outcome: [1, 2] }, opts)).toThrow(/input.outcome: must have the same length as input.covariates \(6\), got 2/);
  });

  it("stops when trimming empties an arm", () => {
    // e(x = 1) = 0.9, e(x = 0) = 0.1: trimming at α = 0.2 keeps nobody.
    const covariates = Array.from({ length: 20 }, (_, i) => [i < 10 ? 1 : 0]);
    const treatment = covariates.map((_, i) => (i < 10 ? (i === 0 ? 0 : 1) : i === 10 ? 1 : 0));
    const inp = { covariates, treatment, outcome: covariates.map((_, i) => i % 3) };
    expect(() => estimateTreatmentEffect(inp, { method: "ipw-hajek", outcomeType: "continuous", trim: { rule: "symmetric", threshold: 0.2 } })).toThrow(
      /options.trim: trimming at α = 0.2 leaves no treated subjects \(0 kept of 20\)/,
    );
  });
});
