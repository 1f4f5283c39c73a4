import { describe, expect, it } from "vitest";
import {
  checkEffectInput,
  effectMethods,
  estimateEffect,
  estimateTreatmentEffect,
  fitEffectModels,
  fitLogistic,
  propensityModel,
  trimPropensity,
  withIntercept,
  type TreatmentEffectOptions,
} from "../../estimators/src/index.ts";
import { causalFixture } from "./reference.ts";

const f = causalFixture();
const input = { covariates: f.X, treatment: f.treat, outcome: f.y, covariateNames: f.names };

describe("fitEffectModels + estimateEffect (fit once, estimate per method)", () => {
  it.each([
    ["no trimming", { rule: "none" }],
    ["symmetric trimming", { rule: "symmetric", threshold: 0.1 }],
    ["Crump trimming", { rule: "crump" }],
  ] as const)("give estimateTreatmentEffect's result, bit for bit, for every method (%s)", (_, trim) => {
    const base: TreatmentEffectOptions = { method: "aipw", outcomeType: "continuous", trim };
    const checked = checkEffectInput(input, base);
    const models = fitEffectModels(checked.input, { ...base, propensity: true, outcome: true });
    for (const method of effectMethods) {
      const direct = estimateTreatmentEffect(input, { ...base, method });
      const shared = estimateEffect(models, { ...base, method });
      // A method reports only the models it needs (g-computation without trimming no propensity
      // model, IPW no outcome models); the shared fit has both: those diagnostics aside, every digit agrees.
      expect(JSON.stringify({ ...shared, propensity: direct.propensity, outcomeModels: direct.outcomeModels })).toBe(JSON.stringify(direct));
      if (direct.propensity !== null) expect(shared.propensity).toEqual(direct.propensity);
      if (direct.outcomeModels !== null) expect(shared.outcomeModels).toEqual(direct.outcomeModels);
    }
  });

  it("uses the caller's propensity fits instead of fitting again, with the same checks", () => {
    const trim = { rule: "symmetric", threshold: 0.1 } as const;
    const checked = checkEffectInput(input, { method: "aipw", outcomeType: "continuous", trim });
    const { covariates, treatment, covariateNames } = checked.input;
    const names = ["(Intercept)", ...covariateNames];
    const initial = fitLogistic(withIntercept(covariates), treatment, { columnNames: names });
    const keep = trimPropensity(initial.fitted, trim).keep;
    const idx = keep.flatMap((k, i) => (k ? [i] : []));
    const trimmed = fitLogistic(
      withIntercept(idx.map((i) => covariates[i] as number[])),
      idx.map((i) => treatment[i] as number),
      { columnNames: names },
    );
    const given = fitEffectModels(checked.input, { outcomeType: "continuous", trim, propensity: true, outcome: true, propensityFits: { initial, trimmed } });
    const fitted = fitEffectModels(checked.input, { outcomeType: "continuous", trim, propensity: true, outcome: true });
    expect(given.propensity!.fit).toBe(trimmed);
    expect(JSON.stringify(given)).toBe(JSON.stringify(fitted));
  });

  it("names the model a method needs and the models lack", () => {
    const checked = checkEffectInput(input, { method: "aipw", outcomeType: "continuous" });
    const outcomeOnly = fitEffectModels(checked.input, { outcomeType: "continuous", propensity: false, outcome: true });
    expect(() => estimateEffect(outcomeOnly, { method: "ipw-hajek", outcomeType: "continuous" })).toThrow(/models.propensity: ipw-hajek \(ATE\) needs the propensity model/);
    const propensityOnly = fitEffectModels(checked.input, { outcomeType: "continuous", propensity: true, outcome: false });
    expect(() => estimateEffect(propensityOnly, { method: "aipw", outcomeType: "continuous" })).toThrow(/models.outcomeModels: aipw needs the outcome models/);
    expect(() => estimateEffect(propensityOnly, { method: "ipw-ht", outcomeType: "continuous", estimand: "ATO" })).toThrow(/Horvitz–Thompson supports ATE and ATT/);
  });

  it("documents estimateEffect's example", () => {
    const small = { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1] };
    const checked = checkEffectInput(small, { method: "g-computation", outcomeType: "continuous" });
    const models = fitEffectModels(checked.input, { outcomeType: "continuous", propensity: false, outcome: true });
    expect(estimateEffect(models, { method: "g-computation", outcomeType: "continuous" }).difference.estimate).toBeCloseTo(2, 12);
  });

  it("documents its example", () => {
    const m = fitEffectModels(
      { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1], covariateNames: ["x"] },
      { outcomeType: "continuous", propensity: false, outcome: true },
    );
    m.outcomeModels!.mu1.forEach((v, i) => expect(v).toBeCloseTo([2, 3, 2, 3, 2, 3][i]!, 12));
  });
});

describe("propensityModel", () => {
  it("is fitPropensity's check of a fit made elsewhere", () => {
    expect(propensityModel(fitLogistic([[1], [1]], [0, 1])).scores).toEqual([0.5, 0.5]);
    const separated = fitLogistic(withIntercept([[0], [1], [2], [3], [4], [5]]), [0, 0, 0, 1, 1, 1], { columnNames: ["(Intercept)", "dose"] });
    expect(() => propensityModel(separated)).toThrow(/complete separation: 6 of 6 subjects.*dose \(β = /);
    expect(propensityModel(separated, true).fit).toBe(separated);
  });
});
