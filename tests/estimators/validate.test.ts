import { describe, expect, it } from "vitest";
import { checkMatrix, checkTreatment, describeValue, EstimatorInputError } from "../../estimators/src/index.ts";

describe("argument validation", () => {
  it("describes values unambiguously", () => {
    expect(describeValue("a")).toBe('"a"');
    expect(describeValue(NaN)).toBe("NaN");
    expect(describeValue(-Infinity)).toBe("-Infinity");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1, 2])).toBe("an array of length 2");
  });
  it("throws EstimatorInputError carrying the argument name", () => {
    try {
      checkTreatment("treatment", [0, 3]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EstimatorInputError);
      expect((e as EstimatorInputError).argument).toBe("treatment[1]");
      expect((e as Error).message).toBe("treatment[1]: must be 0 or 1 (control or treated), got 3");
    }
  });
  it("checks matrices: shape and finiteness, naming the cell", () => {
    expect(() => checkMatrix("X", [])).toThrow(/X: must have at least one row/);
    expect(() => checkMatrix("X", [[1, 2], [3]])).toThrow(/X\[1\]: must have 2 columns like row 0, got 1/);
    expect(() =>
      checkMatrix("X", [
        [1, 2],
        [3, NaN],
      ]),
    ).toThrow(/X\[1\]\[1\]: must be a finite number, got NaN/);
    expect(() =>
      checkMatrix("X", [
        [1, 2],
        [3, 4],
      ]),
    ).not.toThrow();
  });
  it("accepts boolean treatment indicators", () => {
    expect(checkTreatment("t", [true, false])).toEqual([1, 0]);
  });
});

describe("documented examples of the checks", () => {
  it("throw the documented messages", async () => {
    const v = await import("../../estimators/src/index.ts");
    expect(() => v.checkFiniteVector("y", [1, NaN])).toThrow("y[1]: must be a finite number, got NaN");
    expect(() => v.checkSameLength("x", [1, 2], "y", [1])).toThrow("y: must have the same length as x (2), got 1");
    expect(() => v.checkWeights("w", [1, -1], 2)).toThrow("w[1]: must be non-negative, got -1");
    expect(() => v.checkNumberInRange("level", 1, 0, 1, true)).toThrow("level: must be a finite number strictly between 0 and 1, got 1");
    expect(() => v.checkInteger("seed", 1.5, 0)).toThrow("seed: must be an integer between 0 and 9007199254740991, got 1.5");
    expect(() => v.checkOneOf("estimand", "ATC", ["ATE", "ATT"])).toThrow('estimand: must be one of "ATE", "ATT", got "ATC"');
    expect(v.columnNamesFor("names", undefined, 2)).toEqual(["x0", "x1"]);
    expect(() => v.columnNamesFor("names", ["a"], 2)).toThrow(/names: must list one name per column \(2\)/);
    expect(() => v.checkPropensityScores("ps", [0.2, 1])).toThrow(/^ps\[1\]: a propensity score must be strictly between 0 and 1, got 1 \(/);
    expect(v.quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
});
