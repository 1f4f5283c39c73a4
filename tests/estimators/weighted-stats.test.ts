import { describe, expect, it } from "vitest";
import { EstimatorInputError, weightedMean, weightedSd, weightedVariance } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";

describe("weightedMean", () => {
  it("computes the documented example", () => {
    expect(weightedMean([1, 2, 3], [1, 1, 2])).toBe(2.25);
    expect(weightedMean([1, 2, 3])).toBe(2);
  });
  it("matches R's weighted.mean on the fixture", () => {
    const d = trialData();
    const r = expected("weighted-stats");
    expectClose(weightedMean(d.age), r.age_mean);
    expectClose(weightedMean(d.age, d.w), r.age_wmean);
  });
  it("rejects non-finite values, bad weights and mismatched lengths, naming them", () => {
    expect(() => weightedMean([1, NaN])).toThrow(/x\[1\]: must be a finite number, got NaN/);
    expect(() => weightedMean([1, Infinity])).toThrow(/x\[1\].*Infinity/);
    expect(() => weightedMean([])).toThrow(/x: must have at least 1 element/);
    expect(() => weightedMean([1, 2], [1, -1])).toThrow(/weights\[1\]: must be non-negative, got -1/);
    expect(() => weightedMean([1, 2], [0, 0])).toThrow(/weights: must have a positive sum/);
    expect(() => weightedMean([1, 2], [1])).toThrow(/weights: must have one weight per observation \(2\), got 1/);
    expect(() => weightedMean([1, 2], [1, 1])).not.toThrow();
    expect(() => weightedMean([1, "2" as unknown as number])).toThrow(EstimatorInputError);
  });
});

describe("weightedVariance", () => {
  it("computes the documented examples", () => {
    expect(weightedVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(weightedVariance([1, 2, 3], [1, 1, 2])).toBeCloseTo(1.1, 15);
    expect(weightedSd([2, 4, 4, 4, 5, 5, 7, 9], undefined, { kind: "population" })).toBe(2);
  });
  it("matches R (var, cov.wt unbiased and ML, frequency by formula)", () => {
    const d = trialData();
    const r = expected("weighted-stats");
    expectClose(weightedVariance(d.age), r.age_var);
    expectClose(weightedSd(d.age), r.age_sd);
    expectClose(weightedVariance(d.age, d.w), r.age_wvar_reliability);
    expectClose(weightedVariance(d.age, d.w, { kind: "population" }), r.age_wvar_population);
    expectClose(weightedVariance(d.age, d.w, { kind: "frequency" }), r.age_wvar_frequency);
    expectClose(weightedSd(d.age, d.w), r.age_wsd_reliability);
  });
  it("is invariant to rescaling reliability weights and equals the sample variance for equal weights", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const w = [1, 2, 1, 3, 1, 1, 2, 1];
    expect(
      weightedVariance(
        x,
        w.map((v) => v * 7.5),
      ),
    ).toBeCloseTo(weightedVariance(x, w), 12);
    expect(
      weightedVariance(
        x,
        x.map(() => 3),
      ),
    ).toBeCloseTo(weightedVariance(x), 12);
  });
  it("refuses a variance with one effective observation", () => {
    expect(() => weightedVariance([5])).toThrow(/needs more than one effective observation/);
    expect(() => weightedVariance([5, 6], [1, 0])).toThrow(/needs more than one effective observation/);
    expect(() => weightedVariance([1, 2], undefined, { kind: "robust" as never })).toThrow(/options.kind: must be one of/);
  });
});
