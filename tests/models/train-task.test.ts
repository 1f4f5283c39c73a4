/**
 * Training is deterministic given the seed, every subject is in exactly one split, and a cut with
 * too few events is reported as such (InsufficientEventsError) rather than failing the build.
 */
import { createPrng } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import { fitMlp } from "../../src/models/mlp.ts";
import type { PredictionRow } from "../../src/models/prediction-rows.ts";
import { stratifiedSubjectSplit, subjectFolds } from "../../src/models/split.ts";
import { InsufficientEventsError, trainTask } from "../../src/models/train-task.ts";

function syntheticRows(subjects: number, perSubject: number, seed: number): PredictionRow[] {
  const rng = createPrng(seed);
  const rows: PredictionRow[] = [];
  for (let s = 0; s < subjects; s++) {
    const risk = rng.normal();
    for (let k = 0; k < perSubject; k++) {
      const x = risk + 0.5 * rng.normal();
      rows.push({
        subject_id: `S${s}`,
        t: 14 * (k + 1),
        date: "2025-01-01",
        label: rng.uniform() < 1 / (1 + Math.exp(2.5 - 1.5 * x)) ? 1 : 0,
        female: s % 2,
        age: 40 + (s % 50),
        features: { x, noise: rng.normal() },
      });
    }
  }
  return rows;
}

describe("splits", () => {
  it("put every subject in exactly one split and one fold, stratified", () => {
    const rows = syntheticRows(300, 4, 1);
    const split = stratifiedSubjectSplit(rows, 7);
    const ids = new Set(rows.map((r) => r.subject_id));
    expect(split.size).toBe(ids.size);
    const counts = { train: 0, validation: 0, test: 0 };
    for (const s of split.values()) counts[s]++;
    expect(counts.train).toBeGreaterThan(170);
    expect(counts.test).toBeGreaterThan(50);
    expect(stratifiedSubjectSplit(rows, 7)).toEqual(split);
    const folds = subjectFolds(rows, 5, 3);
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});

describe("training", () => {
  it("the MLP gives identical weights for the same seed and different ones for another", async () => {
    const rows = syntheticRows(120, 3, 2);
    const X = rows.map((r) => [r.features.x as number, r.features.noise as number]);
    const y = rows.map((r) => r.label);
    const a = await fitMlp(X, y, X.slice(0, 100), y.slice(0, 100), { seed: 5, maxEpochs: 3, batchSize: 64 });
    const b = await fitMlp(X, y, X.slice(0, 100), y.slice(0, 100), { seed: 5, maxEpochs: 3, batchSize: 64 });
    const c = await fitMlp(X, y, X.slice(0, 100), y.slice(0, 100), { seed: 6, maxEpochs: 3, batchSize: 64 });
    expect(a.artifact.weightDataBase64).toBe(b.artifact.weightDataBase64);
    expect(a.history).toEqual(b.history);
    expect(c.artifact.weightDataBase64).not.toBe(a.artifact.weightDataBase64);
  }, 60_000);

  it("learns the signal and reports test metrics", async () => {
    const t = await trainTask(syntheticRows(400, 3, 3), {
      task: "dropout",
      features: ["x", "noise"],
      seed: 1,
      ridge: 1,
      logisticRows: 10000,
      mlpTrainRows: 500,
      mlpValidationRows: 300,
      mlpMaxEpochs: 5,
      referenceRows: 100,
    });
    expect(t.metrics.logistic.auroc).toBeGreaterThan(0.75);
    expect(t.logistic.coefficients[0]).toBeGreaterThan(Math.abs(t.logistic.coefficients[1] as number));
    expect(t.crossValidation.logisticAuroc).toHaveLength(5);
    expect(t.test.rows.length).toBe(t.split.test.rows);
  }, 120_000);

  it("a cut with too few events is reported, not trained", async () => {
    const rows = syntheticRows(60, 2, 4).map((r, i) => ({ ...r, label: (i === 0 ? 1 : 0) as 0 | 1 }));
    await expect(
      trainTask(rows, {
        task: "adverse-events",
        features: ["x"],
        seed: 1,
        ridge: 1,
        logisticRows: 10000,
        mlpTrainRows: 100,
        mlpValidationRows: 100,
        mlpMaxEpochs: 2,
        referenceRows: 10,
      }),
    ).rejects.toThrow(InsufficientEventsError);
  });
});
