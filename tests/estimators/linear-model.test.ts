/**
 * The CSR's ANCOVA estimators (linear-model, robust-covariance, linear-contrast, type-iii-tests,
 * ls-means, dose-response) against R (lm, drop1, sandwich::vcovHC, emmeans) on the committed
 * three-arm fixture (tests/reference/csr/ancova-expected.R → ancova-expected.json), to 1e-6
 * relative, and their documented examples and input errors.
 */
import { describe, expect, it } from "vitest";
import {
  buildModelDesign,
  doseResponseTest,
  EstimatorInputError,
  fitLinearModel,
  linearContrast,
  linearModelCovariance,
  lsMeans,
  modelTerm,
  sandwichProduct,
  typeIIITests,
  type CovarianceType,
  type LinearModelSpec,
  type LsMeanWeights,
} from "../../estimators/src/index.ts";
import { expectClose, readFixture } from "./reference.ts";
import expectedJson from "../reference/csr/ancova-expected.json" with { type: "json" };

const r = expectedJson as any;
const rows = readFixture("../study-analysis/trial3arm.csv").filter((row) => row.chg !== null);
const spec: LinearModelSpec = {
  outcome: "chg",
  factors: [{ name: "arm", levels: ["PBO", "LOW", "HIGH"] }, "site_group", "female"],
  covariates: ["baseline", "age"],
};
const fit = fitLinearModel(rows, spec);
const covariances: CovarianceType[] = ["classical", "HC0", "HC3"];

describe("fitLinearModel matches R's lm", () => {
  it("design, coefficients, SE, σ, residual df, hat values", () => {
    expect(fit.n).toBe(r.n);
    expect(fit.columnNames).toEqual(
      (r.columns as string[]).map((c) =>
        c
          .replace(/^arm/, "arm=")
          .replace(/^site_group/, "site_group=")
          .replace(/^female/, "female="),
      ),
    );
    expectClose(fit.coefficients, r.coefficients);
    expectClose(fit.standardErrors, r.se);
    expectClose(fit.sigma, r.sigma);
    expect(fit.dfResidual).toBe(r.df_residual);
    expectClose(fit.leverage, r.leverage);
  });
  it.each(covariances)("%s covariance as vcov / sandwich::vcovHC", (type) => {
    const V = linearModelCovariance(fit, type);
    (r.vcov[type] as number[][]).forEach((row, j) => expectClose(V[j], row, 1e-6, 1e-12));
  });
});

describe("typeIIITests", () => {
  it("classical: R's drop1(fit, ~ ., test = 'F')", () => {
    const tests = typeIIITests(fit);
    expect(tests.map((t) => t.term)).toEqual(r.drop1.map((t: any) => t.term));
    tests.forEach((t, k) => {
      const e = r.drop1[k];
      expect(t.df).toBe(e.df);
      expect(t.dfResidual).toBe(r.df_residual);
      expectClose(t.sumOfSquares, e.ss);
      expectClose(t.f, e.f);
      expectClose(t.p, e.p);
    });
  });
  it.each(["HC0", "HC3"] as const)("%s Wald F tests as car::Anova(type = 3, white.adjust)", (type) => {
    typeIIITests(fit, type).forEach((t, k) => {
      const e = r.car_type3[type][k];
      expect(t.term).toBe(e.term);
      expect(t.df).toBe(e.df);
      expectClose(t.f, e.f);
      expectClose(t.p, e.p);
    });
  });
  it.each(covariances)("%s Wald F tests", (type) => {
    typeIIITests(fit, type).forEach((t, k) => {
      const e = r.type3[type][k];
      expect(t.term).toBe(e.term);
      expectClose(t.f, e.f);
      expectClose(t.p, e.p);
      if (type !== "classical") expect(t.sumOfSquares).toBeNull();
    });
  });
});

