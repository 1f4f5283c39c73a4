import { describe, expect, it } from "vitest";
import { deltaTippingPoint, estimateTreatmentEffect, fitPropensity, propensityWeights } from "../../estimators/src/index.ts";
import { studyData } from "./sensitivity-data.ts";

describe("deltaTippingPoint (delta-adjusted multiple imputation)", () => {
  const s = studyData("SYN-SEL-C");
  const input = s.dropoutInput;
  const res = deltaTippingPoint(input, { outcomeType: "continuous", seed: 11, deltasTreated: [-1, 0, 1], deltasControl: [0, 0.5], imputations: 10 });
  it("counts the missing outcomes per arm and fills the grid", () => {
    const missing = input.outcome.map((v, i) => (v === null ? (input.treatment[i] as number) : -1));
    expect(res.nMissingTreated).toBe(missing.filter((v) => v === 1).length);
    expect(res.nMissingControl).toBe(missing.filter((v) => v === 0).length);
    expect(res.nMissingTreated + res.nMissingControl).toBeGreaterThan(50);
    expect(res.grid).toHaveLength(6);
    expect(res.grid[1]).toEqual(res.mar);
  });
  it("shifting the treated arm's imputations by δ moves the Hájek estimate by exactly δ × their weight share", () => {
    const ps = fitPropensity(input.covariates, input.treatment, { covariateNames: input.covariateNames! }).scores;
    const w = propensityWeights(ps, input.treatment, "ATE");
    let all = 0;
    let miss = 0;
    input.treatment.forEach((t, i) => {
      if (t !== 1) return;
      all += w[i]!;
      if (input.outcome[i] === null) miss += w[i]!;
    });
    expect(res.grid[2]!.estimate - res.grid[1]!.estimate).toBeCloseTo(miss / all, 10);
    expect(res.grid[1]!.estimate - res.grid[0]!.estimate).toBeCloseTo(miss / all, 10);
  });
  it("the tipping point is where the interval's verdict changes: its bound crosses 0 there", () => {
    const full = deltaTippingPoint(input, { outcomeType: "continuous", seed: 11, imputations: 10 });
    expect(full.mar.significant).toBe(true);
    expect(full.tippingPoint).not.toBeNull();
    const tp = full.tippingPoint!;
    expect(Math.sign(tp)).toBe(-Math.sign(full.mar.estimate));
    const at = deltaTippingPoint(input, { outcomeType: "continuous", seed: 11, imputations: 10, deltasTreated: [tp * (1 - 1e-4), tp * (1 + 1e-4)] });
    expect(at.grid[0]!.significant).toBe(true);
    expect(at.grid[1]!.significant).toBe(false);
  });
  it("is reproducible by seed and changes with the seed", () => {
    const again = deltaTippingPoint(input, { outcomeType: "continuous", seed: 11, deltasTreated: [-1, 0, 1], deltasControl: [0, 0.5], imputations: 10 });
    expect(again.grid).toEqual(res.grid);
    const other = deltaTippingPoint(input, { outcomeType: "continuous", seed: 12, deltasTreated: [0], imputations: 10 });
    expect(other.mar.estimate).not.toBe(res.mar.estimate);
  });
  it("under MAR the MI estimate is close to the complete-case AIPW estimate where dropout depends on covariates only (SYN-CONF-B, binary)", () => {
    const b = studyData("SYN-CONF-B");
    const r = deltaTippingPoint(b.dropoutInput, { outcomeType: "binary", seed: 2, deltasTreated: [0], imputations: 5 });
    const cc = estimateTreatmentEffect(b.input, { method: "aipw", outcomeType: "binary" });
    expect(Math.abs(r.mar.estimate - cc.difference.estimate)).toBeLessThan(2 * cc.difference.se!);
  });
  it("rejects a non-binary outcome in binary mode, naming the subject", () => {
    expect(() => deltaTippingPoint({ covariates: [[1], [2], [3]], treatment: [1, 0, 1], outcome: [0, 2, null] }, { outcomeType: "binary", seed: 1 })).toThrow(
      /input.outcome\[1\]: must be 0 or 1/,
    );
  });
});
