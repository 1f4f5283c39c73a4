/**
 * The analysis step: the primary analysis (`analysis.json`) of a study-month, computed from its
 * snapshot's `subjects.parquet` (src/analysis/primary-analysis.ts).
 */
import { analysisJsonBytes, primaryAnalysisOfSnapshot } from "../../analysis/primary-analysis.ts";
import { getStudy } from "../../foundation/registry.ts";
import type { StepRun } from "../step-context.ts";

export const run: StepRun = async ({ study, month, inputDir }) => {
  const result = await primaryAnalysisOfSnapshot(getStudy(study), month, inputDir({ step: "snapshot", study, month }));
  return [{ name: "analysis.json", bytes: analysisJsonBytes(result) }];
};
