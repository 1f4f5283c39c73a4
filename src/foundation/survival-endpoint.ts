/**
 * The time-to-event endpoint of a study (the input of `analyseStudySurvival` in @trial/estimators):
 * the build's survival step and the time-to-event page both map a study entry through this one
 * function, so they analyse the same subjects and columns.
 *
 * - CDISCPILOT01: time to the first treatment-emergent dermatologic event (ADTTE's TTDE: AVAL =
 *   `derm_days`, 1 − CNSR = `derm_event`), safety population; numbers at risk at days 0, 20, …, 180
 *   as the CSR's Figure 14-1, τ = 180 days.
 * - Synthetic studies: time to clinical worsening (`tte_days`, `tte_event`, generator 1.1.0:
 *   data-loaders/synthetic/time-to-event.ts), censored at discontinuation, at the primary visit or
 *   at the data cut; every subject enrolled by the cut; τ = the end of planned follow-up (the
 *   primary week in days), the horizon at which truth.json records the true marginal effects.
 * - Bring-your-own studies: the same endpoint from the dates (`disc_date − enrol_date + 1`),
 *   censored at the data cut.
 */
import type { StudySurvivalSpec, SurvivalEndpoint } from "@trial/estimators";
import type { AnalysisStudyFields } from "./analysis-input.js";
import type { StudyConfig } from "./study-config.js";

export interface SurvivalStudyFields extends AnalysisStudyFields {
  /** The study's source: `sourceKind` in studies.json, `source.kind` in the registry. */
  sourceKind: "synthetic" | "cdisc" | "byo";
  /** Synthetic studies: planned follow-up and visit interval (weeks), as in studies.json. */
  followUpWeeks?: number | null;
  visitIntervalWeeks?: number | null;
}

/** A registry entry as the endpoint mapping reads it (the fields studies.json gives the page). */
export function survivalFields(config: StudyConfig): SurvivalStudyFields {
  const planned = config.source.kind === "synthetic" ? { followUpWeeks: config.source.followUpWeeks, visitIntervalWeeks: config.source.visitIntervalWeeks } : {};
  return { ...config, outcome: config.source.outcome, sourceKind: config.source.kind, ...planned };
}

/** The end of planned follow-up of a synthetic study in days: 7 × the primary (last scheduled) week. */
export function plannedFollowUpDays(followUpWeeks: number, visitIntervalWeeks: number): number {
  return 7 * Math.floor(followUpWeeks / visitIntervalWeeks) * visitIntervalWeeks;
}

/** The data cut's date, `YYYY-MM-DD`: the last day of the month. */
export function dataCutDate(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The endpoint of a study whose source is of the given kind, at the data cut `month`.
 *
 * @param plannedDays synthetic studies: the end of planned follow-up in days (τ); see {@link plannedFollowUpDays}
 */
export function survivalEndpoint(sourceKind: SurvivalStudyFields["sourceKind"], month: string, plannedDays: number | null = null): SurvivalEndpoint {
  if (sourceKind === "cdisc") {
    return {
      label: "Time to first dermatologic event",
      definition:
        "days from the first dose to the first treatment-emergent dermatologic adverse event (ADTTE PARAMCD TTDE); subjects without one are censored at the end of treatment",
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
    label: "Time to clinical worsening",
    definition:
      "days from enrolment to the first clinical worsening (tte_days, tte_event); subjects without one are censored when they discontinue, at the primary visit (the end of planned follow-up) or at the data cut",
    time: "tte_days",
    event: "tte_event",
    population: null,
    populationLabel: "subjects enrolled by the data cut",
    riskTimes: null,
    tau: plannedDays,
    truthNote: null,
  };
}

/**
 * @param study the study's fields (a studies.json entry, or the registry entry with `sourceKind`)
 * @param month the data cut, `YYYY-MM`
 */
export function survivalSpec(study: SurvivalStudyFields, month: string): StudySurvivalSpec {
  return {
    study: study.id,
    month,
    arms: study.arms,
    covariates: study.analysisCovariates ?? study.covariates,
    endpoint: survivalEndpoint(study.sourceKind, month, plannedDaysOf(study)),
  };
}

function plannedDaysOf(study: SurvivalStudyFields): number | null {
  if (study.sourceKind !== "synthetic") return null;
  if (!study.followUpWeeks || !study.visitIntervalWeeks) throw new Error(`${study.id}: a synthetic study needs followUpWeeks and visitIntervalWeeks for its time-to-event horizon`);
  return plannedFollowUpDays(study.followUpWeeks, study.visitIntervalWeeks);
}

/** Replicates and seed of the adjusted contrasts' bootstrap at build time. */
export const SURVIVAL_BOOTSTRAP = { replicates: 200, seed: 20261215 } as const;
