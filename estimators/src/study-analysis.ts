/**
 * The primary analysis of a study-month: for each treated arm against the control arm, a
 * propensity model on the study's covariates, trimming as configured, AIPW (primary) with an
 * influence-function interval and a full-refit bootstrap interval, beside regression adjustment
 * (g-computation) and IPW (Horvitz–Thompson, Hájek), the covariate balance before and after
 * weighting, and the gates. The build stores `result` as the snapshot's analysis.json; the page
 * runs the same function on the same Parquet rows and checks that the digits agree.
 * Shapes: see study-analysis-types.ts (a stable contract).
 */
import { runBootstrap, withBootstrap } from "./study-analysis-bootstrap.js";
import { analyseComparison } from "./study-analysis-comparison.js";
import { prepareAll } from "./study-analysis-preparation.js";
import {
  ANALYSIS_SCHEMA,
  type AnalysisInput,
  type AnalysisParameters,
  type AnalysisResult,
  type ComparisonResult,
  type StudyAnalysisSpec,
  type StudyMonthAnalysis,
} from "./study-analysis-types.js";
import { checkOneOf } from "./validate.js";

export { defaultAnalysisParameters, resolveAnalysisParameters } from "./study-analysis-parameters.js";
export {
  bootstrapComparison,
  comparisonBootstrapOutcome,
  comparisonBootstrapRequest,
  withBootstrap,
  type ComparisonBootstrapOutcome,
  type ComparisonBootstrapRequest,
} from "./study-analysis-bootstrap.js";

export interface AnalyseOptions {
  /** `"run"` (default): the bootstrap as configured; `"skip"`: point estimates only (`bootstrap: null`), e.g. to show them at once in a page. */
  bootstrap?: "run" | "skip";
}

/**
 * The primary analysis of a study-month (see the module comment and study-analysis-types.ts).
 *
 * Steps, per treated arm vs the control arm: subjects of the two arms, sorted by subject id;
 * those without the outcome excluded and counted (by arm and status); covariates coded (one
 * indicator per non-reference level of a categorical covariate); the propensity model (logistic,
 * optional ridge) with its separation and convergence diagnostics; trimming; the model refitted on
 * the kept subjects; ATE weights, balance before and after; AIPW with influence-function and
 * bootstrap intervals (seeded; every replicate refits both models), g-computation, IPW
 * (Horvitz–Thompson and Hájek); gates. A comparison whose models cannot be fitted is reported
 * with `status: "failed"`, its error, and a failed gate (never a NaN).
 *
 * @param input `{spec, rows, parameters?}`
 * @param options `bootstrap: "run" | "skip"`
 * @throws EstimatorInputError for an invalid spec or parameters, a row whose arm is not one of the
 *   study's arms, a duplicate or missing subject id, or an outcome that is not a number (0/1 for
 *   binary): errors of the data, not of the analysis
 * @example
 * const { result } = analyseStudyMonth({ spec, rows });
 * result.comparisons[0].estimates.aipw.difference // => {estimate, se, ci}
 */
export function analyseStudyMonth(input: AnalysisInput, options: AnalyseOptions = {}): StudyMonthAnalysis {
  const bootstrap = options.bootstrap ?? "run";
  checkOneOf("options.bootstrap", bootstrap, ["run", "skip"] as const);
  const { spec, parameters, prepared } = prepareAll(input);
  const outcomes = prepared.map((p) => analyseComparison(spec, p, parameters));
  let result = assembleResult(
    spec,
    parameters,
    outcomes.map((o) => o.result),
  );
  if (bootstrap === "run") {
    for (const [k, p] of prepared.entries()) {
      if (outcomes[k]?.result.status === "ok") result = withBootstrap(result, p.result.id, runBootstrap(spec, p, parameters));
    }
  }
  return { result, details: outcomes.map((o) => o.details) };
}

function assembleResult(spec: StudyAnalysisSpec, parameters: AnalysisParameters, comparisons: ComparisonResult[]): AnalysisResult {
  const gates = comparisons.flatMap((c) => c.gates);
  return {
    schema: ANALYSIS_SCHEMA,
    study: spec.study,
    month: spec.month,
    outcome: { column: spec.outcome.column, label: spec.outcome.label ?? spec.outcome.column, type: spec.outcome.type },
    population: spec.population ?? "subjects enrolled by the data cut",
    parameters,
    comparisons,
    gates,
    passed: gates.every((gate) => gate.passed),
  };
}
