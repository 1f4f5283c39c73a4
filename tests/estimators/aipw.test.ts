import { describe, expect, it } from "vitest";
import { aipw } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

describe("aipw", () => {
  it("computes the documented example by hand", () => {
    // φ₁ = [2.5, 0.5, 1.5, 1.5], φ₀ = [0.5, 0.5, 1.5, −0.5] → 1.5 − 0.5 = 1
    const r = aipw([2, 1, 1, 0], [1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5], [1.5, 1.5, 1.5, 1.5], [0.5, 0.5, 0.5, 0.5]);
    expect(r.mean1).toBe(1.5);
    expect(r.mean0).toBe(0.5);
    expect(r.estimate).toBe(1);
  });
  it("matches the R reference (glm/lm outcome models, influence-function SE)", () => {
    const f = causalFixture();
    const r = expected("causal").aipw;
    const c = aipw(f.y, f.treat, f.ps, f.continuous.mu1, f.continuous.mu0);
    expectClose(c.mean1, r.continuous_ate.mean1);
    expectClose(c.mean0, r.continuous_ate.mean0);
    expectClose(c.estimate, r.continuous_ate.estimate);
    expectClose(c.se, r.continuous_ate.se);
    const b = aipw(f.ybin, f.treat, f.ps, f.binary.mu1, f.binary.mu0);
    expectClose(b.estimate, r.binary_ate.estimate);
    expectClose(b.se, r.binary_ate.se);
  });
  it("is doubly robust: with a correct outcome model, a wrong propensity score changes little", () => {
    const f = causalFixture();
    const good = aipw(f.y, f.treat, f.ps, f.continuous.mu1, f.continuous.mu0).estimate;
    const flat = aipw(
      f.y,
      f.treat,
      f.ps.map(() => 0.455),
      f.continuous.mu1,
      f.continuous.mu0,
    ).estimate;
    expect(Math.abs(good - flat)).toBeLessThan(0.05);
  });
  it("stops on degenerate input", () => {
    expect(() => aipw([1, 2], [1, 0], [0.5, 0.5], [1], [1, 1])).toThrow(/mu1: must have the same length as y \(2\), got 1/);
    expect(() => aipw([1, 2], [1, 0], [0.5, 0.5], [1, Infinity], [1, 1])).toThrow(/mu1\[1\]: must be a finite number, got Infinity/);
    expect(() => aipw([1, 2], [1, 1], [0.5, 0.5], [1, 1], [1, 1])).toThrow(/no control observations/);
  });
});
