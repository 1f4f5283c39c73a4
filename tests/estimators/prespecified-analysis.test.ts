/**
 * prespecifiedAnalysis (estimators/src/prespecified-analysis.ts): a composition of the CSR
 * estimators, each matched to R in its own test; here what the composition adds: the @example,
 * the unadjusted difference on the same rows, p-values only on the adjusted contrasts, and
 * standardization for a binary outcome (with no covariates the adjusted and unadjusted risk
 * differences are the difference of proportions).
 */
import { describe, expect, it } from "vitest";
import { fitLinearModel, lsMeans, prespecifiedAnalysis, standardizedBinaryEffects, type PrespecifiedModelSpec } from "../../estimators/src/index.ts";

const ancova: PrespecifiedModelSpec["method"] = { kind: "ancova", covariance: "classical", lsMeanWeights: "proportional" };

describe("prespecifiedAnalysis", () => {
  it("@example: two arms, no covariates: the difference of means, adjusted = unadjusted", () => {
    const rows = [0, 1, 2, 2, 3, 4].map((y, i) => ({ arm: i < 3 ? "P" : "T", y }));
    const res = prespecifiedAnalysis(rows, {
      method: ancova,
      outcome: "y",
      arm: { column: "arm", levels: ["P", "T"] },
      factors: [],
      covariates: [],
      contrasts: [{ treated: "T", reference: "P" }],
    });
    expect(res.contrasts[0]!.adjusted.estimate).toBeCloseTo(2, 12);
    expect(res.contrasts[0]!.unadjusted.estimate).toBeCloseTo(2, 12);
    expect(res.contrasts[0]!.adjusted.p).toBeGreaterThan(0);
    expect(res.contrasts[0]!.unadjusted.p).toBeNull();
    expect(res.armEstimates.every((m) => m.p === null)).toBe(true);
    expect(res.armRawMeans).toEqual([
      { arm: "P", mean: 1 },
      { arm: "T", mean: 3 },
    ]);
  });

  it("ANCOVA with a covariate and HC3: the estimators' own numbers, the unadjusted one from the arm-only model", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ arm: i % 2 === 0 ? "P" : "T", x: (i * 7) % 11, y: ((i * 13) % 17) / 3 + (i % 2) + 0.3 * ((i * 7) % 11) }));
    const spec: PrespecifiedModelSpec = {
      method: { kind: "ancova", covariance: "HC3", lsMeanWeights: "proportional" },
      outcome: "y",
      arm: { column: "arm", levels: ["P", "T"] },
      factors: [],
      covariates: ["x"],
      contrasts: [{ treated: "T", reference: "P" }],
    };
    const res = prespecifiedAnalysis(rows, spec);
    const adjusted = lsMeans(fitLinearModel(rows, { outcome: "y", factors: [{ name: "arm", levels: ["P", "T"] }], covariates: ["x"] }), "arm", {
      weights: "proportional",
      covariance: "HC3",
    }).differences[0]!;
    const raw = lsMeans(fitLinearModel(rows, { outcome: "y", factors: [{ name: "arm", levels: ["P", "T"] }] }), "arm", { weights: "proportional", covariance: "HC3" })
      .differences[0]!;
    expect(res.contrasts[0]!.adjusted).toEqual({ estimate: adjusted.estimate, se: adjusted.se, lower: adjusted.lower, upper: adjusted.upper, df: adjusted.df, p: adjusted.p });
    expect(res.contrasts[0]!.unadjusted.estimate).toBe(raw.estimate);
    expect(res.contrasts[0]!.unadjusted.se).toBe(raw.se);
    expect(res.se).toBe("HC3");
    expect(res.armTest!.df).toBe(1);
  });

  it("standardization for a binary outcome: risks per arm, risk differences, p only on the adjusted", () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ arm: i % 2 === 0 ? "P" : "T", x: i % 5, y: (i * 7) % 10 < (i % 2 === 0 ? 3 : 6) ? 1 : 0 }));
    const res = prespecifiedAnalysis(rows, {
      method: { kind: "standardization", variance: "sandwich" },
      outcome: "y",
      arm: { column: "arm", levels: ["P", "T"] },
      factors: [],
      covariates: ["x"],
      contrasts: [{ treated: "T", reference: "P" }],
    });
    const direct = standardizedBinaryEffects(rows, { outcome: "y", factors: [{ name: "arm", levels: ["P", "T"] }], covariates: ["x"] }, { factor: "arm", control: "P" });
    expect(res.contrasts[0]!.adjusted.estimate).toBe(direct.comparisons[0]!.riskDifference.estimate);
    const p = (arm: string) => rows.filter((r) => r.arm === arm).reduce((s, r) => s + r.y, 0) / 30;
    expect(res.contrasts[0]!.unadjusted.estimate).toBeCloseTo(p("T") - p("P"), 12);
    expect(res.contrasts[0]!.unadjusted.p).toBeNull();
    expect(res.contrasts[0]!.adjusted.df).toBeNull();
    expect(res.armEstimates.map((a) => a.estimate)).toEqual(direct.risks.map((r) => r.risk));
  });

  it("a contrast naming an unknown arm, or doses on a standardization, is an error naming the argument", () => {
    const rows = [
      { arm: "P", y: 1 },
      { arm: "T", y: 0 },
    ];
    expect(() =>
      prespecifiedAnalysis(rows, {
        method: ancova,
        outcome: "y",
        arm: { column: "arm", levels: ["P", "T"] },
        factors: [],
        covariates: [],
        contrasts: [{ treated: "X", reference: "P" }],
      }),
    ).toThrow(/spec\.contrasts\[0\]\.treated/);
    expect(() =>
      prespecifiedAnalysis(rows, {
        method: { kind: "standardization", variance: "sandwich" },
        outcome: "y",
        arm: { column: "arm", levels: ["P", "T"] },
        factors: [],
        covariates: [],
        contrasts: [],
        doses: { P: 0, T: 1 },
      }),
    ).toThrow(/spec\.doses/);
  });
});
