import { describe, expect, it } from "vitest";
import { fitOutcomeModels } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

describe("fitOutcomeModels", () => {
  it("fits one model per arm and predicts for everyone (documented example)", () => {
    const m = fitOutcomeModels([[0], [1], [0], [1]], [1, 1, 0, 0], [1, 3, 0, 1], "continuous");
    expectClose(m.mu1, [1, 3, 1, 3], 1e-12, 1e-12);
    expectClose(m.mu0, [0, 1, 0, 1], 1e-12, 1e-12);
  });
  it("matches R's per-arm lm and glm coefficients", () => {
    const f = causalFixture();
    const r = expected("causal").outcome_models;
    expectClose(f.continuous.fit1.coefficients, r.continuous_coef1);
    expectClose(f.continuous.fit0.coefficients, r.continuous_coef0);
    expectClose(f.binary.fit1.coefficients, r.binary_coef1);
    expectClose(f.binary.fit0.coefficients, r.binary_coef0);
  });
  it("names the arm when a covariate is constant within it, or the outcome separates", () => {
    const X = [[1], [1], [1], [0], [1], [2]];
    expect(() => fitOutcomeModels(X, [1, 1, 1, 0, 0, 0], [1, 2, 3, 1, 2, 3], "continuous", ["site"])).toThrow(/outcome model \(treated arm, n = 3\): X: "site" \(column 1\)/);
    const Xs = [[0], [1], [2], [3], [0], [1], [2], [3]];
    expect(() => fitOutcomeModels(Xs, [1, 1, 1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 0, 1, 0, 1], "binary", ["dose"])).toThrow(
      /outcome model \(treated arm, n = 4\): outcome: shows complete separation/,
    );
    expect(() => fitOutcomeModels([[0], [1], [2], [3]], [1, 1, 0, 0], [0, 2, 1, 0], "binary")).toThrow(/outcome\[1\]: a binary outcome must be 0 or 1, got 2/);
    expect(() => fitOutcomeModels([[0], [1], [2]], [1, 1, 0], [0, 2, 1], "continuous")).toThrow(/control arm, n = 1\): X: has 1 row\(s\) for 2 parameters/);
  });
});
