import { describe, expect, it } from "vitest";
import { buildDesignMatrix, cochranQ, estimateTreatmentEffect, subgroupEffects, subgroupLabels } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";
import { studyData } from "./sensitivity-data.ts";

describe("cochranQ", () => {
  it("is Σ w(θ − θ̄)² with χ² on K − 1 df (hand example)", () => {
    const q = cochranQ([1, 3], [1, 1]);
    expect(q).toEqual({ statistic: 2, df: 1, pooled: 2, pValue: expect.any(Number) });
    expectClose(q.pValue, 0.15729920705028513, 1e-10); // pchisq(2, 1, lower.tail = FALSE)
  });
  it("rejects a single subgroup and a zero SE", () => {
    expect(() => cochranQ([1], [1])).toThrow(/estimates/);
    expect(() => cochranQ([1, 2], [1, 0])).toThrow(/ses\[1\]/);
  });
});

describe("subgroupLabels", () => {
  it("cuts a continuous variable at the breaks and passes categories through", () => {
    expect(subgroupLabels([50, 65, 70, 80], "age", [65, 75])).toEqual(["< 65", "65 to < 75", "65 to < 75", "≥ 75"]);
    expect(subgroupLabels([1, 0, 1n], "female")).toEqual(["1", "0", "1"]);
  });
  it("names the row and column of a missing value", () => {
    expect(() => subgroupLabels([1, null], "female")).toThrow(/rows\[1\]\.female: is missing/);
  });
});

describe("subgroupEffects against R (AIPW within subgroups, Cochran's Q)", () => {
  const d = trialData();
  const m = buildDesignMatrix(d.rows, ["age", "female", "bmi", "severity", "diabetes", "region"]);
  const input = { covariates: m.X, treatment: d.treat, outcome: d.y, covariateNames: m.columnNames };
  it.each(["female", "region"])("by %s", (variable) => {
    const ref = expected("sensitivity").subgroups[variable];
    const groups = subgroupLabels(
      d.rows.map((r) => r[variable]),
      variable,
    );
    const res = subgroupEffects(input, groups, { method: "aipw", outcomeType: "continuous" });
    expect(res.rows.map((r) => r.level)).toEqual(ref.rows.map((r: any) => String(r.level)));
    res.rows.forEach((r, i) => {
      expect(r.n).toBe(ref.rows[i].n);
      expectClose(r.effect!.estimate, ref.rows[i].estimate);
      expectClose(r.effect!.se, ref.rows[i].se);
      expect(r.droppedCovariates.every((c) => c.startsWith(variable))).toBe(true);
    });
    expectClose(res.interaction!.statistic, ref.interaction.statistic);
    expectClose(res.interaction!.pValue, ref.interaction.p);
  });
  it("refuses g-computation (no SE) and reports an unusable subgroup instead of aborting", () => {
    expect(() =>
      subgroupEffects(
        input,
        d.rows.map(() => "all"),
        { method: "g-computation", outcomeType: "continuous" },
      ),
    ).toThrow(/standard error/);
    const groups = d.rows.map((_, i) => (i < 3 ? "tiny" : "rest"));
    const res = subgroupEffects(input, groups, { method: "aipw", outcomeType: "continuous" });
    expect(res.rows.find((r) => r.level === "tiny")!.error).toMatch(/.+/);
    expect(res.interaction).toBeNull();
  });
});

describe("CATE by segment on the heterogeneous synthetic process (SYN-HET-C, final cut)", () => {
  const s = studyData("SYN-HET-C");
  const truth = s.truth();
  it("the AIPW effect by region is within 3 SE of truth.json's true CATE, and the interaction test detects the heterogeneity", () => {
    const res = subgroupEffects(
      s.input,
      s.observed.map((r) => String(r.region)),
      { method: "aipw", outcomeType: "continuous" },
    );
    for (const { region, effect } of truth.cate.byRegion) {
      const row = res.rows.find((r) => r.level === region)!;
      expect(Math.abs(row.effect!.estimate - effect), region).toBeLessThan(3 * row.effect!.se!);
    }
    expect(res.interaction!.pValue).toBeLessThan(0.05);
  });
  it("by segment (region × prior therapy): within 3 SE of the true CATE in every segment", () => {
    const groups = s.observed.map((r) => `${r.region} / prior therapy ${r.prior_therapy}`);
    const res = subgroupEffects(s.input, groups, { method: "aipw", outcomeType: "continuous" });
    expect(res.rows).toHaveLength(truth.cate.bySegment.length);
    for (const seg of truth.cate.bySegment) {
      const row = res.rows.find((r) => r.level === `${seg.region} / prior therapy ${seg.prior_therapy}`)!;
      expect(Math.abs(row.effect!.estimate - seg.effect), row.level).toBeLessThan(3 * row.effect!.se!);
    }
  });
  it("a subgroup's effect equals the direct analysis of that subgroup without the constant columns", () => {
    const res = subgroupEffects(
      s.input,
      s.observed.map((r) => String(r.prior_therapy)),
      { method: "aipw", outcomeType: "continuous" },
    );
    const idx = s.observed.flatMap((r, i) => (r.prior_therapy === 1 ? [i] : []));
    const keep = s.input.covariateNames!.map((n) => n !== "prior_therapy");
    const direct = estimateTreatmentEffect(
      {
        covariates: idx.map((i) => (s.input.covariates[i] as number[]).filter((_, j) => keep[j])),
        treatment: idx.map((i) => s.input.treatment[i] as number),
        outcome: idx.map((i) => s.input.outcome[i] as number),
      },
      { method: "aipw", outcomeType: "continuous" },
    );
    expect(res.rows.find((r) => r.level === "1")!.effect!.estimate).toBe(direct.difference.estimate);
    expect(res.rows.find((r) => r.level === "1")!.droppedCovariates).toEqual(["prior_therapy"]);
  });
});
