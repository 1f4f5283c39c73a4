/**
 * The artifact of one trained prediction task (dropout or adverse events): what the build writes
 * to `models/<task>.json` (src/models/train-task.ts) and what the prediction pages read and
 * re-score. One definition for both sides, so a field the build renames breaks the page's
 * typecheck rather than the page.
 */
import type { Columnar, FeatureScaling, LinearRisk, PredictionMetrics, Recalibration } from "@trial/estimators";

export type PredictionTask = "dropout" | "adverse-events";

/** The exported TF.js network: its topology, weight specs and weights (little-endian float32, base64). */
export interface MlpModelArtifact {
  modelTopology: object;
  weightSpecs: Array<{ name: string; shape: number[]; dtype: string }>;
  weightDataBase64: string;
}

export interface TaskArtifact {
  task: PredictionTask;
  seed: number;
  features: string[];
  scaling: FeatureScaling;
  logistic: LinearRisk & { recalibration: Recalibration; ridge: number; classWeights: [number, number]; trainRows: number };
  mlp: { model: MlpModelArtifact; recalibration: Recalibration; history: number[]; bestEpoch: number; epochs: number; trainRows: number; ms: number };
  split: Record<"train" | "validation" | "test", { subjects: number; rows: number; events: number }>;
  crossValidation: { folds: number; logisticAuroc: number[] };
  metrics: { logistic: PredictionMetrics; mlp: PredictionMetrics };
  /** Test rows: ids, prediction time, label, fairness attributes, calibrated predictions, raw features. */
  test: Columnar;
  /** A seeded sample of training rows (features, date) for the drift statistics. */
  reference: Columnar;
  trainingRange: { from: string; to: string };
  ms: number;
}
