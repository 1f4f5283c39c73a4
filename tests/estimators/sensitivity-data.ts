/**
 * Test helper for the sensitivity analyses: a synthetic study's final data cut as estimator
 * input (complete cases, or with the dropouts' missing outcomes), and the ground truth of that cut
 * exactly as the snapshot's truth.json records it.
 */
import { cutDateIso } from "../../data-loaders/synthetic/dates.ts";
import { truthAtCut } from "../../data-loaders/synthetic/truth.ts";
import { buildDesignMatrix, type TreatmentEffectInput } from "../../estimators/src/index.ts";
import { getStudy } from "../../src/foundation/registry.ts";
import { cutOf, finalMonth, trialOf } from "../data-loaders/trials.ts";

export function studyData(study: string) {
  const config = getStudy(study);
  const month = finalMonth(study);
  const subjects = cutOf(study, month).subjects;
  const observed = subjects.filter((s) => s[config.primaryOutcome] !== null);
  const m = buildDesignMatrix(observed, config.covariates);
  const input: TreatmentEffectInput = {
    covariates: m.X,
    treatment: observed.map((s) => s.treated as number),
    outcome: observed.map((s) => s[config.primaryOutcome] as number),
    covariateNames: m.columnNames,
  };
  const withDropouts = subjects.filter((s) => s[config.primaryOutcome] !== null || s.disposition === "discontinued");
  const md = buildDesignMatrix(withDropouts, config.covariates);
  const truth = () =>
    truthAtCut(trialOf(study), month, cutDateIso(month), new Set(subjects.map((s) => s.subject_id as string)), new Set(observed.map((s) => s.subject_id as string)));
  return {
    config,
    observed,
    input,
    outcomeType: config.source.outcome,
    dropoutInput: {
      covariates: md.X,
      treatment: withDropouts.map((s) => s.treated as number),
      outcome: withDropouts.map((s) => s[config.primaryOutcome] as number | null),
      covariateNames: md.columnNames,
    },
    truth,
  };
}
