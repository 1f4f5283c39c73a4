/**
 * standardizedBinaryEffects against R (glm + sandwich + the delta method written out, and Ye et
 * al.'s unconditional variance written out as RobinCar2's vcovG; tests/reference/csr/ancova-expected.R)
 * on the three-arm fixture's binary outcome, to 1e-6.
 */
import { describe, expect, it } from "vitest";
import { standardizedBinaryEffects, type LinearModelSpec } from "../../estimators/src/index.ts";
import { expectClose, readFixture } from "./reference.ts";
import expectedJson from "../reference/csr/ancova-expected.json" with { type: "json" };

const r = expectedJson as any;
const rows = readFixture("../study-analysis/trial3arm.csv").filter((row) => row.resp !== null);
const spec: LinearModelSpec = {
  outcome: "resp",
  factors: [{ name: "arm", levels: ["PBO", "LOW", "HIGH"] }, "site_group", "female"],
  covariates: ["baseline", "age"],
};

describe("standardizedBinaryEffects matches glm + delta method in R", () => {
  it.each(["model", "sandwich", "unconditional"] as const)("%s variance", (variance) => {
    const e = r.standardization.find((s: any) => s.variance === variance);
    const res = standardizedBinaryEffects(rows, spec, { factor: "arm", variance });
    expect(res.fit.n).toBe(r.glm_n);
    expectClose(res.fit.coefficients, r.glm_coefficients);
    expect(res.risks.map((x) => x.level)).toEqual(e.risks.level);
    expectClose(
      res.risks.map((x) => x.risk),
      e.risks.risk,
    );
    expectClose(
      res.risks.map((x) => x.se),
      e.risks.se,
    );
    (e.sigma as number[][]).forEach((row, j) => expectClose(res.riskCovariance[j], row));
    res.comparisons.forEach((c, k) => {
      const ec = e.comparisons[k];
      expect(c.level).toBe(ec.level);
      for (const [mine, theirs] of [
        [c.riskDifference, ec.rd],
        [c.riskRatio, ec.rr],
        [c.oddsRatio, ec.or],
      ] as const) {
        expectClose(mine.estimate, theirs.estimate);
        expectClose(mine.se, theirs.se);
        expectClose(mine.lower, theirs.lower);
        expectClose(mine.upper, theirs.upper);
        expectClose(mine.p, theirs.p);
      }
    });
  });
});

describe("the documented example and the checks", () => {
  const small = [0, 0, 0, 1, 0, 1, 1, 1].map((y, i) => ({ y, arm: i < 4 ? "P" : "T" }));
  it("without covariates the standardized risks are the proportions", () => {
    const res = standardizedBinaryEffects(small, { outcome: "y", factors: ["arm"] }, { factor: "arm" });
    expectClose(
      res.risks.map((x) => x.risk),
      [0.25, 0.75],
      1e-9,
    );
    expectClose(res.comparisons[0]!.riskDifference.estimate, 0.5, 1e-9);
    expectClose(res.comparisons[0]!.oddsRatio.estimate, 9, 1e-8);
    // Model-based delta-method SE of the RD equals the unpooled binomial SE here.
    const m = standardizedBinaryEffects(small, { outcome: "y", factors: ["arm"] }, { factor: "arm", variance: "model" });
    expectClose(m.comparisons[0]!.riskDifference.se, Math.sqrt((0.25 * 0.75) / 4 + (0.75 * 0.25) / 4), 1e-8);
    // Ye et al.'s variance without covariates: the sample variance of each arm (divisor nₐ − 1) over nₐ.
    const u = standardizedBinaryEffects(small, { outcome: "y", factors: ["arm"] }, { factor: "arm", variance: "unconditional" });
    expectClose(u.comparisons[0]!.riskDifference.se, Math.sqrt((0.25 * 0.75) / 3 + (0.75 * 0.25) / 3), 1e-8);
  });
  it("halts on a non-binary outcome, on separation and on an unknown arm factor", () => {
    expect(() => standardizedBinaryEffects([...small, { y: 2, arm: "T" }], { outcome: "y", factors: ["arm"] }, { factor: "arm" })).toThrow(/rows\[8\]\.y: must be 0 or 1, got 2/);
    const separated = [0, 0, 0, 0, 1, 1, 1, 1].map((y, i) => ({ y, arm: i < 4 ? "P" : "T" }));
    expect(() => standardizedBinaryEffects(separated, { outcome: "y", factors: ["arm"] }, { factor: "arm" })).toThrow(/separation/);
    expect(() => standardizedBinaryEffects(small, { outcome: "y", factors: ["arm"] }, { factor: "trt" })).toThrow(/term: must be a term/);
  });
});
