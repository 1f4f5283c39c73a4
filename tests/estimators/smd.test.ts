import { describe, expect, it } from "vitest";
import { smd, smdCategorical, sortLevels } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";

describe("smd (continuous and binary)", () => {
  it("computes the documented examples by hand", () => {
    // (4 − 2)/√((1 + 1)/2) = 2
    expect(smd([1, 2, 3, 3, 4, 5], [0, 0, 0, 1, 1, 1]).smd).toBe(2);
    // p1 = 1, p0 = 1/3: (2/3)/√((0 + 2/9)/2) = 2
    expect(smd([0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1], { type: "binary" }).smd).toBeCloseTo(2, 14);
  });
  it("matches the R reference: continuous, before and after weighting, every denominator", () => {
    const d = trialData();
    const r = expected("smd");
    expectClose(smd(d.age, d.treat).smd, r.age.unweighted);
    const after = smd(d.age, d.treat, { weights: d.w });
    expectClose(after.smd, r.age.weighted_sd_unweighted);
    expectClose(after.meanTreated, r.age.mean_treated_weighted);
    expectClose(after.meanControl, r.age.mean_control_weighted);
    expectClose(smd(d.age, d.treat, { weights: d.w, sdFrom: "weighted" }).smd, r.age.weighted_sd_weighted);
    expectClose(smd(d.age, d.treat, { weights: d.w, denominator: "treated" }).smd, r.age.weighted_denominator_treated);
    expectClose(smd(d.age, d.treat, { weights: d.w, denominator: "control" }).smd, r.age.weighted_denominator_control);
  });
  it("matches the R reference: binary", () => {
    const d = trialData();
    const r = expected("smd");
    expectClose(smd(d.female, d.treat, { type: "binary" }).smd, r.female.unweighted);
    expectClose(smd(d.female, d.treat, { type: "binary", weights: d.w }).smd, r.female.weighted_sd_unweighted);
    expectClose(smd(d.female, d.treat, { type: "binary", weights: d.w, sdFrom: "weighted" }).smd, r.female.weighted_sd_weighted);
  });
  it("keeps the unweighted denominator by default, so weights change only the numerator", () => {
    const d = trialData();
    const before = smd(d.age, d.treat);
    const after = smd(d.age, d.treat, { weights: d.w });
    expect(after.sd).toBe(before.sd);
  });
  it("gives 0 for a covariate constant in both arms and ±Infinity for one that separates the arms", () => {
    expect(smd([3, 3, 3, 3], [0, 0, 1, 1]).smd).toBe(0);
    expect(smd([0, 0, 1, 1], [0, 0, 1, 1], { type: "binary" }).smd).toBe(Infinity);
    expect(smd([1, 1, 0, 0], [0, 0, 1, 1], { type: "binary" }).smd).toBe(-Infinity);
  });
  it("stops on degenerate input with a message naming the argument and value", () => {
    expect(() => smd([1, 2, 3], [1, 1, 1])).toThrow(/treatment: has no control observations/);
    expect(() => smd([1, 2, 3], [0, 0, 0])).toThrow(/treatment: has no treated observations/);
    expect(() => smd([1, 2, 3], [0, 1, 2])).toThrow(/treatment\[2\]: must be 0 or 1.*got 2/);
    expect(() => smd([1, NaN, 3, 4], [0, 0, 1, 1])).toThrow(/x\[1\]: must be a finite number, got NaN/);
    expect(() => smd([1, 2, 3], [0, 1])).toThrow(/treatment: must have one indicator per observation \(3\), got 2/);
    expect(() => smd([0, 2, 1, 0], [0, 0, 1, 1], { type: "binary" })).toThrow(/x\[1\]: a binary covariate must be coded 0\/1, got 2/);
    expect(() => smd([1, 2, 3], [0, 0, 1])).toThrow(/treated arm has 1 observation/);
    expect(() => smd([1, 2, 3, 4], [0, 0, 1, 1], { weights: [1, 1, 0, 0] })).toThrow(/all zero in the treated arm/);
    expect(() => smd([1, 2, 3, 4], [0, 0, 1, 1], { denominator: "both" as never })).toThrow(/options.denominator: must be one of/);
  });
});

describe("smdCategorical", () => {
  it("computes the documented example", () => {
    const r = smdCategorical(["a", "a", "b", "a", "b", "b"], [0, 0, 0, 1, 1, 1]);
    expect(r.levels.map((l) => l.level)).toEqual(["a", "b"]);
    expect(r.levels[1]?.smd).toBeCloseTo(Math.SQRT1_2, 14);
    expect(r.smd).toBeCloseTo(Math.SQRT1_2, 14); // two levels: |binary SMD|
  });
  it("matches the R reference per level and overall (Yang & Dalton), before and after weighting", () => {
    const d = trialData();
    const r = expected("smd").region;
    for (const [opts, ref] of [
      [{}, r.unweighted],
      [{ weights: d.w }, r.weighted_sd_unweighted],
      [{ weights: d.w, sdFrom: "weighted" as const }, r.weighted_sd_weighted],
    ] as const) {
      const got = smdCategorical(d.region, d.treat, opts);
      expect(got.levels.map((l) => l.level)).toEqual(ref.levels);
      expectClose(
        got.levels.map((l) => l.smd),
        ref.per_level,
      );
      expectClose(
        got.levels.map((l) => l.proportionTreated),
        ref.p1,
      );
      expectClose(
        got.levels.map((l) => l.proportionControl),
        ref.p0,
      );
      expectClose(got.smd, ref.overall);
    }
  });
  it("is Infinity when the arms use disjoint levels and 0 for a single level", () => {
    expect(smdCategorical(["a", "a", "b", "b"], [0, 0, 1, 1]).smd).toBe(Infinity);
    expect(smdCategorical(["a", "a", "a", "a"], [0, 0, 1, 1]).smd).toBe(0);
  });
  it("respects the given level order and rejects unknown or missing categories", () => {
    const r = smdCategorical(["x", "y", "y", "x"], [0, 0, 1, 1], { levels: ["y", "x"] });
    expect(r.levels.map((l) => l.level)).toEqual(["y", "x"]);
    expect(() => smdCategorical(["x", "z", "y", "x"], [0, 0, 1, 1], { levels: ["y", "x"] })).toThrow(/x\[1\]: "z" is not one of options.levels/);
    expect(() => smdCategorical(["x", null as never, "y", "x"], [0, 0, 1, 1])).toThrow(/x\[1\]: must be a category.*got null/);
  });
  it("sorts levels deterministically: numbers numerically, then strings by code point", () => {
    expect(sortLevels([10, 2, "b", "B", "a"])).toEqual([2, 10, "B", "a", "b"]);
  });
});
