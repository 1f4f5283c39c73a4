/**
 * analyseStudyMonth against base R on a committed three-arm fixture with a categorical covariate
 * and missing outcomes (tests/reference/study-analysis/: make-fixture.R, compute-expected.R,
 * expected.json): per treated arm vs placebo, the complete cases, the propensity and outcome
 * models, AIPW and its influence-function SE, g-computation, Horvitz–Thompson and Hájek IPW, SMDs
 * before and after weighting and the effective sample sizes, to 1e-6 relative.
 */
import { describe, expect, it } from "vitest";
import { analyseStudyMonth, type StudyAnalysisSpec } from "../../estimators/src/index.ts";
import { expectClose, readFixture } from "./reference.ts";
import expectedJson from "../reference/study-analysis/expected.json" with { type: "json" };

interface Expected {
  comparison: string;
  n_analysed: number;
  n_treated: number;
  n_missing_outcome: number;
  design_columns: string[];
  propensity_coefficients: number[];
  propensity_se: number[];
  outcome_treated: number[];
  outcome_control: number[];
  aipw: number;
  aipw_se: number;
  aipw_mean1: number;
  aipw_mean0: number;
  gcomp: number;
  ht: number;
  ht_se: number;
  hajek: number;
  hajek_se: number;
  smd_before: number[];
  smd_after: number[];
  ess: [number, number];
}

const rows = readFixture("../study-analysis/trial3arm.csv");
const expected = expectedJson as unknown as { continuous: Expected[]; binary: Expected[] };

const spec = (outcome: "chg" | "resp"): StudyAnalysisSpec => ({
  study: "R-3ARM",
  month: "2026-01",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" },
    { code: "LOW", label: "Low dose", role: "treated" },
    { code: "HIGH", label: "High dose", role: "treated" },
  ],
  covariates: ["age", "female", "site_group", "baseline"],
  outcome: { column: outcome, type: outcome === "chg" ? "continuous" : "binary" },
});

describe.each([
  ["continuous", "chg"],
  ["binary", "resp"],
] as const)("analyseStudyMonth matches R on the three-arm fixture (%s outcome)", (kind, column) => {
  const { result } = analyseStudyMonth({ spec: spec(column), rows }, { bootstrap: "skip" });
  it.each(expected[kind].map((e) => [e.comparison, e] as const))("%s", (id, e) => {
    const c = result.comparisons.find((x) => x.id === id)!;
    expect(c.status).toBe("ok");
    expect(c.counts.analysed.total).toBe(e.n_analysed);
    expect(c.counts.analysed.treated).toBe(e.n_treated);
    expect(c.counts.missingOutcome.total).toBe(e.n_missing_outcome);
    expect(c.designColumns).toEqual(e.design_columns.map((n) => n.replace(/^site_group/, "site_group=")));
    expectClose(
      c.propensity!.coefficients.map((r) => r.estimate),
      e.propensity_coefficients,
    );
    expectClose(
      c.propensity!.coefficients.map((r) => r.se as number),
      e.propensity_se,
    );
    expectClose(
      c.outcomeModels!.treated.map((r) => r.estimate),
      e.outcome_treated,
    );
    expectClose(
      c.outcomeModels!.control.map((r) => r.estimate),
      e.outcome_control,
    );
    const est = c.estimates!;
    expectClose(est.aipw.difference.estimate, e.aipw);
    expectClose(est.aipw.difference.se as number, e.aipw_se);
    expectClose(est.aipw.mean1, e.aipw_mean1);
    expectClose(est.aipw.mean0, e.aipw_mean0);
    expectClose(est.gComputation.difference.estimate, e.gcomp);
    expectClose(est.ipwHt.difference.estimate, e.ht);
    expectClose(est.ipwHt.difference.se as number, e.ht_se);
    expectClose(est.ipwHajek.difference.estimate, e.hajek);
    expectClose(est.ipwHajek.difference.se as number, e.hajek_se);
    expectClose(
      c.balance.map((b) => b.smdBefore as number),
      e.smd_before,
    );
    expectClose(
      c.balance.map((b) => b.smdAfter as number),
      e.smd_after,
      1e-6,
      1e-10,
    );
    expectClose([c.propensity!.ess.treated, c.propensity!.ess.control], e.ess);
  });
});
