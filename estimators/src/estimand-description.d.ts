/**
 * The estimand of a comparison written out in its ICH E9(R1) attributes: population, treatment
 * (and comparator), variable (outcome), handling of intercurrent events and missing outcomes, and
 * the population-level summary measure.
 */
import type { AnalysisParameters, EstimandDescription, StudyAnalysisSpec } from "./study-analysis-types.js";
type Arm = StudyAnalysisSpec["arms"][number];
/**
 * @param spec the study's analysis spec
 * @param treated the treated arm; `control` the comparator
 * @param parameters the analysis parameters (estimand, trimming)
 * @param excluded how many subjects of the two arms lack the outcome, or a covariate
 * @example
 * describeEstimand(spec, { code: "TRT", label: "Active", role: "treated" }, { code: "PBO", label: "Placebo", role: "control" }, parameters, { missingOutcome: 3, missingCovariates: 0 }).summaryMeasure
 * // => "difference in means, E[Y(1)] − E[Y(0)] (average treatment effect)"
 */
export declare function describeEstimand(spec: StudyAnalysisSpec, treated: Arm, control: Arm, parameters: AnalysisParameters, excluded: {
    missingOutcome: number;
    missingCovariates: number;
}): EstimandDescription;
export {};
