/**
 * The inputs of the study-analysis golden test: analyseStudyMonth on these must print the digits
 * it printed before the estimators were split into fit and estimate (expected.json, written by
 * the code of commit eb07390 with `npx tsx tests/estimators/study-analysis-golden/write.ts`).
 * Together they reach every branch of one comparison: continuous and binary outcomes, three arms,
 * missing outcomes and covariates, trimming (fixed and Crump), a ridge penalty, a failed
 * propensity model, the bootstrap.
 */
import type { AnalysisInput, StudyAnalysisSpec } from "../../../estimators/src/index.ts";
import { readFixture } from "../reference.ts";
import { threeArmRows } from "../three-arm-rows.ts";

const arms: StudyAnalysisSpec["arms"] = [
  { code: "PBO", label: "Placebo", role: "control" },
  { code: "LOW", label: "Low dose", role: "treated" },
  { code: "HIGH", label: "High dose", role: "treated" },
];

const synthetic = threeArmRows(600, 7, { missingBaseline: true });
const complete: Array<Record<string, unknown>> = synthetic.map((r) => ({ ...r, baseline: r.baseline ?? 20 }));
const fixture = readFixture("../study-analysis/trial3arm.csv");
const fixtureSpec = (column: "chg" | "resp"): StudyAnalysisSpec => ({
  study: "R-3ARM",
  month: "2026-01",
  arms,
  covariates: ["age", "female", "site_group", "baseline"],
  outcome: { column, type: column === "chg" ? "continuous" : "binary" },
});
const syntheticSpec = (column: "chg" | "resp"): StudyAnalysisSpec => ({
  study: "TEST-3ARM",
  month: "2026-01",
  arms,
  covariates: ["age", "site_group", "baseline"],
  outcome: { column, type: column === "chg" ? "continuous" : "binary", label: "Outcome" },
});
/** HIGH is given only to site C: the HIGH comparison's propensity model separates. */
const separated = complete.map((r) => ({ ...r, site_group: r.arm === "HIGH" ? "C" : r.site_group === "C" ? "A" : r.site_group }));

export const goldenCases: Record<string, AnalysisInput> = {
  "synthetic continuous, bootstrap": { spec: syntheticSpec("chg"), rows: complete, parameters: { bootstrap: { replicates: 30, seed: 11 } } },
  "synthetic binary, bootstrap": { spec: syntheticSpec("resp"), rows: complete, parameters: { bootstrap: { replicates: 20, seed: 3 } } },
  "synthetic, missing covariates excluded": { spec: syntheticSpec("chg"), rows: synthetic, parameters: { missingCovariates: "exclude", bootstrap: { replicates: 10, seed: 5 } } },
  "synthetic, symmetric trimming 0.35": {
    spec: syntheticSpec("chg"),
    rows: complete,
    parameters: { trim: { rule: "symmetric", threshold: 0.35 }, bootstrap: { replicates: 10, seed: 2 } },
  },
  "synthetic, symmetric trimming 0.45": { spec: syntheticSpec("chg"), rows: complete, parameters: { trim: { rule: "symmetric", threshold: 0.45 }, bootstrap: { replicates: 0 } } },
  "synthetic binary, Crump trimming, ridge": {
    spec: syntheticSpec("resp"),
    rows: complete,
    parameters: { trim: { rule: "crump" }, propensityRidge: 0.5, bootstrap: { replicates: 10, seed: 4 } },
  },
  "synthetic, separated propensity": { spec: syntheticSpec("chg"), rows: separated, parameters: { bootstrap: { replicates: 5, seed: 1 } } },
  "R fixture continuous": { spec: fixtureSpec("chg"), rows: fixture, parameters: { bootstrap: { replicates: 20, seed: 9 } } },
  "R fixture binary": { spec: fixtureSpec("resp"), rows: fixture, parameters: { bootstrap: { replicates: 20, seed: 9 } } },
};
