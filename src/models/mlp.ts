/**
 * The TensorFlow.js multilayer perceptron: input → 64 → 32 → 1, ReLU, dropout 0.3 after each hidden
 * layer, sigmoid output; class-weighted binary cross-entropy, Adam, mini-batches in a seeded order
 * each epoch, early stopping on the validation AUROC (best weights kept). Every initializer and
 * dropout mask is seeded: the same data and seed give the same weights.
 *
 * Training runs on TF.js's WebAssembly backend (`@tensorflow/tfjs-backend-wasm`, whose `.wasm`
 * ships inside the npm package: nothing is downloaded), with a training loop of its own
 * (`optimizer.minimize` per batch) instead of `model.fit`: measured on this project's adverse-event
 * task (6,000 rows × 120 features), an epoch took 0.83 s of CPU with the pure-JavaScript CPU
 * backend and `fit`, 0.52 s with WebAssembly and this loop at batch 128, 0.33 s at batch 512.
 * The per-operation overhead of `fit` (callbacks, per-batch logs) dominates such a small network.
 *
 * Predictions, in the build and in the page, do not use TF.js: `predictDenseNetwork` in the
 * estimators is a forward pass with engine-independent arithmetic on the exported weights (see
 * estimators/src/dense-network.ts), so the page reproduces the build's predictions bit for bit.
 * The model is exported in TF.js's layers format (topology, weight specs, float32 weights).
 */
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { createRequire } from "node:module";
import path from "node:path";
import { createPrng, decodeBase64, denseNetworkFromTfjs, predictDenseNetwork, rocAuc, type DenseNetwork } from "@trial/estimators";
import { permutation } from "./split.ts";

export interface MlpOptions {
  seed: number;
  maxEpochs: number;
  patience: number;
  batchSize: number;
  hidden: [number, number];
  dropout: number;
  learningRate: number;
}

export const MLP_DEFAULTS: Omit<MlpOptions, "seed"> = { maxEpochs: 50, patience: 5, batchSize: 256, hidden: [64, 32], dropout: 0.3, learningRate: 1e-2 };

/** The model in TF.js's layers format, weights as base64 (JSON-safe). */
export interface MlpArtifact {
  modelTopology: object;
  weightSpecs: Array<{ name: string; shape: number[]; dtype: string }>;
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

let backendReady: Promise<boolean> | null = null;
/** Selects TF.js's WebAssembly backend, loading its `.wasm` from node_modules. */
export function useWasmBackend(): Promise<boolean> {
  if (backendReady === null) {
    const wasm = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm");
    setWasmPaths(`${path.dirname(wasm)}${path.sep}`);
    // One thread: the build already runs a process per core.
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    backendReady = tf.setBackend("wasm");
  }
  return backendReady;
}

function buildModel(inputs: number, o: MlpOptions): tfl.Sequential {
  const init = (k: number) => tfl.initializers.glorotUniform({ seed: o.seed * 16 + k });
  const model = tfl.sequential();
  model.add(tfl.layers.dense({ units: o.hidden[0], activation: "relu", inputShape: [inputs], kernelInitializer: init(1) }));
  model.add(tfl.layers.dropout({ rate: o.dropout, seed: o.seed * 16 + 2 }));
  model.add(tfl.layers.dense({ units: o.hidden[1], activation: "relu", kernelInitializer: init(3) }));
  model.add(tfl.layers.dropout({ rate: o.dropout, seed: o.seed * 16 + 4 }));
  model.add(tfl.layers.dense({ units: 1, activation: "sigmoid", kernelInitializer: init(5) }));
  return model;
}

/** Probabilities of the rows of X by TF.js itself (float32): for early stopping and for the test that checks the exported network. */
export function mlpPredictTfjs(model: tfl.LayersModel, X: number[][]): number[] {
  return tf.tidy(() => Array.from((model.predict(tf.tensor2d(X, [X.length, X[0]?.length ?? 0])) as tf.Tensor).dataSync()));
}

async function exportModel(model: tfl.LayersModel): Promise<MlpArtifact> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      saved = a;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: "JSON" } };
    }),
  );
  const a = saved as unknown as tf.io.ModelArtifacts;
  return {
    modelTopology: a.modelTopology as object,
    weightSpecs: (a.weightSpecs ?? []).map((s) => ({ name: s.name, shape: [...s.shape], dtype: s.dtype })),
    weightDataBase64: Buffer.from(a.weightData as ArrayBuffer).toString("base64"),
  };
}

