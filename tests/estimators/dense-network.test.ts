import { describe, expect, it } from "vitest";
import { createPrng, decodeBase64, denseNetworkFromTfjs, predictDenseNetwork } from "../../estimators/src/index.ts";
import { fitMlp, loadMlpTfjs, mlpPredictTfjs } from "../../src/models/mlp.ts";

function data(n: number, p: number, seed: number) {
  const rng = createPrng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => rng.normal()));
  const y = X.map((x) => (rng.uniform() < ((x[0] as number) > 0 ? 0.7 : 0.3) ? 1 : 0));
  return { X, y };
}

describe("predictDenseNetwork", () => {
  it("reproduces TF.js's own predictions of a trained MLP to float32 precision", async () => {
    const { X, y } = data(400, 6, 11);
    const { X: Xv, y: yv } = data(150, 6, 12);
    const fit = await fitMlp(X, y, Xv, yv, { seed: 3, maxEpochs: 3, patience: 5, batchSize: 64, hidden: [16, 8], dropout: 0.3, learningRate: 1e-2 });
    const net = denseNetworkFromTfjs(fit.artifact, decodeBase64(fit.artifact.weightDataBase64));
    expect(net.inputs).toBe(6);
    expect(net.layers.map((l) => [l.inputs, l.units, l.activation])).toEqual([
      [6, 16, "relu"],
      [16, 8, "relu"],
      [8, 1, "sigmoid"],
    ]);
    const tfjs = mlpPredictTfjs(await loadMlpTfjs(fit.artifact), Xv);
    const mine = predictDenseNetwork(net, Xv);
    for (let i = 0; i < Xv.length; i++) expect(Math.abs((mine[i] as number) - (tfjs[i] as number))).toBeLessThan(1e-6);
  });

  it("computes a hand-checked network exactly", () => {
    const net = {
      inputs: 2,
      layers: [
        { inputs: 2, units: 2, kernel: Float64Array.of(1, -1, 2, 0.5), bias: Float64Array.of(0, 0.25), activation: "relu" as const },
        { inputs: 2, units: 1, kernel: Float64Array.of(1, 1), bias: Float64Array.of(-3), activation: "sigmoid" as const },
      ],
    };
    // hidden = relu([1·1 + 2·1, −1·1 + 0.5·1 + 0.25]) = [3, 0]; output = sigmoid(3 + 0 − 3) = 0.5
    expect(predictDenseNetwork(net, [[1, 1]])).toEqual([0.5]);
    expect(() => predictDenseNetwork(net, [[1]])).toThrow(/^X\[0\]: /);
  });

  it("decodes base64 as the standard defines it", () => {
    expect([...decodeBase64("AAECAwQ=")]).toEqual([0, 1, 2, 3, 4]);
    expect([...decodeBase64(Buffer.from([255, 254, 253]).toString("base64"))]).toEqual([255, 254, 253]);
    expect(() => decodeBase64("ab$c")).toThrow(/not base64/);
  });
});
