/**
 * From a study's registry entry (or its studies.json summary) to the input of the primary analysis
 * (`analyseStudyMonth` in @trial/estimators): which arms, covariates and outcome, and the parameters
 * the study overrides. The build (snapshot loader writing analysis.json), the pages (recomputing it
 * in the browser) and the archive all go through this one mapping, so they analyse the same thing.
 */
import type { AnalysisInput, AnalysisParameterOverrides, StudyAnalysisSpec } from "@trial/estimators";

/** The fields the analysis reads: a studies.json entry as is, or `{...config, outcome: config.source.outcome}`. */
export interface AnalysisStudyFields {
  id: string;
  arms: StudyAnalysisSpec["arms"];
  covariates: StudyAnalysisSpec["covariates"];
  primaryOutcome: string;
  /** The outcome's name on the pages (null or absent: the default wording of its type). */
  primaryOutcomeLabel?: string | null;
  outcome: "continuous" | "binary";
  analysis?: AnalysisParameterOverrides | null;
  /** Covariates of the analysis models when they differ from `covariates` (null or absent: the same). */
  analysisCovariates?: StudyAnalysisSpec["covariates"] | null;
}

/**
 * @param study the study's fields
 * @param month the data cut, `YYYY-MM`
 * @example
 * analysisSpec({ id: "SYN-CONF-C", arms, covariates, primaryOutcome: "change_from_baseline", outcome: "continuous" }, "2026-02").outcome.type // => "continuous"
 */
export function analysisSpec(study: AnalysisStudyFields, month: string): StudyAnalysisSpec {
  return {
    study: study.id,
    month,
    arms: study.arms,
    covariates: study.analysisCovariates ?? study.covariates,
    outcome: {
      column: study.primaryOutcome,
      type: study.outcome,
      label:
        study.primaryOutcomeLabel ??
        (study.outcome === "binary" ? `Response at the primary visit (${study.primaryOutcome})` : `Change from baseline at the primary visit (${study.primaryOutcome})`),
    },
    columns: { subjectId: "subject_id", arm: "arm", status: "disposition" },
    population: "subjects enrolled by the data cut",
  };
}

/** The full input of `analyseStudyMonth` for a study-month's subject rows. */
export function analysisInput(study: AnalysisStudyFields, month: string, rows: ArrayLike<Record<string, unknown>>): AnalysisInput {
  return { spec: analysisSpec(study, month), rows, ...(study.analysis ? { parameters: study.analysis } : {}) };
}
