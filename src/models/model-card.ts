/**
 * The model card of a study-month's prediction models (after Mitchell et al. 2019): what the models
 * predict, from which data and features, how they were trained and validated, their test metrics
 * and their known limits.
 */
import { describeBudget } from "./training-budget.ts";
import type { UntrainedTask } from "./models-build.ts";
import type { TaskArtifact } from "./train-task.ts";

export interface ModelCard {
  study: string;
  month: string;
  cutDate: string;
  version: string;
  snapshot: { subjectsSha256: string; snapshotSha256: string };
  /** Wall-clock milliseconds of the whole loader work (snapshot read, features, training). */
  trainingMs: number;
  /** CPU milliseconds of the same (on a shared machine the wall clock overstates the cost). */
  trainingCpuMs: number;
  tasks: Array<
    | UntrainedTask
    | {
        task: string;
        predicts: string;
        rows: string;
        dataRange: { from: string; to: string };
        features: string[];
        training: string;
        split: TaskArtifact["split"];
        crossValidationAuroc: number[];
        metrics: TaskArtifact["metrics"];
        mlpEpochs: number;
        mlpBestEpoch: number;
        mlpTrainRows: number;
      }
  >;
  limits: string[];
}

const TRAINING =
  "Subject-level stratified split 60/20/20 (seed 606); features standardised on the training rows, missing = training mean. " +
  "Class-weighted logistic regression (weights n/(2·n_class), ridge λ = 1), 5-fold subject-level cross-validation on the non-test subjects. " +
  "MLP input→32→16→1 (ReLU, dropout 0.3, sigmoid) trained by the project's own seeded trainer (Glorot-uniform initial weights, dropout masks and epoch order from seeded streams; exported in TF.js's layers format), class-weighted binary cross-entropy, Adam 1e-2, batch 256, " +
  "early stopping on validation AUROC (at most 50 epochs, patience 5, best weights); predictions by the engine-independent forward pass of the estimators. Both recalibrated on the validation rows (Platt scaling; intercept only when the validation slope is not positive).";

export function modelCard(a: {
  study: string;
  month: string;
  cutDate: string;
  snapshotSubjectsSha256: string;
  snapshotSha: string;
  version: string;
  dropout: TaskArtifact | UntrainedTask;
  adverseEvents: TaskArtifact | UntrainedTask;
  ms: number;
  cpuMs: number;
}): ModelCard {
  const task = (t: TaskArtifact | UntrainedTask, predicts: string, rows: string) =>
    "status" in t
      ? t
      : {
          task: t.task,
          predicts,
          rows,
          dataRange: t.trainingRange,
          features: t.features,
          training: TRAINING,
          split: t.split,
          crossValidationAuroc: t.crossValidation.logisticAuroc,
          metrics: t.metrics,
          mlpEpochs: t.mlp.epochs,
          mlpBestEpoch: t.mlp.bestEpoch,
          mlpTrainRows: t.mlp.trainRows,
        };
  return {
    study: a.study,
    month: a.month,
    cutDate: a.cutDate,
    version: a.version,
    snapshot: { subjectsSha256: a.snapshotSubjectsSha256, snapshotSha256: a.snapshotSha },
    trainingMs: a.ms,
    trainingCpuMs: a.cpuMs,
    tasks: [
      task(
        a.dropout,
        "discontinuation within 28 days of a follow-up visit",
        "one row per subject and follow-up visit reached on study (at the visit, or at the close of its window when missed), label observable by the cut",
      ),
      task(
        a.adverseEvents,
        "an adverse-event onset within the next 14 days",
        "one row per subject every 14 study days on study (patient-day rows on a 14-day grid), label window ending by the cut",
      ),
    ],
    limits: [
      "Trained and tested on one data cut. The models of the study's training month (its first data cut with enough events) are the deployed ones: every later cut's report scores its new data with them and shows drift (KS per feature) and decay (AUROC by month) (monitoring.json).",
      describeBudget(),
      "Dropout masks are seeded per layer, so the same mask pattern repeats for the same batch position across steps.",
      "Labels are censored at discontinuation: events after a subject leaves the study are not recorded.",
      "Not a medical device; risk estimates support, not replace, clinical judgement.",
    ],
  };
}
