/**
 * The prediction-model helpers: ridge logistic (against the Newton fit of `fitLogistic` with the
 * same penalty and weights), feature scaling, risk contributions, recalibration, cost curve and strata.
 */
import { describe, expect, it } from "vitest";
import { costCurve, fitFeatureScaling, fitLogistic, fitRidgeLogistic, linearRisk, minimumCost, recalibrate, riskContributions, scaleFeatures, stratify } from "@trial/estimators";
import { expectClose, readFixture } from "./reference.ts";

const rows = readFixture("scores400.csv");
const y = rows.map((r) => r.label as number);
const Z = rows.map((r) => [Math.log((r.prob as number) / (1 - (r.prob as number))), r.drift_a as number]);
const w = y.map((v) => (v === 1 ? 2 : 0.7));

describe("fitRidgeLogistic", () => {
  it("equals fitLogistic with the same ridge penalty and weights", () => {
    const ours = fitRidgeLogistic(Z, y, { ridge: 3, weights: w });
    const ref = fitLogistic(
      Z.map((z) => [1, ...z]),
      y,
      { ridge: 3, weights: w },
    );
    expect(ours.converged).toBe(true);
    expectClose([ours.intercept, ...ours.coefficients], ref.coefficients, 1e-8);
  });
  it("fits collinear and constant features (they share the weight) where fitLogistic refuses", () => {
    const Zc = Z.map((z) => [z[0] as number, z[0] as number, 0]);
    expect(() =>
      fitLogistic(
        Zc.map((z) => [1, ...z]),
        y,
      ),
    ).toThrow(/collinear/);
    const fit = fitRidgeLogistic(Zc, y, { ridge: 1 });
    expectClose(fit.coefficients[0] as number, fit.coefficients[1] as number, 1e-10);
    expect(fit.coefficients[2]).toBe(0);
  });
  it("rejects a non-positive penalty", () => {
    expect(() => fitRidgeLogistic(Z, y, { ridge: 0 })).toThrow(/options.ridge/);
  });
});

describe("feature scaling and explanations", () => {
  it("standardises with the training mean and SD; missing becomes 0", () => {
    const s = fitFeatureScaling([{ a: 1 }, { a: 3 }, { a: null }], ["a"]);
    expect(s.mean).toEqual([2]);
    expectClose(s.sd[0] as number, Math.SQRT2, 1e-15);
    expect(scaleFeatures({ features: ["a"], mean: [2], sd: [2] }, { a: 6 })).toEqual([2]);
    expect(scaleFeatures(s, { a: null })).toEqual([0]);
    expect(fitFeatureScaling([{ a: 5 }, { a: 5 }], ["a"]).sd).toEqual([1]);
  });
  it("contributions sum to the log-odds minus the intercept", () => {
    const model = { intercept: -1, coefficients: [0.5, -2, 1] };
    const z = [1, 0.3, -0.2];
    const c = riskContributions(model, z, ["a", "b", "c"]);
    expect(c.map((x) => x.feature)).toEqual(["b", "a", "c"]);
    const p = linearRisk(model, z);
    expectClose(
      Math.log(p / (1 - p)) - model.intercept,
      c.reduce((s, x) => s + x.value, 0),
      1e-12,
    );
  });
  it("recalibration with a = 0, b = 1 is the identity", () => {
    expectClose(recalibrate({ a: 0, b: 1 }, 0.3), 0.3, 1e-12);
    expectClose(recalibrate({ a: Math.log(2), b: 1 }, 0.5), 2 / 3, 1e-12);
  });
});

describe("cost curve and strata", () => {
  it("counts interventions and missed events", () => {
    const curve = costCurve([0.9, 0.6, 0.2, 0.1], [1, 0, 1, 0], 500, 5000, [0, 0.5, 1]);
    expect(curve.map((p) => p.cost)).toEqual([2000, 1000 + 5000, 10000]);
    expect(minimumCost(curve).threshold).toBe(0);
    expect(costCurve([0.9, 0.2], [1, 0], 500, 5000, [0.5])[0]!.cost).toBe(500);
  });
  it("assigns the first stratum whose lower bound the score reaches", () => {
    const strata = [
      { name: "high", lower: 0.5, action: "call" },
      { name: "low", lower: 0, action: "none" },
    ];
    expect(stratify([0.7, 0.5, 0.1], strata)).toEqual(["high", "high", "low"]);
  });
});
