/**
 * The models step: the dropout and adverse-event prediction models of a study-month, trained on its
 * snapshot (src/models/train-models.ts). Files: models/dropout.json, models/adverse-events.json,
 * models/model-card.json.
 */
import { modelInputsFromSnapshot } from "../../models/model-inputs.ts";
import { trainModels } from "../../models/train-models.ts";
import type { StepRun } from "../step-context.ts";
import { readSnapshotArtifact } from "./read-snapshot.ts";

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value)}\n`);

export const run: StepRun = async ({ study, month, inputDir }) => {
  const snapshot = await readSnapshotArtifact(inputDir({ step: "snapshot", study, month }));
  const built = await trainModels(await modelInputsFromSnapshot(study, month, snapshot));
  return [
    { name: "models/dropout.json", bytes: json(built.dropout) },
    { name: "models/adverse-events.json", bytes: json(built.adverseEvents) },
    { name: "models/model-card.json", bytes: json(built.card) },
  ];
};
