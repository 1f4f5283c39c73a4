/**
 * The survival step: the time-to-event analysis (`survival.json`) of a study-month, computed from
 * its snapshot's `subjects.parquet` (`analyseStudySurvival`, the endpoint of
 * src/foundation/survival-endpoint.ts), with the adjusted contrasts' full-refit bootstrap
 * (B = 200, seeded). Too few events give a "not estimable" record, not a failure.
 */
import path from "node:path";
import { analyseStudySurvival } from "@trial/estimators";
import { readParquet } from "../../../data-loaders/readers/parquet.ts";
import { getStudy } from "../../foundation/registry.ts";
import { SURVIVAL_BOOTSTRAP, survivalFields, survivalSpec } from "../../foundation/survival-endpoint.ts";
import type { StepRun } from "../step-context.ts";
import { lockedFileName, lockedSurvival } from "../../analysis/locked-views.ts";

export const run: StepRun = async ({ study, month, inputDir }) => {
  const config = getStudy(study);
  const subjects = await readParquet(path.join(inputDir({ step: "snapshot", study, month }), "subjects.parquet"));
  let result: ReturnType<typeof analyseStudySurvival>;
  try {
    result = analyseStudySurvival(survivalSpec(survivalFields(config), month), subjects.rows, { bootstrap: { ...SURVIVAL_BOOTSTRAP } });
  } catch (error) {
    throw new Error(`${study} ${month}: time-to-event analysis (survival.json): ${(error as Error).message}`);
  }
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  // Beside it, the results as a locked page shows them (numbers at risk and events under 5 suppressed).
  return [
    { name: "survival.json", bytes: json(result) },
    { name: lockedFileName("survival.json"), bytes: json(lockedSurvival(result)) },
  ];
};