describe("lsMeans matches emmeans", () => {
  const cases = covariances.flatMap((c) => (["equal", "proportional", "outer"] as LsMeanWeights[]).map((w) => [c, w] as const));
  it.each(cases)("%s covariance, weights = %s", (covariance, weights) => {
    const e = r.lsmeans[`${covariance}/${weights}`];
    const res = lsMeans(fit, "arm", { covariance, weights });
    expect(res.means.map((m) => m.level)).toEqual(e.means.level);
    (e.linfct as number[][]).forEach((row, j) => expectClose(res.linfct[j], row, 1e-12, 1e-15));
    expectClose(
      res.means.map((m) => m.estimate),
      e.means.estimate,
    );
    expectClose(
      res.means.map((m) => m.se),
      e.means.se,
    );
    expectClose(
      res.means.map((m) => m.lower),
      e.means.lower,
    );
    expectClose(
      res.means.map((m) => m.upper),
      e.means.upper,
    );
    expect(res.means.map((m) => m.df)).toEqual(e.means.df);
    expect(res.differences.map((d) => `${d.level} - ${d.control}`)).toEqual(e.differences.contrast);
    expectClose(
      res.differences.map((d) => d.estimate),
      e.differences.estimate,
    );
    expectClose(
      res.differences.map((d) => d.se),
      e.differences.se,
    );
    expectClose(
      res.differences.map((d) => d.t),
      e.differences.t,
    );
    expectClose(
      res.differences.map((d) => d.p),
      e.differences.p,
    );
    expectClose(
      res.differences.map((d) => d.lower),
      e.differences.lower,
    );
    expectClose(
      res.differences.map((d) => d.upper),
      e.differences.upper,
    );
  });
  it.each([0, 1])("a target factor that is not the first (case %i: site_group proportional, female equal)", (k) => {
    const e = r.lsmeans_other[k];
    const res = lsMeans(fit, e.factor, { weights: e.weights });
    expectClose(
      res.means.map((m) => m.estimate),
      e.estimate,
    );
    expectClose(
      res.means.map((m) => m.se),
      e.se,
    );
    // jsonlite writes a one-element vector as a scalar (auto_unbox): female has one difference.
    const arr = (v: number | number[]) => ([] as number[]).concat(v);
    expectClose(
      res.differences.map((d) => d.estimate),
      arr(e.diff),
    );
    expectClose(
      res.differences.map((d) => d.se),
      arr(e.diff_se),
    );
    expectClose(
      res.differences.map((d) => d.p),
      arr(e.diff_p),
    );
  });
  it("the weights matter (equal ≠ proportional here), and in a main-effects model outer = proportional", () => {
    const eq = lsMeans(fit, "arm", { weights: "equal" }).means[0]!.estimate;
    const pr = lsMeans(fit, "arm", { weights: "proportional" }).means[0]!.estimate;
    const ou = lsMeans(fit, "arm", { weights: "outer" }).means[0]!.estimate;
    expect(Math.abs(eq - pr)).toBeGreaterThan(1e-3);
    expectClose(ou, pr, 1e-12);
  });
});

describe("doseResponseTest matches lm(chg ~ dose + …)", () => {
  it.each(covariances)("%s covariance", (covariance) => {
    const e = r.dose.find((x: any) => x.covariance === covariance);
    const { slope } = doseResponseTest(rows, spec, { factor: "arm", doses: { PBO: 0, LOW: 54, HIGH: 81 }, covariance });
    expectClose(slope.estimate, e.estimate);
    expectClose(slope.se, e.se);
    expect(slope.df).toBe(e.df);
    expectClose(slope.t, e.t);
    expectClose(slope.p, e.p);
    expectClose(slope.lower, e.lower);
    expectClose(slope.upper, e.upper);
  });
});

