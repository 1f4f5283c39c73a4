/**
 * Trains one prediction task (dropout or adverse events) at build time: subject-level stratified
 * split (60 / 20 / 20), feature scaling on the training rows, 5-fold cross-validated class-weighted
 * logistic regression on the non-test subjects, the final logistic model and the TF.js MLP
 * (early stopping on validation AUROC), each recalibrated on the validation rows (Platt), and the
 * test-set predictions with their features. Deterministic given the seed.
 */
import { type Columnar, type PredictionMetrics, type FeatureScaling, type LinearRisk, type Recalibration } from "@trial/estimators";
import { type MlpArtifact } from "./mlp.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { type SplitName } from "./split.ts";
export interface TaskOptions {
    task: "dropout" | "adverse-events";
    features: readonly string[];
    seed: number;
    /** Ridge penalty of the logistic models (on standardised features). */
    ridge: number;
    /** Rows of each logistic fit at most (seeded subsample of the training or cross-validation rows), for the build budget. */
    logisticRows: number;
    /** Training rows of the MLP at most (seeded subsample), to keep within the build budget. */
    mlpTrainRows: number;
    /** Validation rows used for early stopping at most. */
    mlpValidationRows: number;
    mlpMaxEpochs: number;
    /** Reference (training) rows kept for the drift statistics in the page. */
    referenceRows: number;
}
export type { Columnar };
export interface TaskArtifact {
    task: TaskOptions["task"];
    seed: number;
    features: string[];
    scaling: FeatureScaling;
    logistic: LinearRisk & {
        recalibration: Recalibration;
        ridge: number;
        classWeights: [number, number];
        trainRows: number;
    };
    mlp: {
        model: MlpArtifact;
        recalibration: Recalibration;
        history: number[];
        bestEpoch: number;
        epochs: number;
        trainRows: number;
        ms: number;
    };
    split: Record<SplitName, {
        subjects: number;
        rows: number;
        events: number;
    }>;
    crossValidation: {
        folds: number;
        logisticAuroc: number[];
    };
    metrics: {
        logistic: PredictionMetrics;
        mlp: PredictionMetrics;
    };
    /** Test rows: ids, prediction time, label, fairness attributes, calibrated predictions, raw features. */
    test: Columnar;
    /** A seeded sample of training rows (features, date) for the drift statistics. */
    reference: Columnar;
    trainingRange: {
        from: string;
        to: string;
    };
    ms: number;
}
/** A task that cannot be trained on this data cut (too few events in a split): the page says so. */
export declare class InsufficientEventsError extends Error {
}
export declare function trainTask(rows: readonly PredictionRow[], o: TaskOptions): Promise<TaskArtifact>;
