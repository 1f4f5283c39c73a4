/**
 * The multilayer perceptron of the prediction tasks: input → 32 → 16 → 1, ReLU, dropout 0.3 after
 * each hidden layer, sigmoid output; class-weighted binary cross-entropy, Adam, mini-batches in a
 * seeded order each epoch, early stopping on the validation AUROC (best weights kept). Every
 * initial weight and dropout mask comes from the project's seeded generator: the same data and
 * seed give the same weights, bit for bit, on every build.
 *
 * Why a trainer of its own instead of TensorFlow.js: the network is tiny (about 10,000 weights),
 * so TF.js's cost was its per-operation overhead, not arithmetic. Measured on SYN-SAFE-C 2026-01
 * (adverse events: 6,000 rows × 69 features, 11 epochs; a CPU profile of the models step), TF.js
 * on its WebAssembly backend spent most of the MLP's time turning nested arrays into tensors
 * (`flatten`, `toTypedArray`), reading results back (`readSync`), collecting garbage and
 * dispatching kernels; the multiply-adds themselves were a few hundred milliseconds. These loops
 * over Float64Arrays do the same mathematics (Glorot-uniform initialisation, inverted dropout,
 * Keras's clipped cross-entropy, Adam with TF.js's defaults β₁ 0.9, β₂ 0.999, ε 1e-7) in a fixed
 * order, with the estimators' engine-independent `exp` for the sigmoid: no tensors, no allocation
 * per batch, and no dependence on which TF.js kernels an engine picks. A layer's backward pass
 * skips the units that ReLU or dropout zeroed (their gradient is exactly 0).
 *
 * The model is exported in TF.js's layers format (topology, weight specs, float32 weights), so
 * TF.js can still load it (`loadMlpTfjs`, used by the test that checks the export); predictions,
 * in the build and in the page, use `predictDenseNetwork` from the estimators, a forward pass with
 * engine-independent arithmetic on the exported float32 weights (estimators/src/dense-network.ts),
 * so the page reproduces the build's predictions bit for bit.
 */
import type * as TfCore from "@tensorflow/tfjs-core";
import type * as TfLayers from "@tensorflow/tfjs-layers";
import { createRequire } from "node:module";
import path from "node:path";
import { createPrng, decodeBase64, denseNetworkFromTfjs, plogis, predictDenseNetwork, rocAuc, type DenseNetwork, type Prng } from "@trial/estimators";
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

export const MLP_DEFAULTS: Omit<MlpOptions, "seed"> = { maxEpochs: 50, patience: 5, batchSize: 256, hidden: [32, 16], dropout: 0.3, learningRate: 1e-2 };

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

/** Offsets of the layers' kernels and biases in one parameter vector, in TF.js's weight order (kernel [in, out] row-major, then bias). */
interface Layout {
  p: number;
  h1: number;
  h2: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
  w3: number;
  b3: number;
  size: number;
}

function layout(p: number, [h1, h2]: [number, number]): Layout {
  const w1 = 0;
  const b1 = w1 + p * h1;
  const w2 = b1 + h1;
  const b2 = w2 + h1 * h2;
  const w3 = b2 + h2;
  const b3 = w3 + h2;
  return { p, h1, h2, w1, b1, w2, b2, w3, b3, size: b3 + 1 };
}

/** Glorot-uniform kernels (limit √(6/(fan_in + fan_out)), each layer its own seeded stream) and zero biases, as Keras initialises a Dense layer. */
function initialWeights(L: Layout, seed: number): Float64Array {
  const theta = new Float64Array(L.size);
  const kernels: Array<[number, number, number, number]> = [
    [L.w1, L.p, L.h1, 1],
    [L.w2, L.h1, L.h2, 3],
    [L.w3, L.h2, 1, 5],
  ];
  for (const [offset, fanIn, fanOut, k] of kernels) {
    const rng = createPrng(seed * 16 + k);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let i = 0; i < fanIn * fanOut; i++) theta[offset + i] = (2 * rng.uniform() - 1) * limit;
  }
  return theta;
}

/** Flattens rows into one row-major Float64Array (n × p). */
function flatRows(X: readonly (readonly number[])[], p: number): Float64Array {
  const out = new Float64Array(X.length * p);
  for (let i = 0; i < X.length; i++) {
    const x = X[i] as readonly number[];
    if (x.length !== p) throw new Error(`MLP input row ${i} has ${x.length} values, expected ${p}`);
    for (let k = 0; k < p; k++) out[i * p + k] = x[k] as number;
  }
  return out;
}