describe("the documented examples", () => {
  const small = [
    { y: 1, arm: "P", x: 0 },
    { y: 2, arm: "P", x: 1 },
    { y: 4, arm: "T", x: 0 },
    { y: 6, arm: "T", x: 1 },
  ];
  const f = fitLinearModel(small, { outcome: "y", factors: ["arm"], covariates: ["x"] });
  it("fitLinearModel, typeIIITests, lsMeans", () => {
    expectClose(f.coefficients, [0.75, 3.5, 1.5], 1e-12, 1e-12);
    expectClose(f.sigma, 0.5, 1e-12);
    expect(f.dfResidual).toBe(1);
    const tests = typeIIITests(f);
    expectClose(
      tests.map((t) => t.f),
      [49, 9],
      1e-10,
    );
    const m = lsMeans(f, "arm");
    expectClose(
      m.means.map((x) => x.estimate),
      [1.5, 5],
      1e-12,
    );
    expectClose(m.differences[0]!.estimate, 3.5, 1e-12);
  });
  it("linearModelCovariance: classical, HC0, HC3", () => {
    expectClose(f.leverage, [0.75, 0.75, 0.75, 0.75], 1e-12);
    expectClose(linearModelCovariance(f)[1]![1]!, 0.25, 1e-12);
    expectClose(linearModelCovariance(f, "HC0")[1]![1]!, 0.0625, 1e-12);
    expectClose(linearModelCovariance(f, "HC3")[1]![1]!, 1, 1e-12);
  });
  it("buildModelDesign and modelTerm", () => {
    const d = buildModelDesign(
      [
        { arm: "A", x: 1 },
        { arm: "B", x: 2 },
      ],
      { outcome: "y", factors: ["arm"], covariates: ["x"] },
    );
    expect(d.columnNames).toEqual(["(Intercept)", "arm=B", "x"]);
    expect(d.X).toEqual([
      [1, 0, 1],
      [1, 1, 2],
    ]);
    expect(modelTerm(f, "arm").levels).toEqual(["P", "T"]);
    expect(modelTerm(f, "x").mean).toBe(0.5);
    const ref = buildModelDesign([{ arm: "A" }, { arm: "B" }, { arm: "C" }], { factors: [{ name: "arm", reference: "B" }] });
    expect(ref.columnNames).toEqual(["(Intercept)", "arm=A", "arm=C"]);
  });
  it("linearContrast", () => {
    const c = linearContrast(
      [1, 2],
      [
        [1, 0],
        [0, 4],
      ],
      [0, 1],
      10,
    );
    expect(c.estimate).toBe(2);
    expect(c.se).toBe(2);
    expect(c.t).toBe(1);
    expectClose(c.p, 0.34089313230205975, 1e-12); // 2 * pt(-1, 10)
    expectClose(c.upper - c.estimate, 2 * 2.2281388519862739, 1e-12);
  });
  it("sandwichProduct", () => {
    expect(
      sandwichProduct(
        [
          [2, 0],
          [0, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ),
    ).toEqual([
      [4, 2],
      [2, 1],
    ]);
  });
  it("doseResponseTest recovers an exact linear trend", () => {
    const d = [0, 0, 1, 1, 2, 2].map((k, i) => ({ arm: ["P", "L", "H"][k]!, y: k + (i % 2 === 0 ? 0.1 : -0.1) }));
    const res = doseResponseTest(d, { outcome: "y", factors: ["arm"] }, { factor: "arm", doses: { P: 0, L: 1, H: 2 } });
    expectClose(res.slope.estimate, 1, 1e-12);
  });
});

describe("inputs are checked", () => {
  it("names a missing value, an unknown level, a bad reference, a collinear column", () => {
    const bad = rows.map((row, i) => (i === 3 ? { ...row, baseline: null } : row));
    expect(() => fitLinearModel(bad, spec)).toThrow(/rows\[3\]\.baseline: is missing/);
    expect(() => fitLinearModel(rows, { ...spec, factors: [{ name: "arm", levels: ["PBO", "LOW"] }] })).toThrow(
      /rows\[\d+\]\.arm: must be one of the levels "PBO", "LOW", got "HIGH"/,
    );
    expect(() => fitLinearModel(rows, { ...spec, factors: [{ name: "arm", reference: "MID" }] })).toThrow(EstimatorInputError);
    const dup = rows.map((row) => ({ ...row, baseline2: (row.baseline as number) * 2 }));
    expect(() => fitLinearModel(dup, { ...spec, covariates: ["baseline", "baseline2"] })).toThrow(/baseline2/);
    expect(() => fitLinearModel(rows, { ...spec, covariates: ["age", "age"] })).toThrow(/twice/);
  });
  it("rejects unknown options and terms", () => {
    expect(() => linearModelCovariance(fit, "HC1" as CovarianceType)).toThrow(/type: must be one of "classical", "HC0", "HC3", got "HC1"/);
    expect(() => lsMeans(fit, "baseline")).toThrow(/factor: must name a factor/);
    expect(() => lsMeans(fit, "sex")).toThrow(/term: must be a term of the model/);
    expect(() => lsMeans(fit, "arm", { control: "MID" })).toThrow(/options.control/);
    expect(() => doseResponseTest(rows, spec, { factor: "arm", doses: { PBO: 0, LOW: 54 } })).toThrow(/has no dose in options.doses/);
  });
  it("HC3 refuses a row with leverage 1", () => {
    const d = [
      { y: 1, g: "A" },
      { y: 2, g: "A" },
      { y: 5, g: "B" },
    ];
    const f = fitLinearModel(d, { outcome: "y", factors: ["g"] });
    expect(() => linearModelCovariance(f, "HC3")).toThrow(/rows\[2\]: has leverage/);
  });
});
