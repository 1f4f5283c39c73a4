/**
 * The TensorFlow.js multilayer perceptron: input → 64 → 32 → 1, ReLU, dropout 0.3 after each hidden
 * layer, sigmoid output; class-weighted binary cross-entropy, Adam (learning rate 1e-3), mini-batches
 * in a seeded order each epoch, early stopping on the validation AUROC (patience 5, best weights
 * kept). CPU backend, every initializer and dropout seeded: the same data and seed give the same
 * weights. The model is exported in TF.js's own format so that the page loads it with
 * `tf.loadLayersModel(tf.io.fromMemory(...))` and predicts with the same code.
 */
import * as tf from "@tensorflow/tfjs";
export interface MlpOptions {
    seed: number;
    maxEpochs: number;
    patience: number;
    batchSize: number;
    hidden: [number, number];
    dropout: number;
    learningRate: number;
}
export declare const MLP_DEFAULTS: Omit<MlpOptions, "seed">;
/** The model in TF.js's layers format, weights as base64 (JSON-safe). */
export interface MlpArtifact {
    modelTopology: object;
    weightSpecs: tf.io.WeightsManifestEntry[];
    weightDataBase64: string;
}
export interface MlpFit {
    artifact: MlpArtifact;
    /** Validation AUROC after each epoch. */
    history: number[];
    bestEpoch: number;
    epochs: number;
    ms: number;
}
/** Selects TF.js's pure-JavaScript CPU backend (the page does the same). */
export declare function useCpuBackend(): Promise<boolean>;
/** Probabilities of the rows of X (standardised features). */
export declare function mlpPredict(model: tf.LayersModel, X: number[][]): number[];
/**
 * Trains on (X, y) with class weights n/(2·n_class), early stopping on the AUROC of (Xval, yval).
 */
export declare function fitMlp(X: number[][], y: number[], Xval: number[][], yval: number[], options: Partial<MlpOptions> & {
    seed: number;
}): Promise<MlpFit>;
/** Loads an exported model (Node side; the page uses the same TF.js call). */
export declare function loadMlp(a: MlpArtifact): Promise<tf.LayersModel>;
