/**
 * The validation page's coverage table: one row per (simulation run, estimator) from the files
 * `npm run simulate:coverage` writes (pages/data/coverage/*.json), with the mean estimate, bias and
 * its Monte Carlo SE, the empirical SD, and the 95% CI coverage and its Monte Carlo SE.
 */
import type { Column } from "./analysis-tables.js";

interface EstimatorSummary {
  mean: number | null;
  bias: number | null;
  biasMcse: number | null;
  empiricalSd: number | null;
  coverage: number | null;
  coverageMcse: number | null;
}

/** What the table reads of a coverage run's file. */
export interface CoverageRun {
  run: string;
  summary: { study: string; outcome: string; n: number; replicates: number; bootstrap: number; estimators: Record<string, EstimatorSummary | null> };
}

export interface CoverageRow extends EstimatorSummary {
  run: string;
  estimator: string;
  key: string;
}

const ESTIMATOR_NAMES: Record<string, string> = {
  naive: "Naive difference in means",
  aipw: "AIPW, influence-function CI",
  aipwBootstrapPercentile: "AIPW, bootstrap percentile CI",
  gComputation: "Regression adjustment",
  ipwHt: "IPW, Horvitz–Thompson",
  ipwHajek: "IPW, Hájek",
};

/** The rows of every run, estimators in the file's order; an estimator the run did not compute (null) is left out. */
export function coverageRows(runs: readonly CoverageRun[]): CoverageRow[] {
  return runs.flatMap((r) => {
    const s = r.summary;
    const label = `${s.study} (${s.outcome}), n = ${s.n}, ${s.replicates} seeds${s.bootstrap ? `, B = ${s.bootstrap}` : ""}`;
    return Object.entries(s.estimators).flatMap(([k, v]) => (v === null ? [] : [{ run: label, estimator: ESTIMATOR_NAMES[k] ?? k, key: `${r.run}:${k}`, ...v }]));
  });
}

/** A proportion as a percentage to 1 decimal, "–" when absent. */
export const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
/** A number to 4 decimals, "–" when absent. */
export const f4 = (x: number | null) => (x === null ? "–" : x.toFixed(4));

export const coverageColumns: ReadonlyArray<Column<CoverageRow>> = [
  { label: "Simulation", field: "run", value: (r) => r.run },
  { label: "Estimator", field: "estimator", value: (r) => r.estimator },
  { label: "Mean estimate", field: "mean", value: (r) => f4(r.mean) },
  { label: "Bias", field: "bias", value: (r) => f4(r.bias) },
  { label: "MCSE of bias", field: "bias-mcse", value: (r) => f4(r.biasMcse) },
  { label: "Empirical SD", field: "sd", value: (r) => f4(r.empiricalSd) },
  { label: "95% CI coverage", field: "coverage", value: (r) => pct(r.coverage) },
  { label: "MCSE of coverage", field: "coverage-mcse", value: (r) => pct(r.coverageMcse) },
];

const SURVIVAL_ESTIMATOR_NAMES: Record<string, string> = {
  naiveLogHr: "log HR, Cox unadjusted",
  ipwLogHr: "log HR, IPW Cox (robust CI)",
  naiveRmstDifference: "RMST difference, unadjusted",
  ipwRmstDifference: "RMST difference, IPW (bootstrap percentile CI)",
  ipwSurvivalDifference: "Survival difference at τ, IPW (bootstrap percentile CI)",
};

/** The time-to-event coverage run's rows (`npm run simulate:survival-coverage`): one per estimator; shown with `coverageColumns.slice(1)`. */
export function survivalCoverageRows(run: { summary: { estimators: Record<string, EstimatorSummary> } }): CoverageRow[] {
  return Object.entries(run.summary.estimators).map(([k, v]) => ({ run: "", key: k, estimator: SURVIVAL_ESTIMATOR_NAMES[k] ?? k, ...v }));
}