/** Probabilities of the n rows of X (flat, n × p) with parameters theta, no dropout (inference). */
function forwardAll(L: Layout, theta: Float64Array, X: Float64Array, n: number): number[] {
  const { p, h1, h2 } = L;
  const a1 = new Float64Array(h1);
  const a2 = new Float64Array(h2);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * p;
    for (let j = 0; j < h1; j++) a1[j] = theta[L.b1 + j] as number;
    for (let k = 0; k < p; k++) {
      const xk = X[o + k] as number;
      if (xk === 0) continue;
      const row = L.w1 + k * h1;
      for (let j = 0; j < h1; j++) a1[j]! += xk * (theta[row + j] as number);
    }
    for (let j = 0; j < h2; j++) a2[j] = theta[L.b2 + j] as number;
    for (let k = 0; k < h1; k++) {
      const hk = a1[k] as number;
      if (hk <= 0) continue;
      const row = L.w2 + k * h2;
      for (let j = 0; j < h2; j++) a2[j]! += hk * (theta[row + j] as number);
    }
    let z = theta[L.b3] as number;
    for (let k = 0; k < h2; k++) {
      const hk = a2[k] as number;
      if (hk > 0) z += hk * (theta[L.w3 + k] as number);
    }
    out[i] = plogis(z);
  }
  return out;
}

/** The TF.js layers-format topology of the network (fixed layer names, so the artifact's bytes depend only on the data and seed). */
function topology(L: Layout, o: MlpOptions): object {
  const dense = (name: string, units: number, activation: string, seed: number, input?: number) => ({
    class_name: "Dense",
    config: {
      units,
      activation,
      use_bias: true,
      kernel_initializer: { class_name: "VarianceScaling", config: { scale: 1, mode: "fan_avg", distribution: "uniform", seed } },
      bias_initializer: { class_name: "Zeros", config: {} },
      kernel_regularizer: null,
      bias_regularizer: null,
      activity_regularizer: null,
      kernel_constraint: null,
      bias_constraint: null,
      name,
      trainable: true,
      ...(input === undefined ? {} : { batch_input_shape: [null, input], dtype: "float32" }),
    },
  });
  const dropout = (name: string, seed: number) => ({ class_name: "Dropout", config: { rate: o.dropout, noise_shape: null, seed, name, trainable: true } });
  return {
    class_name: "Sequential",
    config: {
      name: "sequential_1",
      layers: [
        dense("dense_1", L.h1, "relu", o.seed * 16 + 1, L.p),
        dropout("dropout_1", o.seed * 16 + 2),
        dense("dense_2", L.h2, "relu", o.seed * 16 + 3),
        dropout("dropout_2", o.seed * 16 + 4),
        dense("dense_3", 1, "sigmoid", o.seed * 16 + 5),
      ],
    },
    keras_version: "tfjs-layers 4.22.0",
    backend: "tensor_flow.js",
  };
}

function exportModel(L: Layout, theta: Float64Array, o: MlpOptions): MlpArtifact {
  const weights = Float32Array.from(theta);
  return {
    modelTopology: topology(L, o),
    weightSpecs: [
      { name: "dense_1/kernel", shape: [L.p, L.h1], dtype: "float32" },
      { name: "dense_1/bias", shape: [L.h1], dtype: "float32" },
      { name: "dense_2/kernel", shape: [L.h1, L.h2], dtype: "float32" },
      { name: "dense_2/bias", shape: [L.h2], dtype: "float32" },
      { name: "dense_3/kernel", shape: [L.h2, 1], dtype: "float32" },
      { name: "dense_3/bias", shape: [1], dtype: "float32" },
    ],
    weightDataBase64: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString("base64"),
  };
}

/** Scratch vectors of one row's pass (allocated once per fit). */
interface Scratch {
  a1: Float64Array;
  f1: Float64Array;
  a2: Float64Array;
  f2: Float64Array;
  d2: Float64Array;
  /** Indices of the first hidden layer's units that are non-zero on this row. */
  active: Int32Array;
  /** The first layer's kernel transposed (unit-major, h1 × p), so a unit's input is a dot product over a contiguous row. */
  w1t: Float64Array;
  /** The first layer's kernel gradient, transposed like w1t. */
  g1t: Float64Array;
}

/**
 * Adds to `grad` the gradient of the batch rows order[from..to) (forward with dropout, then
 * backward); the first layer's kernel gradient goes to scratch.g1t (transposed). f1/f2 are the
 * factor each hidden unit's pre-activation is multiplied by (0 when dropout or ReLU zeroes it,
 * else 1/(1 − rate)), so a unit's value is a·f and its gradient passes through the same factor.
 * The dropout mask is drawn first (one 32-bit draw per unit, kept when it is at least
 * rate·2³²), so a dropped unit is never computed, and the backward pass visits only the units
 * that are non-zero: the others' gradients are exactly 0.
 */
