/**
 * The ground truth of a data cut, written beside the snapshot as `truth.json` and never into a
 * table the estimators read: the population ATE (the configuration's true effect), sample ATEs
 * from the potential outcomes (all enrolled by the cut, those with the primary outcome observed,
 * the whole trial), the true CATE by segment, the effect curve over visits, the propensity model
 * and every coefficient of the generator (hazards of adverse events and dropout included), and the
 * true marginal estimands of the time-to-event endpoint.
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import {
  ADVERSE_EVENT_MODEL,
  ASSIGNMENT_MODEL,
  COVARIATE_MODEL,
  DROPOUT_MODEL,
  GENERATOR_NAME,
  GENERATOR_VERSION,
  OUTCOME_MODEL,
  PROGNOSTIC_MODEL,
  REGIONS,
  VISIT_MODEL,
  VITALS_DRIVEN_ADVERSE_EVENT_MODEL,
  VITALS_MODEL,
} from "./parameters.ts";
import { processModel } from "./processes.ts";
import { timeToEventTruth } from "./time-to-event-truth.ts";
import type { GeneratedTrial, SubjectTruth } from "./types.ts";

export interface SampleEffect {
  n: number;
  /** mean of Y(1) − Y(0) over the subjects; null when there are none */
  ate: number | null;
  /** mean of Y(1) − Y(0) over the treated among them */
  att: number | null;
}

function sampleEffect(truths: readonly SubjectTruth[]): SampleEffect {
  const mean = (xs: readonly SubjectTruth[]) => (xs.length === 0 ? null : xs.reduce((s, t) => s + (t.y1 - t.y0), 0) / xs.length);
  return { n: truths.length, ate: mean(truths), att: mean(truths.filter((t) => t.treated === 1)) };
}

/** The generator's identity and parameters (the study's synthetic source), as recorded everywhere. */
export function generatorInfo(config: SyntheticStudyConfig): { name: string; version: string; seed: number; params: SyntheticStudyConfig["source"] } {
  return { name: GENERATOR_NAME, version: GENERATOR_VERSION, seed: config.source.seed, params: config.source };
}

/**
 * @param trial the generated trial
 * @param month the cut month; `cutDate` its last day
 * @param enrolledIds subjects enrolled by the cut; `observedIds` those with the primary outcome
 */
export function truthAtCut(trial: GeneratedTrial, month: string, cutDate: string, enrolledIds: ReadonlySet<string>, observedIds: ReadonlySet<string>) {
  const config = trial.config;
  const model = processModel(config);
  const all = [...trial.subjectTruth.values()];
  const atCut = all.filter((t) => enrolledIds.has(t.subject_id));
  const propensities = atCut.map((t) => t.propensity);
  const segmentCounts = new Map<string, number>();
  for (const t of atCut) segmentCounts.set(t.segment, (segmentCounts.get(t.segment) ?? 0) + 1);
  const { region: dr, priorTherapy: dp } = model.effectOffsets;
  return {
    study: config.id,
    month,
    cutDate,
    generator: generatorInfo(config),
    process: model.name,
    outcome: model.outcome,
    assignment: config.source.assignment,
    primaryOutcome: config.primaryOutcome,
    primaryWeek: model.primaryWeek,
    estimand:
      `Average effect of ${config.arms.find((a) => a.role === "treated")?.code} vs ${config.arms.find((a) => a.role === "control")?.code} on ${config.primaryOutcome} ` +
      `at week ${model.primaryWeek} (${model.outcome === "binary" ? "risk difference" : "mean difference"}), had every subject stayed on study (hypothetical strategy for discontinuation).`,
    /** Population (superpopulation) average treatment effect at the primary visit. */
    ate: model.ate,
    sample: {
      enrolledAtCut: sampleEffect(atCut),
      withPrimaryOutcomeAtCut: sampleEffect(atCut.filter((t) => observedIds.has(t.subject_id))),
      wholeTrial: sampleEffect(all),
    },
    cate: {
      description: "τ(x) = ATE + δ_region + δ_prior_therapy; region and prior therapy are independent of the other covariates, so these are population values",
      byRegion: REGIONS.map((region) => ({ region, effect: model.ate + dr[region] })),
      byPriorTherapy: ([0, 1] as const).map((prior_therapy) => ({ prior_therapy, effect: model.ate + dp[prior_therapy] })),
      bySegment: REGIONS.flatMap((region) =>
        ([0, 1] as const).map((prior_therapy) => ({
          region,
          prior_therapy,
          effect: model.ate + dr[region] + dp[prior_therapy],
          nEnrolledAtCut: segmentCounts.get(`${region} / prior therapy ${prior_therapy}`) ?? 0,
        })),
      ),
    },
    effectByVisit: trial.schedule.weeks.map((week, i) => ({ visit_number: i + 1, week, share: model.effectShare(week), effect: model.ate * model.effectShare(week) })),
    propensity: {
      model:
        config.source.assignment === "randomized"
          ? { kind: "permuted blocks", ...ASSIGNMENT_MODEL.randomized, propensity: 0.5 }
          : { kind: "bounded logistic", ...ASSIGNMENT_MODEL.confounded },
      rangeAtCut: propensities.length ? [Math.min(...propensities), Math.max(...propensities)] : null,
    },
    /** Time to clinical worsening (`tte_days`, `tte_event`): the true marginal hazard ratio, survival and RMST differences (time-to-event-truth.ts). */
    timeToEvent: timeToEventTruth(config),
    binaryModel: model.binary ? { ...model.binary, ...OUTCOME_MODEL.binary, formula: "p(t) = c + a·tanh((m(x) − center)/scale) + t·τ(x)·h(week)" } : null,
    models: {
      standardization: "z_age = (age − 60)/10, z_sev = (baseline_severity − 19)/6, z_bmi = (bmi − 28)/5, z_egfr = (egfr − 70)/20",
      covariates: COVARIATE_MODEL,
      prognostic: { ...PROGNOSTIC_MODEL, severityUsed: model.name === "selection" ? PROGNOSTIC_MODEL.selectionSeverity : PROGNOSTIC_MODEL.severity },
      outcome: OUTCOME_MODEL,
      effectOffsets: model.effectOffsets,
      visits: VISIT_MODEL,
      vitals: VITALS_MODEL,
      adverseEvents: model.adverseEvents === "vitals-driven" ? { model: "vitals-driven", ...VITALS_DRIVEN_ADVERSE_EVENT_MODEL } : ADVERSE_EVENT_MODEL,
      dropout: { ...DROPOUT_MODEL, informative: model.informativeDropout },
    },
  };
}

export type CutTruth = ReturnType<typeof truthAtCut>;
