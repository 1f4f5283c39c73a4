/**
 * Inference of a small fully connected network (the prediction pages' multilayer perceptron,
 * trained at build time with TensorFlow.js): layer ℓ computes a_ℓ = f_ℓ(b_ℓ + a_{ℓ−1}·K_ℓ) with
 * f = ReLU, sigmoid or the identity; dropout layers are the identity at inference.
 *
 * Why by hand rather than TF.js's `predict`: the page re-computes the build's predictions and must
 * print the same digits in every browser. TF.js's CPU backend calls `Math.exp` (engine-dependent),
 * its WebGL backend depends on the GPU, and its WebAssembly backend picks SIMD or threaded kernels
 * by what the engine supports. This forward pass is a few loops of + and × in a fixed order on the
 * float32 weights widened to doubles, with the engine-independent `exp` for the sigmoid, so Node
 * and every browser give the same bits, and the page needs no TF.js at all. The build computes the
 * stored predictions with this same function; it agrees with TF.js's own float32 `predict` to
 * float32 precision (tests/estimators/dense-network.test.ts).
 */
import { exp } from "./elementary-functions.js";
import { EstimatorInputError } from "./validate.js";

export type DenseActivation = "relu" | "sigmoid" | "linear";

export interface DenseLayer {
  inputs: number;
  units: number;
  /** Row-major inputs × units (TF.js's kernel layout): weight of input i for unit j at i·units + j. */
  kernel: Float64Array;
  bias: Float64Array;
  activation: DenseActivation;
}

export interface DenseNetwork {
  inputs: number;
  layers: DenseLayer[];
}

/** The parts of a TF.js layers-model artifact that inference needs. */
export interface TfjsModelArtifact {
  modelTopology: unknown;
  weightSpecs: Array<{ name: string; shape: number[]; dtype: string }>;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)));

/** Decodes standard base64 (RFC 4648) into bytes; written out so that Node and browsers share it. */
export function decodeBase64(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = alphabet.indexOf(clean[i] as string);
    if (v < 0) throw new EstimatorInputError("text", `is not base64: character ${JSON.stringify(clean[i])} at ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

interface KerasLayer {
  class_name: string;
  config: { units?: number; activation?: string; batch_input_shape?: Array<number | null>; use_bias?: boolean };
}

function layersOf(topology: unknown): KerasLayer[] {
  const t = topology as { config?: { layers?: KerasLayer[] } | KerasLayer[]; model_config?: { config?: { layers?: KerasLayer[] } } };
  const layers = Array.isArray(t.config) ? t.config : (t.config?.layers ?? t.model_config?.config?.layers);
  if (!Array.isArray(layers)) throw new EstimatorInputError("modelTopology", "has no sequential layer list");
  return layers;
}

/**
 * A DenseNetwork from a TF.js sequential model (Dense and Dropout layers only), its weight specs
 * and weight bytes (little-endian float32, in the specs' order).
 */
export function denseNetworkFromTfjs(artifact: TfjsModelArtifact, weightData: Uint8Array): DenseNetwork {
  const floats = new Float32Array(weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength));
  let offset = 0;
  const tensors = artifact.weightSpecs.map((s) => {
    if (s.dtype !== "float32") throw new EstimatorInputError("weightSpecs", `${s.name}: only float32 weights are supported, got ${s.dtype}`);
    const size = s.shape.reduce((a, b) => a * b, 1);
    const values = Float64Array.from(floats.subarray(offset, offset + size));
    offset += size;
    return { spec: s, values };
  });
  if (offset !== floats.length) throw new EstimatorInputError("weightData", `holds ${floats.length} floats, the specs describe ${offset}`);
  const layers: DenseLayer[] = [];
  let next = 0;
  let inputs = -1;
  for (const l of layersOf(artifact.modelTopology)) {
    if (l.class_name === "Dropout") continue;
    if (l.class_name !== "Dense") throw new EstimatorInputError("modelTopology", `layer ${l.class_name} is not supported (Dense and Dropout only)`);
    const kernel = tensors[next++];
    const bias = l.config.use_bias === false ? null : tensors[next++];
    if (kernel?.spec.shape.length !== 2) throw new EstimatorInputError("weightSpecs", "a Dense layer's kernel is missing or not 2-dimensional");
    const [rows, units] = kernel.spec.shape as [number, number];
    if (inputs < 0) inputs = rows;
    const activation = (l.config.activation ?? "linear") as string;
    if (activation !== "relu" && activation !== "sigmoid" && activation !== "linear") throw new EstimatorInputError("modelTopology", `activation ${activation} is not supported`);
    layers.push({ inputs: rows, units, kernel: kernel.values, bias: bias ? bias.values : new Float64Array(units), activation });
  }
  if (next !== tensors.length) throw new EstimatorInputError("weightSpecs", `${tensors.length - next} weight tensor(s) left over after the Dense layers`);
  for (let k = 1; k < layers.length; k++) {
    if ((layers[k] as DenseLayer).inputs !== (layers[k - 1] as DenseLayer).units)
      throw new EstimatorInputError(
        "modelTopology",
        `layer ${k + 1} takes ${(layers[k] as DenseLayer).inputs} inputs but layer ${k} has ${(layers[k - 1] as DenseLayer).units} units`,
      );
  }
  return { inputs, layers };
}

/**
 * The network's outputs (the first unit of the last layer) for the rows of X.
 *
 * @param network from {@link denseNetworkFromTfjs}
 * @param X rows of `network.inputs` numbers (the standardised features)
 * @example
 * const net = { inputs: 1, layers: [{ inputs: 1, units: 1, kernel: Float64Array.of(2), bias: Float64Array.of(0), activation: "sigmoid" }] };
 * predictDenseNetwork(net, [[0]]) // => [0.5]
 */
export function predictDenseNetwork(network: DenseNetwork, X: ReadonlyArray<ArrayLike<number>>): number[] {
  const out: number[] = new Array(X.length);
  let width = 0;
  for (const l of network.layers) width = Math.max(width, l.units, l.inputs);
  let a = new Float64Array(width);
  let b = new Float64Array(width);
  for (let r = 0; r < X.length; r++) {
    const x = X[r] as ArrayLike<number>;
    if (x.length !== network.inputs) throw new EstimatorInputError(`X[${r}]`, `has ${x.length} values, the network takes ${network.inputs}`);
    for (let i = 0; i < x.length; i++) a[i] = x[i] as number;
    for (const l of network.layers) {
      for (let j = 0; j < l.units; j++) {
        let z = l.bias[j] as number;
        for (let i = 0; i < l.inputs; i++) z += (a[i] as number) * (l.kernel[i * l.units + j] as number);
        // biome-ignore lint/complexity/useMathMinMax: TF.js's relu is `z > 0 ? z : 0` (Math.max differs at NaN and −0)
        b[j] = l.activation === "relu" ? (z > 0 ? z : 0) : l.activation === "sigmoid" ? sigmoid(z) : z;
      }
      const t = a;
      a = b;
      b = t;
    }
    out[r] = a[0] as number;
  }
  return out;
}