function batchGradient(
  L: Layout,
  theta: Float64Array,
  grad: Float64Array,
  Xf: Float64Array,
  y: readonly number[],
  order: readonly number[],
  from: number,
  to: number,
  classWeight: readonly [number, number],
  dropoutRng: Prng,
  dropout: number,
  scratch: Scratch,
): void {
  const { p, h1, h2, b1, w2, b2, w3, b3 } = L;
  const { a1, f1, a2, f2, d2, active, w1t, g1t } = scratch;
  const keepScale = 1 / (1 - dropout);
  const dropBelow = dropout * 4294967296;
  const clip = 1e-7;
  const batch = to - from;
  for (let r = from; r < to; r++) {
    const i = order[r] as number;
    const xo = i * p;
    // Forward, first hidden layer: only the units dropout keeps.
    let nActive = 0;
    for (let j = 0; j < h1; j++) {
      if (dropoutRng.nextUint32() < dropBelow) {
        f1[j] = 0;
        a1[j] = 0;
        continue;
      }
      let z = theta[b1 + j] as number;
      const row = j * p;
      for (let k = 0; k < p; k++) z += (Xf[xo + k] as number) * (w1t[row + k] as number);
      if (z > 0) {
        f1[j] = keepScale;
        a1[j] = z * keepScale;
        active[nActive++] = j;
      } else {
        f1[j] = 0;
        a1[j] = 0;
      }
    }
    // Second hidden layer.
    for (let j = 0; j < h2; j++) f2[j] = dropoutRng.nextUint32() < dropBelow ? 0 : 1;
    for (let j = 0; j < h2; j++) a2[j] = theta[b2 + j] as number;
    for (let q = 0; q < nActive; q++) {
      const k = active[q] as number;
      const hk = a1[k] as number;
      const row = w2 + k * h2;
      for (let j = 0; j < h2; j++) a2[j]! += hk * (theta[row + j] as number);
    }
    let z = theta[b3] as number;
    for (let j = 0; j < h2; j++) {
      const f = f2[j] === 1 && (a2[j] as number) > 0 ? keepScale : 0;
      f2[j] = f;
      a2[j] = f === 0 ? 0 : (a2[j] as number) * f;
      z += (a2[j] as number) * (theta[w3 + j] as number);
    }
    const prob = plogis(z);
    // Backward: d loss / d z of the clipped, class-weighted cross-entropy averaged over the
    // batch is w·(p − y)/B, and 0 where the clip is active (as Keras's clipped loss).
    if (prob <= clip || prob >= 1 - clip) continue;
    const yi = y[i] as number;
    const dz = (classWeight[yi as 0 | 1] * (prob - yi)) / batch;
    grad[b3]! += dz;
    for (let k = 0; k < h2; k++) {
      grad[w3 + k]! += dz * (a2[k] as number);
      d2[k] = f2[k] === 0 ? 0 : dz * (theta[w3 + k] as number) * (f2[k] as number);
    }
    for (let j = 0; j < h2; j++) grad[b2 + j]! += d2[j] as number;
    for (let q = 0; q < nActive; q++) {
      const k = active[q] as number;
      const hk = a1[k] as number;
      const row = w2 + k * h2;
      let s = 0;
      for (let j = 0; j < h2; j++) {
        const dj = d2[j] as number;
        grad[row + j]! += hk * dj;
        s += (theta[row + j] as number) * dj;
      }
      const dk = s * (f1[k] as number);
      grad[b1 + k]! += dk;
      const grow = k * p;
      for (let m = 0; m < p; m++) g1t[grow + m]! += dk * (Xf[xo + m] as number);
    }
  }
}

/**
 * Trains on (X, y) with class weights n/(2·n_class), early stopping on the AUROC of (Xval, yval):
 * at most `maxEpochs` epochs, stopping `patience` epochs after the best one; the best epoch's
 * weights are returned.
 */
