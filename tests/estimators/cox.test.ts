/**
 * fitCox against R's coxph (survival 3.5-3; tests/reference/survival/compute-expected.R): Efron and
 * Breslow ties, strata, non-integer case weights with the robust variance, a cluster variable, and
 * the veteran data with a four-level factor: coefficients, model and robust SEs, hazard-ratio
 * intervals, z and p, the log partial likelihoods, the Wald, likelihood-ratio, score and robust
 * score tests, the number of iterations and the linear predictor.
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, coxData, coxScoreResiduals, fitCox, groupIndex } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { coxCases } from "./survival-cox-cases.ts";
import { survivalExpected } from "./survival-reference.ts";

describe("fitCox matches R's coxph", () => {
  it.each(Object.keys(survivalExpected.cox))("%s", (name) => {
    const e = survivalExpected.cox[name];
    const fit = coxCases[name]!.fit();
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBe(e.iter);
    expect(fit.n).toBe(e.n);
    expect(fit.events).toBe(e.nevent);
    expect(fit.coefficients.map((c) => c.name)).toEqual(e.names);
    expectClose(
      fit.coefficients.map((c) => c.estimate),
      e.coef,
    );
    expectClose(
      fit.coefficients.map((c) => c.se),
      e.se,
    );
    if (e.robust_se === null) expect(fit.coefficients.every((c) => c.robustSe === null)).toBe(true);
    else
      expectClose(
        fit.coefficients.map((c) => c.robustSe as number),
        e.robust_se,
      );
    expectClose(
      fit.coefficients.map((c) => c.lower),
      e.hr_lower,
    );
    expectClose(
      fit.coefficients.map((c) => c.upper),
      e.hr_upper,
    );
    expectClose(
      fit.coefficients.map((c) => c.z),
      e.z,
    );
    expectClose(
      fit.coefficients.map((c) => c.p),
      e.p,
      1e-6,
      1e-15,
    );
    expectClose([fit.logLikelihood.null, fit.logLikelihood.fitted], e.loglik, 1e-9);
    expectClose(fit.scoreTest.chiSquare, e.score);
    expectClose(fit.waldTest.chiSquare, e.wald);
    expectClose(fit.likelihoodRatioTest.chiSquare, e.lrt);
    if (e.rscore === null) expect(fit.robustScoreTest).toBeNull();
    else expectClose(fit.robustScoreTest!.chiSquare, e.rscore);
    expectClose(fit.linearPredictor, e.linear_predictors, 1e-6, 1e-9);
  });
});

describe('coxScoreResiduals matches R\'s residuals(fit, type = "score")', () => {
  it.each(Object.keys(survivalExpected.cox))("%s", (name) => {
    const c = coxCases[name]!;
    const fit = c.fit();
    const n = c.time.length;
    const strata = c.options.strata === undefined ? new Array<number>(n).fill(0) : groupIndex("strata", c.options.strata, n).index;
    const weights = c.options.weights === undefined ? new Array<number>(n).fill(1) : Array.from(c.options.weights);
    const data = coxData(c.time, c.status, c.X, weights, strata);
    const sorted = coxScoreResiduals(
      data,
      fit.coefficients.map((x) => x.estimate),
      fit.ties === "efron",
    );
    const byInput = new Array<number[]>(n);
    data.order.forEach((i, r) => {
      byInput[i] = Array.from(sorted[r]!);
    });
    expectClose(byInput.flat(), (survivalExpected.cox[name].score_residuals as number[][]).flat(), 1e-6, 1e-9);
  });
});

describe("fitCox documentation example and diagnostics", () => {
  it("the @example", () => {
    const fit = fitCox([1, 2, 3, 4, 5, 6], [1, 1, 1, 0, 1, 1], [[1], [0], [1], [0], [1], [0]]);
    expectClose(fit.coefficients[0]!.estimate, 1.2075288381097595, 1e-9);
    expect(fit.converged).toBe(true);
  });
  it("flags a coefficient that may be infinite, as R's warning (monotone likelihood)", () => {
    const t = [1, 2, 3, 4, 5, 6, 7, 8];
    const fit = fitCox(
      t,
      t.map(() => 1),
      t.map((_, i) => [i < 4 ? 1 : 0]),
      { names: ["x"] },
    );
    // R: coef 22.11038 after 20 iterations, "Loglik converged before variable 1; coefficient may be infinite."
    expect(fit.possiblyInfinite).toEqual(["x"]);
    expect(fit.iterations).toBe(20);
    expectClose(fit.coefficients[0]!.estimate, 22.11038, 1e-6);
    expect(coxCases.efron!.fit().possiblyInfinite).toEqual([]);
  });
  it("reports non-convergence instead of pretending (maxIterations = 1)", () => {
    const fit = coxCases.efron!.fit();
    const one = fitCox(coxCases.efron!.time, coxCases.efron!.status, coxCases.efron!.X, { maxIterations: 1 });
    expect(one.converged).toBe(false);
    expect(one.iterations).toBe(1);
    expect(Math.abs(one.coefficients[2]!.estimate - fit.coefficients[2]!.estimate)).toBeGreaterThan(0);
  });
});

describe("fitCox rejects bad input", () => {
  it.each([
    [() => fitCox([1, 2, 3], [1, 0, 1], [[1], [1], [1]]), /X: the information matrix at β = 0 is singular/],
    [() => fitCox([1, 2, 3], [0, 0, 0], [[1], [0], [1]]), /status: has no events/],
    [() => fitCox([1, 2, 3], [1, 0, 1], [[1], [0]]), /X: must have one row per subject \(3\), got 2/],
    [() => fitCox([1, 2, 3], [1, 0, 1], [[1], [0], [NaN]]), /X\[2\]\[0\]: must be a finite number, got NaN/],
    [() => fitCox([1, 2, 3], [1, 0, 1], [[1], [0], [1]], { ties: "exact" as never }), /ties: must be one of "efron", "breslow", got "exact"/],
    [() => fitCox([1, 2, 3], [1, 0, 1], [[1], [0], [1]], { weights: [1, 0, 1] }), /weights\[1\]: must be > 0 \(as R's coxph\), got 0/],
  ])("%#", (f, message) => {
    expect(f).toThrow(EstimatorInputError);
    expect(f).toThrow(message);
  });
});
