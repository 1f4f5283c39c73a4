import { describe, expect, it } from "vitest";
import { buildDesignMatrix, fitLinear, predictLinear } from "../../estimators/src/index.ts";
import { expectClose, expected, modelCovariates, trialData } from "./reference.ts";

describe("fitLinear", () => {
  it("fits the documented example exactly", () => {
    const fit = fitLinear(
      [
        [1, 0],
        [1, 1],
        [1, 2],
        [1, 3],
      ],
      [1, 3, 5, 7],
    );
    expectClose(fit.coefficients, [1, 2], 1e-12, 1e-12);
    expect(fit.dfResidual).toBe(2);
    expect(fit.residualVariance).toBeCloseTo(0, 20);
    expect(
      predictLinear(
        fitLinear(
          [
            [1, 0],
            [1, 1],
            [1, 2],
          ],
          [1, 3, 5],
        ),
        [[1, 10]],
      )[0],
    ).toBeCloseTo(21, 12);
  });
  it("matches R's lm: coefficients, SEs, σ², df (unweighted and weighted)", () => {
    const d = trialData();
    const r = expected("linear");
    const m = buildDesignMatrix(d.rows, ["treat", ...modelCovariates], { intercept: true });
    for (const [opts, ref] of [
      [{}, r.unweighted],
      [{ weights: d.w }, r.weighted],
    ] as const) {
      const fit = fitLinear(m.X, d.y, { ...opts, columnNames: m.columnNames });
      expectClose(fit.coefficients, ref.coef);
      expectClose(fit.standardErrors, ref.se);
      expectClose(fit.residualVariance, ref.sigma2);
      expect(fit.dfResidual).toBe(ref.df);
    }
  });
  it("does not count zero-weight rows in the residual df but predicts them", () => {
    const fit = fitLinear(
      [
        [1, 0],
        [1, 1],
        [1, 2],
        [1, 3],
      ],
      [1, 3, 5, 100],
      { weights: [1, 1, 1, 0] },
    );
    expect(fit.dfResidual).toBe(1);
    expect(fit.fitted[3]).toBeCloseTo(7, 12);
  });
  it("stops on degenerate input", () => {
    expect(() =>
      fitLinear(
        [
          [1, 2, 4],
          [1, 3, 6],
          [1, 5, 10],
          [1, 1, 2],
        ],
        [1, 2, 3, 4],
        { columnNames: ["(Intercept)", "dose", "dose2x"] },
      ),
    ).toThrow(/X: "dose2x" \(column 2\) is a linear combination of the preceding columns/);
    expect(() =>
      fitLinear(
        [
          [1, 5],
          [1, 5],
          [1, 5],
        ],
        [1, 2, 3],
        { columnNames: ["(Intercept)", "site"] },
      ),
    ).toThrow(/"site" \(column 1\)/);
    expect(() =>
      fitLinear(
        [
          [1, 2, 3],
          [1, 4, 5],
        ],
        [1, 2],
      ),
    ).toThrow(/X: has 2 row\(s\) for 3 parameters/);
    expect(() =>
      fitLinear(
        [
          [1, 2],
          [1, 4],
        ],
        [1, NaN],
      ),
    ).toThrow(/y\[1\]: must be a finite number, got NaN/);
    expect(() =>
      fitLinear(
        [
          [1, 2],
          [1, Infinity],
        ],
        [1, 2],
      ),
    ).toThrow(/X\[1\]\[1\]: must be a finite number, got Infinity/);
    expect(() =>
      fitLinear(
        [
          [1, 2],
          [1, 4],
        ],
        [1, 2, 3],
      ),
    ).toThrow(/y: must have the same length as X \(2\), got 3/);
    expect(() =>
      predictLinear(
        fitLinear(
          [
            [1, 0],
            [1, 1],
          ],
          [0, 1],
        ),
        [[1, 2, 3]],
      ),
    ).toThrow(/X: must have 2 columns like the fit, got 3/);
  });
  it("returns null SEs, not NaN, when there are no residual degrees of freedom", () => {
    const fit = fitLinear(
      [
        [1, 0],
        [1, 1],
      ],
      [0, 1],
    );
    expect(fit.standardErrors).toBeNull();
    expect(fit.residualVariance).toBeNull();
  });
});
