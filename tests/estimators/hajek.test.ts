import { describe, expect, it } from "vitest";
import { hajek } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

describe("hajek", () => {
  it("computes the documented example by hand", () => {
    const r = hajek([3, 1, 2, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]);
    expect(r.mean1).toBe(2);
    expect(r.mean0).toBe(1);
    expect(r.estimate).toBe(1);
  });
  it("matches the R reference (ATE, ATT, ATO; influence-function SE)", () => {
    const f = causalFixture();
    const r = expected("causal").hajek;
    for (const [got, ref] of [
      [hajek(f.y, f.treat, f.ps), r.continuous_ate],
      [hajek(f.y, f.treat, f.ps, { estimand: "ATT" }), r.continuous_att],
      [hajek(f.y, f.treat, f.ps, { estimand: "ATO" }), r.continuous_ato],
      [hajek(f.ybin, f.treat, f.ps), r.binary_ate],
    ] as const) {
      expectClose(got.mean1, ref.mean1);
      expectClose(got.mean0, ref.mean0);
      expectClose(got.estimate, ref.estimate);
      expectClose(got.se, ref.se);
    }
  });
  it("is invariant to shifting the outcome (unlike Horvitz–Thompson)", () => {
    const f = causalFixture();
    expect(
      hajek(
        f.y.map((v) => v + 100),
        f.treat,
        f.ps,
      ).estimate,
    ).toBeCloseTo(hajek(f.y, f.treat, f.ps).estimate, 9);
  });
  it("stops on degenerate input", () => {
    expect(() => hajek([1, 2], [0, 0], [0.5, 0.5])).toThrow(/no treated observations/);
    expect(() => hajek([1, 2], [1, 0], [0, 0.5])).toThrow(/ps\[0\].*got 0/);
    expect(() => hajek([1, 2], [1, 0], [0.5, NaN])).toThrow(/ps\[1\].*got NaN/);
  });
});
