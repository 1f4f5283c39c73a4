/**
 * logRank against R's survdiff (survival 3.5-3; tests/reference/survival/compute-expected.R): three
 * arms, three arms stratified by site, two arms, and the veteran data by treatment and by cell type
 * (four groups): observed and expected events, the variance matrix, the chi-square, df and p.
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, logRank, type LogRankResult } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { surv300, survivalExpected, veteran } from "./survival-reference.ts";

const d = surv300();
const v = veteran();
const lowVsPbo = d.arm.map((_a, i) => i).filter((i) => d.arm[i] !== "HIGH");

const cases: Record<string, () => LogRankResult> = {
  arm: () => logRank(d.time, d.status, d.arm, { levels: ["PBO", "LOW", "HIGH"] }),
  arm_strata: () => logRank(d.time, d.status, d.arm, { levels: ["PBO", "LOW", "HIGH"], strata: d.site }),
  low_vs_pbo: () =>
    logRank(
      lowVsPbo.map((i) => d.time[i]!),
      lowVsPbo.map((i) => d.status[i]!),
      lowVsPbo.map((i) => d.arm[i]!),
      { levels: ["PBO", "LOW"] },
    ),
  veteran_trt: () => logRank(v.time, v.status, v.trt),
  veteran_celltype: () => logRank(v.time, v.status, v.celltype, { levels: ["squamous", "smallcell", "adeno", "large"] }),
};

describe("logRank matches R's survdiff", () => {
  it.each(Object.keys(survivalExpected.logrank))("%s", (name) => {
    const e = survivalExpected.logrank[name];
    const r = cases[name]!();
    expect(r.groups.map((g) => g.n)).toEqual(e.n);
    expectClose(
      r.groups.map((g) => g.observed),
      e.obs,
    );
    expectClose(
      r.groups.map((g) => g.expected),
      e.exp,
    );
    expectClose(r.variance.flat(), (e.var as number[][]).flat(), 1e-6, 1e-10);
    expectClose(r.chiSquare, e.chisq);
    expect(r.df).toBe(e.df);
    expectClose(r.pValue, e.p, 1e-6, 1e-15);
  });

  it("the @example", () => {
    expectClose(logRank([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 0, 1], ["a", "b", "a", "b", "a", "b"]).chiSquare, 0.0739030023094688, 1e-12);
  });
});

describe("logRank rejects bad input", () => {
  it.each([
    [() => logRank([1, 2], [1, 0], ["a", "a"]), /groups: needs at least two groups, got 1/],
    [() => logRank([1, 2], [1, 0], ["a"]), /groups: must have one label per subject \(2\), got 1/],
    [() => logRank([1, 2], [1, 0], ["a", null as never]), /groups\[1\]: must be a string or a finite number, got null/],
    [() => logRank([1, NaN], [1, 0], ["a", "b"]), /time\[1\]: must be a finite number, got NaN/],
  ])("%#", (f, message) => {
    expect(f).toThrow(EstimatorInputError);
    expect(f).toThrow(message);
  });
});
