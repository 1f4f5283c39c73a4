/**
 * The monitoring step: the study's training-month models (the earliest data cut on which a task
 * trained) scored on this study-month's later data, with drift and decay
 * (src/models/deployed-monitoring.ts). Reads this month's snapshot and the models of this and every
 * earlier month. File: models/monitoring.json.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cutDateIso } from "../../../data-loaders/synthetic/dates.ts";
import { monitorTrainingMonthModels, type EarlierModels } from "../../models/deployed-monitoring.ts";
import { modelInputsFromSnapshot } from "../../models/model-inputs.ts";
import type { ModelsBuild } from "../../models/models-build.ts";
import type { StepRun } from "../step-context.ts";
import { readSnapshotArtifact } from "./read-snapshot.ts";

async function readModels(dir: string): Promise<ModelsBuild> {
  const read = async (name: string) => JSON.parse(await readFile(path.join(dir, "models", name), "utf-8"));
  return { dropout: await read("dropout.json"), adverseEvents: await read("adverse-events.json"), card: await read("model-card.json") };
}

export const run: StepRun = async ({ study, month, inputDir, inputs }) => {
  const snapshot = await readSnapshotArtifact(inputDir({ step: "snapshot", study, month }));
  const modelInputs = await modelInputsFromSnapshot(study, month, snapshot);
  const earlier: EarlierModels[] = [];
  let built: ModelsBuild | null = null;
  for (const ref of inputs.filter((r) => r.step === "models")) {
    const models = await readModels(inputDir(ref));
    if (ref.month === month) built = models;
    else earlier.push({ month: ref.month, cutDate: cutDateIso(ref.month), built: models });
  }
  if (built === null) throw new Error(`monitoring ${study} ${month}: the plan gave no models of ${month}`);
  const monitoring = await monitorTrainingMonthModels(modelInputs, built, earlier);
  return [{ name: "models/monitoring.json", bytes: new TextEncoder().encode(`${JSON.stringify(monitoring)}\n`) }];
};
