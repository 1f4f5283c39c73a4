/**
 * The time-to-event endpoint of a study (the input of `analyseStudySurvival` in @trial/estimators):
 * the build's survival step and the time-to-event page both map a study entry through this one
 * function, so they analyse the same subjects and columns.
 *
 * - CDISCPILOT01: time to the first treatment-emergent dermatologic event (ADTTE's TTDE: AVAL =
 *   `derm_days`, 1 − CNSR = `derm_event`), safety population; numbers at risk at days 0, 20, …, 180
 *   as the CSR's Figure 14-1, τ = 180 days.
 * - Synthetic studies: time to discontinuation (`days_on_study`, an event when `disc_date` is set;
 *   censored at the primary visit or the data cut for the others), every subject enrolled by the
 *   cut. The synthetic generator records no true hazard ratio for it.
 * - Bring-your-own studies: the same endpoint from the dates (`disc_date − enrol_date + 1`),
 *   censored at the data cut.
 */
import type { StudySurvivalSpec, SurvivalEndpoint } from "@trial/estimators";
import type { AnalysisStudyFields } from "./analysis-input.js";

export interface SurvivalStudyFields extends AnalysisStudyFields {
  /** The study's source: `sourceKind` in studies.json, `source.kind` in the registry. */
  sourceKind: "synthetic" | "cdisc" | "byo";
}

/** The data cut's date, `YYYY-MM-DD`: the last day of the month. */
export function dataCutDate(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The endpoint of a study whose source is of the given kind, at the data cut `month`. */
export function survivalEndpoint(sourceKind: SurvivalStudyFields["sourceKind"], month: string): SurvivalEndpoint {
  if (sourceKind === "cdisc") {
    return {
      label: "Time to first dermatologic event",
      definition: "days from the first dose to the first treatment-emergent dermatologic adverse event (ADTTE PARAMCD TTDE); subjects without one are censored at the end of treatment",
      time: "derm_days",
      event: "derm_event",
      population: "safety",
      populationLabel: "safety population",
      riskTimes: [0, 20, 40, 60, 80, 100, 120, 140, 160, 180],
      tau: 180,
      truthNote: null,
    };
  }
  if (sourceKind === "byo") {
    // A bring-your-own snapshot has no follow-up column: subjects without a discontinuation date
    // are censored at the data cut.
    return {
      label: "Time to discontinuation",
      definition: `days from enrolment to discontinuation (disc_date); subjects without a discontinuation date are censored at the data cut (${dataCutDate(month)}: the snapshot records no last-visit date for them)`,
      time: { start: "enrol_date", end: "disc_date", censor: dataCutDate(month) },
      event: { notNull: "disc_date" },
      population: null,
      populationLabel: "subjects enrolled by the data cut",
      riskTimes: null,
      tau: null,
      truthNote: null,
    };
  }
  return {
    label: "Time to discontinuation",
    definition: "days from enrolment to discontinuation (disc_date); subjects still on study are censored at their last visit or at the data cut (days_on_study)",
    time: "days_on_study",
    event: { notNull: "disc_date" },
    population: null,
    populationLabel: "subjects enrolled by the data cut",
    riskTimes: null,
    tau: null,
    truthNote:
      sourceKind === "synthetic"
        ? "The synthetic generator records no true hazard ratio for discontinuation: these estimates cannot be checked against a known truth (a time-to-event endpoint with a recorded truth is future work)."
        : null,
  };
}

/**
 * @param study the study's fields (a studies.json entry, or the registry entry with `sourceKind`)
 * @param month the data cut, `YYYY-MM`
 */
export function survivalSpec(study: SurvivalStudyFields, month: string): StudySurvivalSpec {
  return { study: study.id, month, arms: study.arms, covariates: study.analysisCovariates ?? study.covariates, endpoint: survivalEndpoint(study.sourceKind, month) };
}

/** Replicates and seed of the adjusted contrasts' bootstrap at build time. */
export const SURVIVAL_BOOTSTRAP = { replicates: 200, seed: 20261215 } as const;
