/**
 * What the models step of a study-month produces (`models/dropout.json`, `models/adverse-events.json`,
 * `models/model-card.json`) and its inputs: types only, shared by training, monitoring and the card.
 */
import type { ModelCard } from "./model-card.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import type { MissingModelInputError } from "./subject-history.ts";
import type { TaskArtifact, TaskOptions } from "./train-task.ts";

export const MODELS_VERSION = "2.1.0";

/** A task that could not be trained on this cut, with the reason (shown by the page). */
export interface UntrainedTask {
  task: TaskOptions["task"];
  status: "not trained";
  reason: string;
  rows: number;
  events: number;
}

export interface ModelsBuild {
  dropout: TaskArtifact | UntrainedTask;
  adverseEvents: TaskArtifact | UntrainedTask;
  card: ModelCard;
}

export const isTrained = (t: TaskArtifact | UntrainedTask): t is TaskArtifact => !("status" in t);

export type ModelRows = { dropout: PredictionRow[]; adverseEvents: PredictionRow[] } | MissingModelInputError;

/** A study-month's snapshot as the models see it, and (computed on first use) its prediction rows. */
export interface ModelInputs {
  study: string;
  month: string;
  cutDate: string;
  snapshotSha: string;
  subjectsSha: string;
  /** The prediction rows (features rounded as the page sees them); a MissingModelInputError when the snapshot lacks what the features need. */
  rows(): ModelRows;
}
