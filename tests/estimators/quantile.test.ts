import { describe, expect, it } from "vitest";
import { quantile } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";

describe("quantile (type 7)", () => {
  it("computes the documented examples", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.3)).toBe(7);
  });
  it("matches R's quantile(type = 7)", () => {
    const egfr = trialData()
      .rows.map((r) => r.egfr)
      .filter((v): v is number => v !== null);
    const r = expected("quantile");
    expectClose(
      r.probs.map((p: number) => quantile(egfr, p)),
      r.egfr,
    );
  });
  it("rejects p outside [0, 1] and missing values", () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(/p: must be a finite number between 0 and 1, got 1.5/);
    expect(() => quantile([1, NaN], 0.5)).toThrow(/x\[1\]/);
  });
});