export async function fitMlp(X: number[][], y: number[], Xval: number[][], yval: number[], options: Partial<MlpOptions> & { seed: number }): Promise<MlpFit> {
  const o: MlpOptions = { ...MLP_DEFAULTS, ...options };
  const start = performance.now();
  const n = X.length;
  const positives = y.filter((v) => v === 1).length;
  if (positives === 0 || positives === n) throw new Error(`MLP training data must contain both outcomes, got ${positives} positive of ${n}`);
  const classWeight = [n / (2 * (n - positives)), n / (2 * positives)] as const;
  const p = X[0]?.length ?? 0;
  const L = layout(p, o.hidden);
  const { h1, h2 } = L;
  const Xf = flatRows(X, p);
  const Xv = flatRows(Xval, p);
  const theta = initialWeights(L, o.seed);
  const grad = new Float64Array(L.size);
  const m = new Float64Array(L.size);
  const v = new Float64Array(L.size);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-7];
  let beta1t = 1;
  let beta2t = 1;
  const orderRng = createPrng(o.seed);
  const dropoutRng = createPrng(o.seed * 16 + 2);
  const scratch: Scratch = {
    a1: new Float64Array(h1),
    f1: new Float64Array(h1),
    a2: new Float64Array(h2),
    f2: new Float64Array(h2),
    d2: new Float64Array(h2),
    active: new Int32Array(h1),
    w1t: new Float64Array(p * h1),
    g1t: new Float64Array(p * h1),
  };
  const transposeKernel = () => {
    for (let k = 0; k < p; k++) for (let j = 0; j < h1; j++) scratch.w1t[j * p + k] = theta[L.w1 + k * h1 + j] as number;
  };
  transposeKernel();
  const history: number[] = [];
  let best = -Infinity;
  let bestEpoch = 0;
  let bestTheta = Float64Array.from(theta);
  for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
    const order = permutation(n, orderRng);
    for (let from = 0; from < n; from += o.batchSize) {
      const to = Math.min(n, from + o.batchSize);
      grad.fill(0);
      scratch.g1t.fill(0);
      batchGradient(L, theta, grad, Xf, y, order, from, to, classWeight, dropoutRng, o.dropout, scratch);
      for (let k = 0; k < p; k++) for (let j = 0; j < h1; j++) grad[L.w1 + k * h1 + j] = scratch.g1t[j * p + k] as number;
      // Adam (TF.js's update: lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε)).
      beta1t *= beta1;
      beta2t *= beta2;
      const rate = (o.learningRate * Math.sqrt(1 - beta2t)) / (1 - beta1t);
      for (let q = 0; q < L.size; q++) {
        const g = grad[q] as number;
        const mq = beta1 * (m[q] as number) + (1 - beta1) * g;
        const vq = beta2 * (v[q] as number) + (1 - beta2) * g * g;
        m[q] = mq;
        v[q] = vq;
        theta[q]! -= (rate * mq) / (Math.sqrt(vq) + epsilon);
      }
      transposeKernel();
    }
    const auc = rocAuc(forwardAll(L, theta, Xv, yval.length), yval);
    history.push(auc);
    if (auc > best) {
      best = auc;
      bestEpoch = epoch;
      bestTheta = Float64Array.from(theta);
    } else if (epoch - bestEpoch >= o.patience) break;
  }
  return { artifact: exportModel(L, bestTheta, o), history, bestEpoch, epochs: history.length, ms: performance.now() - start };
}

/** The exported model as the estimators' dense network (what the build and the page predict with). */
export function mlpNetwork(a: MlpArtifact): DenseNetwork {
  return denseNetworkFromTfjs(a, decodeBase64(a.weightDataBase64));
}

/** Probabilities of the rows of X (standardised features): the engine-independent forward pass. */
export function mlpPredict(a: MlpArtifact | DenseNetwork, X: number[][]): number[] {
  return predictDenseNetwork("layers" in a ? a : mlpNetwork(a), X);
}

// TF.js only for the check that the exported artifact is a TF.js model that predicts the same
// (tests/estimators/dense-network.test.ts): loaded on first use, never by the build.
let tfjs: { tf: typeof TfCore; tfl: typeof TfLayers } | null = null;

async function loadTfjs(): Promise<{ tf: typeof TfCore; tfl: typeof TfLayers }> {
  if (tfjs === null) {
    const tf = await import("@tensorflow/tfjs-core");
    const tfl = await import("@tensorflow/tfjs-layers");
    const { setWasmPaths } = await import("@tensorflow/tfjs-backend-wasm");
    const wasm = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm");
    setWasmPaths(`${path.dirname(wasm)}${path.sep}`);
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    await tf.setBackend("wasm");
    tfjs = { tf, tfl };
  }
  return tfjs;
}

/** Loads an exported model into TF.js (for the check that the exported network is TF.js's model). */
export async function loadMlpTfjs(a: MlpArtifact): Promise<TfLayers.LayersModel> {
  const { tf, tfl } = await loadTfjs();
  const bytes = Buffer.from(a.weightDataBase64, "base64");
  return tfl.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: a.modelTopology,
      weightSpecs: a.weightSpecs as TfCore.io.WeightsManifestEntry[],
      weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    }),
  );
}

/** Probabilities of the rows of X by TF.js itself (float32), with a model from `loadMlpTfjs`. */
export function mlpPredictTfjs(model: TfLayers.LayersModel, X: number[][]): number[] {
  if (tfjs === null) throw new Error("mlpPredictTfjs: load the model with loadMlpTfjs first");
  const { tf } = tfjs;
  return tf.tidy(() => Array.from((model.predict(tf.tensor2d(X, [X.length, X[0]?.length ?? 0])) as TfCore.Tensor).dataSync()));
}