/** Class-weighted binary cross-entropy of probabilities p (clipped as Keras does), averaged over the batch. */
function weightedCrossEntropy(y: tf.Tensor, p: tf.Tensor, w: tf.Tensor): tf.Scalar {
  const eps = 1e-7;
  const q = tf.clipByValue(p, eps, 1 - eps);
  const losses = tf.neg(tf.add(tf.mul(y, tf.log(q)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, q)))));
  return tf.mean(tf.mul(losses, w));
}

/**
 * Trains on (X, y) with class weights n/(2·n_class), early stopping on the AUROC of (Xval, yval).
 */
export async function fitMlp(X: number[][], y: number[], Xval: number[][], yval: number[], options: Partial<MlpOptions> & { seed: number }): Promise<MlpFit> {
  await useWasmBackend();
  const o: MlpOptions = { ...MLP_DEFAULTS, ...options };
  const start = performance.now();
  const positives = y.filter((v) => v === 1).length;
  if (positives === 0 || positives === y.length) throw new Error(`MLP training data must contain both outcomes, got ${positives} positive of ${y.length}`);
  const classWeight = [y.length / (2 * (y.length - positives)), y.length / (2 * positives)] as const;
  const p = X[0]?.length ?? 0;
  const model = buildModel(p, o);
  const optimizer = tf.train.adam(o.learningRate);
  const rng = createPrng(o.seed);
  const history: number[] = [];
  let best = -Infinity;
  let bestEpoch = 0;
  let bestWeights: tf.Tensor[] = model.getWeights().map((w) => w.clone());
  for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
    const order = permutation(X.length, rng);
    for (let from = 0; from < order.length; from += o.batchSize) {
      const rows = order.slice(from, from + o.batchSize);
      tf.tidy(() => {
        const xb = tf.tensor2d(rows.map((i) => X[i] as number[]), [rows.length, p]);
        const yb = tf.tensor2d(rows.map((i) => [y[i] as number]), [rows.length, 1]);
        const wb = tf.tensor2d(rows.map((i) => [classWeight[y[i] as 0 | 1]]), [rows.length, 1]);
        optimizer.minimize(() => weightedCrossEntropy(yb, model.apply(xb, { training: true }) as tf.Tensor, wb));
      });
    }
    const auc = rocAuc(mlpPredictTfjs(model, Xval), yval);
    history.push(auc);
    if (auc > best) {
      best = auc;
      bestEpoch = epoch;
      bestWeights.forEach((w) => w.dispose());
      bestWeights = model.getWeights().map((w) => w.clone());
    } else if (epoch - bestEpoch >= o.patience) break;
  }
  model.setWeights(bestWeights);
  const artifact = await exportModel(model);
  bestWeights.forEach((w) => w.dispose());
  optimizer.dispose();
  model.dispose();
  return { artifact, history, bestEpoch, epochs: history.length, ms: performance.now() - start };
}

/** The exported model as the estimators' dense network (what the build and the page predict with). */
export function mlpNetwork(a: MlpArtifact): DenseNetwork {
  return denseNetworkFromTfjs(a, decodeBase64(a.weightDataBase64));
}

/** Probabilities of the rows of X (standardised features): the engine-independent forward pass. */
export function mlpPredict(a: MlpArtifact | DenseNetwork, X: number[][]): number[] {
  return predictDenseNetwork("layers" in a ? a : mlpNetwork(a), X);
}

/** Loads an exported model into TF.js (for the check that the exported network is TF.js's model). */
export async function loadMlpTfjs(a: MlpArtifact): Promise<tfl.LayersModel> {
  await useWasmBackend();
  const bytes = Buffer.from(a.weightDataBase64, "base64");
  return tfl.loadLayersModel(
    tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs as tf.io.WeightsManifestEntry[], weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }),
  );
}
