/**
 * The TensorFlow.js multilayer perceptron: input → 64 → 32 → 1, ReLU, dropout 0.3 after each hidden
 * layer, sigmoid output; class-weighted binary cross-entropy, Adam (learning rate 1e-3), mini-batches
 * in a seeded order each epoch, early stopping on the validation AUROC (patience 5, best weights
 * kept). CPU backend, every initializer and dropout seeded: the same data and seed give the same
 * weights. The model is exported in TF.js's own format so that the page loads it with
 * `tf.loadLayersModel(tf.io.fromMemory(...))` and predicts with the same code.
 */
import * as tf from "@tensorflow/tfjs";
import { createPrng, rocAuc } from "@trial/estimators";
import { permutation } from "./split.ts";
export const MLP_DEFAULTS = { maxEpochs: 30, patience: 5, batchSize: 128, hidden: [64, 32], dropout: 0.3, learningRate: 1e-3 };
let backendReady = null;
/** Selects TF.js's pure-JavaScript CPU backend (the page does the same). */
export function useCpuBackend() {
    backendReady ??= tf.setBackend("cpu");
    return backendReady;
}
function buildModel(inputs, o) {
    const init = (k) => tf.initializers.glorotUniform({ seed: o.seed * 16 + k });
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: o.hidden[0], activation: "relu", inputShape: [inputs], kernelInitializer: init(1) }));
    model.add(tf.layers.dropout({ rate: o.dropout, seed: o.seed * 16 + 2 }));
    model.add(tf.layers.dense({ units: o.hidden[1], activation: "relu", kernelInitializer: init(3) }));
    model.add(tf.layers.dropout({ rate: o.dropout, seed: o.seed * 16 + 4 }));
    model.add(tf.layers.dense({ units: 1, activation: "sigmoid", kernelInitializer: init(5) }));
    model.compile({ optimizer: tf.train.adam(o.learningRate), loss: "binaryCrossentropy" });
    return model;
}
/** Probabilities of the rows of X (standardised features). */
export function mlpPredict(model, X) {
    return tf.tidy(() => Array.from(model.predict(tf.tensor2d(X, [X.length, X[0]?.length ?? 0])).dataSync()));
}
async function exportModel(model) {
    let saved = null;
    await model.save(tf.io.withSaveHandler(async (a) => {
        saved = a;
        return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: "JSON" } };
    }));
    const a = saved;
    return {
        modelTopology: a.modelTopology,
        weightSpecs: a.weightSpecs ?? [],
        weightDataBase64: Buffer.from(a.weightData).toString("base64"),
    };
}
/**
 * Trains on (X, y) with class weights n/(2·n_class), early stopping on the AUROC of (Xval, yval).
 */
export async function fitMlp(X, y, Xval, yval, options) {
    await useCpuBackend();
    const o = { ...MLP_DEFAULTS, ...options };
    const start = performance.now();
    const positives = y.filter((v) => v === 1).length;
    if (positives === 0 || positives === y.length)
        throw new Error(`MLP training data must contain both outcomes, got ${positives} positive of ${y.length}`);
    const classWeight = { 0: y.length / (2 * (y.length - positives)), 1: y.length / (2 * positives) };
    const model = buildModel(X[0]?.length ?? 0, o);
    const rng = createPrng(o.seed);
    const history = [];
    let best = -Infinity;
    let bestEpoch = 0;
    let bestWeights = model.getWeights().map((w) => w.clone());
    for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
        const order = permutation(X.length, rng);
        const xs = tf.tensor2d(order.map((i) => X[i]));
        const ys = tf.tensor2d(order.map((i) => [y[i]]));
        await model.fit(xs, ys, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0, classWeight });
        xs.dispose();
        ys.dispose();
        const auc = rocAuc(mlpPredict(model, Xval), yval);
        history.push(auc);
        if (auc > best) {
            best = auc;
            bestEpoch = epoch;
            bestWeights.forEach((w) => w.dispose());
            bestWeights = model.getWeights().map((w) => w.clone());
        }
        else if (epoch - bestEpoch >= o.patience)
            break;
    }
    model.setWeights(bestWeights);
    const artifact = await exportModel(model);
    bestWeights.forEach((w) => w.dispose());
    model.dispose();
    return { artifact, history, bestEpoch, epochs: history.length, ms: performance.now() - start };
}
/** Loads an exported model (Node side; the page uses the same TF.js call). */
export async function loadMlp(a) {
    await useCpuBackend();
    const bytes = Buffer.from(a.weightDataBase64, "base64");
    return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs, weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }));
}
