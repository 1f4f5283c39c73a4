import { type ModelCard } from "./model-card.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { MissingModelInputError } from "./subject-history.ts";
import { type ModelsMonitoring } from "./deployed-monitoring.ts";
import { type TaskArtifact, type TaskOptions } from "./train-task.ts";
export declare const MODELS_VERSION = "1.0.0";
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
export type ModelRows = {
    dropout: PredictionRow[];
    adverseEvents: PredictionRow[];
} | MissingModelInputError;
/** A study-month's snapshot, the models' cache key and (computed on first use) its prediction rows. */
export interface ModelInputs {
    study: string;
    month: string;
    cutDate: string;
    snapshotSha: string;
    subjectsSha: string;
    cacheKey: string;
    /** The prediction rows (features rounded as the page sees them); a MissingModelInputError when the snapshot lacks what the features need. */
    rows(): ModelRows;
}
export declare function modelInputs(study: string, month: string): Promise<ModelInputs>;
/** The trained models of a study-month, from the model cache when the same inputs were trained before. */
export declare function trainedModels(inputs: ModelInputs): Promise<ModelsBuild>;
/**
 * The models of one study-month (trained on its snapshot) and the monitoring of the study's
 * training-month models on this month's data (src/models/deployed-monitoring.ts).
 */
export declare function buildModels(study: string, month: string): Promise<ModelsBuild & {
    monitoring: ModelsMonitoring;
}>;
