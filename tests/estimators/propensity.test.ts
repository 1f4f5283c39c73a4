import { describe, expect, it } from "vitest";
import { fitPropensity, withIntercept } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

describe("fitPropensity", () => {
  it("gives 0.5 everywhere when the covariate is unrelated to treatment (documented example)", () => {
    expectClose(fitPropensity([[0], [0], [1], [1]], [0, 1, 0, 1]).scores, [0.5, 0.5, 0.5, 0.5], 1e-12);
  });
  it("matches R's glm fitted values", () => {
    const f = causalFixture();
    const r = expected("causal").propensity;
    expectClose(f.ps.slice(0, 10), r.scores_head);
    expectClose(
      f.ps.reduce((s, v) => s + v, 0),
      r.scores_sum,
    );
    expectClose(Math.min(...f.ps), r.min);
    expectClose(Math.max(...f.ps), r.max);
  });
  it("stops on separation, naming the largest coefficients, unless allowed", () => {
    const X = [[0], [1], [2], [3], [4], [5]];
    const t = [0, 0, 0, 1, 1, 1];
    expect(() => fitPropensity(X, t, { covariateNames: ["dose"] })).toThrow(/complete separation: 6 of 6 subjects.*dose \(β = /);
    expect(fitPropensity(X, t, { allowSeparation: true }).fit.separation).toBe("complete");
    expect(fitPropensity(X, t, { ridge: 1 }).fit.separation).toBe("none");
  });
  it("stops on an empty arm, a constant covariate, NaN and too few rows", () => {
    expect(() => fitPropensity([[1], [2]], [1, 1])).toThrow(/treatment: has no control observations/);
    expect(() =>
      fitPropensity(
        [
          [1, 3],
          [2, 3],
          [3, 3],
          [4, 3],
        ],
        [0, 1, 0, 1],
        { covariateNames: ["age", "site"] },
      ),
    ).toThrow(/"site" \(column 2\) is a linear combination/);
    expect(() => fitPropensity([[1], [NaN]], [0, 1])).toThrow(/covariates\[1\]\[0\]: must be a finite number, got NaN/);
    expect(() =>
      fitPropensity(
        [
          [1, 2, 3],
          [2, 1, 0],
        ],
        [0, 1],
      ),
    ).toThrow(/has 2 row\(s\) for 4 parameters/);
  });
  it("adds the intercept column", () => {
    expect(withIntercept([[2, 3]])).toEqual([[1, 2, 3]]);
  });
});
