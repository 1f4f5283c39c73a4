import { describe, expect, it } from "vitest";
import { buildDesignMatrix, fitLogistic, plogis, predictLogistic } from "../../estimators/src/index.ts";
import { expectClose, expected, modelCovariates, trialData } from "./reference.ts";

describe("fitLogistic", () => {
  it("fits the documented 2×2 example: log-odds by hand", () => {
    const fit = fitLogistic(
      [
        [1, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [0, 0, 1, 0, 1, 1],
    );
    expectClose(fit.coefficients, [Math.log(1 / 2), Math.log(4)], 1e-10);
    // SEs by hand: √(1/1 + 1/2), √(1/1 + 1/2 + 1/2 + 1/1)
    expectClose(fit.standardErrors, [Math.sqrt(1.5), Math.sqrt(3)], 1e-10);
    expect(fit.converged).toBe(true);
    expect(fit.separation).toBe("none");
    expect(predictLogistic(fit, [[1, 1]])[0]).toBeCloseTo(2 / 3, 10);
  });
  it("matches R's glm (binomial): coefficients, SEs, log-likelihood, deviance", () => {
    const d = trialData();
    const r = expected("logistic");
    const m = buildDesignMatrix(d.rows, modelCovariates, { intercept: true });
    const fit = fitLogistic(m.X, d.treat, { columnNames: m.columnNames });
    expect(fit.converged).toBe(true);
    expectClose(fit.coefficients, r.unweighted.coef);
    expectClose(fit.standardErrors, r.unweighted.se);
    expectClose(fit.logLikelihood, r.unweighted.loglik);
    expectClose(fit.deviance, r.unweighted.deviance);
    const fw = fitLogistic(m.X, d.treat, { columnNames: m.columnNames, weights: d.w });
    expectClose(fw.coefficients, r.weighted.coef);
    expectClose(fw.standardErrors, r.weighted.se);
    expectClose(fw.deviance, r.weighted.deviance);
  });
  it("detects complete separation", () => {
    const fit = fitLogistic(
      [
        [1, 0],
        [1, 1],
        [1, 2],
        [1, 3],
        [1, 4],
        [1, 5],
      ],
      [0, 0, 0, 1, 1, 1],
    );
    expect(fit.separation).toBe("complete");
    expect(fit.separatedObservations).toBe(6);
  });
  it("detects quasi-complete separation and counts the separated observations", () => {
    // x = 2 has both outcomes; below it only 0s, above it only 1s.
    const fit = fitLogistic(
      [
        [1, 0],
        [1, 1],
        [1, 2],
        [1, 2],
        [1, 2],
        [1, 3],
        [1, 4],
      ],
      [0, 0, 0, 1, 1, 1, 1],
    );
    expect(fit.separation).toBe("quasi");
    expect(fit.separatedObservations).toBe(4);
  });
  it("flags a constant response as complete separation", () => {
    expect(
      fitLogistic(
        [
          [1, 0],
          [1, 1],
          [1, 2],
        ],
        [0, 0, 0],
      ).separation,
    ).toBe("complete");
  });
  it("does not flag a strong but finite effect", () => {
    const X = Array.from({ length: 60 }, (_, i) => [1, (i - 30) / 10]);
    const y = X.map((row, i) => (row[1]! > 0 ? (i % 7 === 0 ? 0 : 1) : i % 9 === 0 ? 1 : 0));
    const fit = fitLogistic(X, y);
    expect(fit.separation).toBe("none");
    expect(fit.converged).toBe(true);
  });
  it("with a ridge penalty, exists under separation and leaves the intercept unpenalised", () => {
    const X = [
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [1, 5],
    ];
    const fit = fitLogistic(X, [0, 0, 0, 1, 1, 1], { ridge: 1 });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coefficients[1]!)).toBe(true);
    // Penalised score equations: Σ(y − p) = 0 (intercept free), Σ x(y − p) = λβ₁.
    const p = fit.fitted;
    expect(p.reduce((s, v, i) => s + ([0, 0, 0, 1, 1, 1][i]! - v), 0)).toBeCloseTo(0, 8);
    expect(X.reduce((s, row, i) => s + row[1]! * ([0, 0, 0, 1, 1, 1][i]! - p[i]!), 0)).toBeCloseTo(fit.coefficients[1]!, 8);
  });
  it("stops on degenerate input", () => {
    expect(() =>
      fitLogistic(
        [
          [1, 0],
          [1, 1],
        ],
        [0, 2],
      ),
    ).toThrow(/y\[1\]: must be 0 or 1, got 2/);
    expect(() =>
      fitLogistic(
        [
          [1, 3],
          [1, 3],
          [1, 3],
        ],
        [0, 1, 0],
        { columnNames: ["(Intercept)", "site"] },
      ),
    ).toThrow(/"site" \(column 1\) is a linear combination/);
    expect(() => fitLogistic([[1, 2, 3]], [1])).toThrow(/X: has 1 row\(s\) for 3 parameters/);
    expect(() =>
      fitLogistic(
        [
          [1, NaN],
          [1, 0],
        ],
        [0, 1],
      ),
    ).toThrow(/X\[0\]\[1\]: must be a finite number, got NaN/);
    expect(() =>
      fitLogistic(
        [
          [1, 0],
          [1, 1],
        ],
        [0, 1],
        { ridge: -1 },
      ),
    ).toThrow(/options.ridge/);
    expect(() =>
      fitLogistic(
        [
          [1, 0],
          [1, 1],
        ],
        [0, 1],
        { maxIter: 0 },
      ),
    ).toThrow(/options.maxIter/);
  });
  it("computes plogis stably", () => {
    expect(plogis(0)).toBe(0.5);
    expect(plogis(800)).toBe(1);
    expect(plogis(-800)).toBe(0);
    expect(plogis(-745)).toBeGreaterThan(0);
  });
});
