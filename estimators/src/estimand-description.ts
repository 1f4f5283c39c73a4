/**
 * The estimand of a comparison written out in its ICH E9(R1) attributes: population, treatment
 * (and comparator), variable (outcome), handling of intercurrent events and missing outcomes, and
 * the population-level summary measure.
 */
import type { AnalysisParameters, EstimandDescription, StudyAnalysisSpec } from "./study-analysis-types.js";

type Arm = StudyAnalysisSpec["arms"][number];

function trimmingText(trim: AnalysisParameters["trim"]): string {
  if (trim.rule === "none") return "";
  if (trim.rule === "symmetric") return `, restricted to subjects whose estimated propensity score lies in [${trim.threshold}, ${1 - trim.threshold}] (symmetric trimming)`;
  return ", restricted to subjects whose estimated propensity score lies in [α, 1 − α] with α from the Crump et al. (2009) rule";
}

/**
 * @param spec the study's analysis spec
 * @param treated the treated arm; `control` the comparator
 * @param parameters the analysis parameters (estimand, trimming)
 * @param excluded how many subjects of the two arms lack the outcome, or a covariate
 * @example
 * describeEstimand(spec, { code: "TRT", label: "Active", role: "treated" }, { code: "PBO", label: "Placebo", role: "control" }, parameters, { missingOutcome: 3, missingCovariates: 0 }).summaryMeasure
 * // => "difference in means, E[Y(1)] − E[Y(0)] (average treatment effect)"
 */
export function describeEstimand(
  spec: StudyAnalysisSpec,
  treated: Arm,
  control: Arm,
  parameters: AnalysisParameters,
  excluded: { missingOutcome: number; missingCovariates: number },
): EstimandDescription {
  const outcomeLabel = spec.outcome.label ?? spec.outcome.column;
  const population = `${spec.population ?? "subjects enrolled by the data cut"} of ${spec.study} at the ${spec.month} data cut, in the ${treated.label} or ${control.label} arm${trimmingText(parameters.trim)}`;
  const treatment = `${treated.label} (${treated.code}) versus ${control.label} (${control.code})`;
  const outcome = `${outcomeLabel} (column ${spec.outcome.column}, ${spec.outcome.type})`;
  const summaryMeasure =
    spec.outcome.type === "binary"
      ? "risk difference, P[Y(1) = 1] − P[Y(0) = 1] (average treatment effect); risk ratio and odds ratio alongside"
      : "difference in means, E[Y(1)] − E[Y(0)] (average treatment effect)";
  const intercurrentEvents =
    `Subjects without the outcome at the cut (${excluded.missingOutcome} in these arms: not yet due, missed or discontinued) are excluded from the analysis` +
    (excluded.missingCovariates > 0 ? `, as are ${excluded.missingCovariates} with a missing covariate` : "") +
    "; the complete-case estimate targets the effect above if the outcome is missing at random given the covariates and the arm.";
  const text = `Population: ${population}. Treatment: ${treatment}. Outcome: ${outcome}. Summary measure: ${summaryMeasure}. Missing outcomes: ${intercurrentEvents}`;
  return { population, treatment, outcome, summaryMeasure, intercurrentEvents, text };
}
