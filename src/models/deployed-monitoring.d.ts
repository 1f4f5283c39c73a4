/**
 * Monitoring of a deployed model across data cuts. A study's models are deployed when they are
 * first trained (the training month: the earliest data cut on which the task trains); every later
 * month's report scores that month's data with the training month's models and reports
 *   - drift: the KS statistic of each feature between the training month's reference rows and the
 *     rows of each later calendar month (flag above 0.2);
 *   - decay: the AUROC of the deployed models by calendar month (alert below 0.75, warning below 0.80).
 * The rows monitored are this cut's prediction rows whose prediction date is after the training
 * cut: times the deployed model could not have seen, with labels observable by this cut. Their
 * features are computed on this cut's snapshot, point in time correct, like every prediction row.
 * The scored rows go into the artifact, so that the page recomputes the decay with the same code.
 */
import { type TaskMonitoring } from "@trial/estimators";
import { type ModelInputs, type ModelsBuild } from "./build-models.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import type { TaskArtifact } from "./train-task.ts";
export type TaskKey = "dropout" | "adverseEvents";
export type { TaskMonitoring };
export interface ModelsMonitoring {
    study: string;
    month: string;
    dropout: TaskMonitoring;
    adverseEvents: TaskMonitoring;
}
/** Scores rows with a trained task's recalibrated logistic and MLP models (as the page does). */
export declare function scoreWithArtifact(artifact: TaskArtifact, rows: readonly PredictionRow[]): Promise<{
    p_logistic: number[];
    p_mlp: number[];
}>;
/** Monitors the study's training-month models (both tasks) on this study-month's rows. */
export declare function monitorTrainingMonthModels(inputs: ModelInputs, built: ModelsBuild): Promise<ModelsMonitoring>;
