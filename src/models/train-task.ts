/**
 * Trains one prediction task (dropout or adverse events) at build time: subject-level stratified
 * split (60 / 20 / 20), feature scaling on the training rows, 5-fold cross-validated class-weighted
 * logistic regression on the non-test subjects, the final logistic model and the MLP (mlp.ts)
 * (early stopping on validation AUROC), each recalibrated on the validation rows (Platt), and the
 * test-set predictions with their features. Deterministic given the seed.
 */
import {
  calibrationSlope,
  fitFeatureScaling,
  predictionMetrics,
  type Columnar,
  fitLogistic,
  fitRidgeLogistic,
  linearRisk,
  recalibrate,
  rocAuc,
  scaleFeatures,
  type LinearRisk,
  type Recalibration,
  ln,
} from "@trial/estimators";
import { fitMlp, mlpNetwork, mlpPredict } from "./mlp.ts";
import type { TaskArtifact } from "@trial/foundation";
import type { PredictionRow } from "./prediction-rows.ts";
import { stratifiedSubjectSplit, subjectFolds, subsample, type SplitName } from "./split.ts";

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

// The artifact's shape is shared with the pages that read it (@trial/foundation).
export type { TaskArtifact };

/** A task that cannot be trained on this data cut (too few events in a split): the page says so. */
export class InsufficientEventsError extends Error {}

const round = (x: number | null | undefined, digits = 6): number | null => (x === null || x === undefined ? null : Number(x.toPrecision(digits)));

function fitWeightedLogistic(Z: number[][], y: number[], ridge: number, start?: LinearRisk): { model: LinearRisk; weights: [number, number] } {
  const pos = y.filter((v) => v === 1).length;
  const w0 = y.length / (2 * (y.length - pos));
  const w1 = y.length / (2 * pos);
  const weights = y.map((v) => (v === 1 ? w1 : w0));
  let fit: ReturnType<typeof fitRidgeLogistic> | null = null;
  if (start) {
    // A start from another fit's coefficients (fitted on a different scaling) can send Newton's
    // method astray; then it starts again from zero. The maximiser is unique either way.
    try {
      fit = fitRidgeLogistic(Z, y, { weights, ridge, start });
      if (!fit.converged) fit = null;
    } catch {
      fit = null;
    }
  }
  fit ??= fitRidgeLogistic(Z, y, { weights, ridge });
  return { model: { intercept: fit.intercept, coefficients: fit.coefficients }, weights: [w0, w1] };
}

/**
 * Platt recalibration glm(y ~ logit(p)) on validation predictions. A slope that is not positive
 * (validation ranking no better than chance) would reverse or flatten the model's ranking; then
 * only the intercept is recalibrated (slope 1, calibration in the large).
 */
function fitRecalibration(p: number[], y: number[]): Recalibration {
  const q = p.map((x) => Math.min(1 - 1e-7, Math.max(1e-7, x)));
  const c = fitLogistic(
    q.map((x) => [1, ln(x / (1 - x))]),
    y,
  ).coefficients;
  if ((c[1] as number) > 0) return { a: c[0] as number, b: c[1] as number };
  return { a: calibrationSlope(q, y).intercept, b: 1 };
}

export async function trainTask(rows: readonly PredictionRow[], o: TaskOptions): Promise<TaskArtifact> {
  const start = performance.now();
  const split = stratifiedSubjectSplit(rows, o.seed);
  const part = (name: SplitName) => rows.filter((r) => split.get(r.subject_id) === name);
  const train = part("train");
  const validation = part("validation");
  const test = part("test");
  for (const [name, rs] of [
    ["train", train],
    ["validation", validation],
    ["test", test],
  ] as const) {
    const events = rs.filter((r) => r.label === 1).length;
    if (events < 2 || events === rs.length)
      throw new InsufficientEventsError(`${o.task}: the ${name} split has ${events} events in ${rs.length} rows; at least 2 events and 1 non-event are needed`);
  }
  const scaling = fitFeatureScaling(
    train.map((r) => r.features),
    o.features,
  );
  const Z = (rs: readonly PredictionRow[]) => rs.map((r) => scaleFeatures(scaling, r.features));
  const Y = (rs: readonly PredictionRow[]) => rs.map((r) => r.label as number);

  const logisticTrain = subsample(train, o.logisticRows, o.seed + 5);
  const { model: logistic, weights } = fitWeightedLogistic(Z(logisticTrain), Y(logisticTrain), o.ridge);

  // 5-fold cross-validation of the logistic model over the non-test subjects; each fold's Newton
  // iterations start at the final model (the same maximiser, in fewer iterations).
  const development = [...train, ...validation];
  const folds = subjectFolds(development, 5, o.seed + 1);
  const cvAuroc: number[] = [];
  for (let k = 0; k < 5; k++) {
    const fitRows = subsample(
      development.filter((r) => folds.get(r.subject_id) !== k),
      o.logisticRows,
      o.seed + 10 + k,
    );
    const held = development.filter((r) => folds.get(r.subject_id) === k);
    const s = fitFeatureScaling(
      fitRows.map((r) => r.features),
      o.features,
    );
    const { model } = fitWeightedLogistic(
      fitRows.map((r) => scaleFeatures(s, r.features)),
      Y(fitRows),
      o.ridge,
      logistic,
    );
    cvAuroc.push(
      rocAuc(
        held.map((r) => linearRisk(model, scaleFeatures(s, r.features))),
        Y(held),
      ),
    );
  }

  const logisticRecal = fitRecalibration(
    Z(validation).map((z) => linearRisk(logistic, z)),
    Y(validation),
  );

  const mlpTrain = subsample(train, o.mlpTrainRows, o.seed + 2);
  const mlpVal = subsample(validation, o.mlpValidationRows, o.seed + 3);
  const mlp = await fitMlp(Z(mlpTrain), Y(mlpTrain), Z(mlpVal), Y(mlpVal), { seed: o.seed, maxEpochs: o.mlpMaxEpochs });
  const net = mlpNetwork(mlp.artifact);
  const mlpRecal = fitRecalibration(mlpPredict(net, Z(validation)), Y(validation));

  // The test rows as the artifact stores them (features to 6 significant digits): the stored
  // predictions are computed from exactly these values, so a page that reads the rows back and runs
  // the same code reproduces every prediction bit for bit.
  const testZ = test.map((r) => scaleFeatures(scaling, Object.fromEntries(o.features.map((f) => [f, round(r.features[f])]))));
  const pLogistic = testZ.map((z) => recalibrate(logisticRecal, linearRisk(logistic, z)));
  const pMlp = mlpPredict(net, testZ).map((p) => recalibrate(mlpRecal, p));

  const reference = subsample(train, o.referenceRows, o.seed + 4);
  const dates = rows.map((r) => r.date).sort();
  const count = (rs: readonly PredictionRow[]) => ({ subjects: new Set(rs.map((r) => r.subject_id)).size, rows: rs.length, events: rs.filter((r) => r.label === 1).length });
  return {
    task: o.task,
    seed: o.seed,
    features: [...o.features],
    scaling,
    logistic: { ...logistic, recalibration: logisticRecal, ridge: o.ridge, classWeights: weights, trainRows: logisticTrain.length },
    mlp: { model: mlp.artifact, recalibration: mlpRecal, history: mlp.history, bestEpoch: mlp.bestEpoch, epochs: mlp.epochs, trainRows: mlpTrain.length, ms: Math.round(mlp.ms) },
    split: { train: count(train), validation: count(validation), test: count(test) },
    crossValidation: { folds: 5, logisticAuroc: cvAuroc },
    metrics: { logistic: predictionMetrics(pLogistic, Y(test)), mlp: predictionMetrics(pMlp, Y(test)) },
    test: {
      columns: ["subject_id", "t", "date", "label", "female", "age", "p_logistic", "p_mlp", ...o.features],
      rows: test.map((r, i) => [r.subject_id, r.t, r.date, r.label, r.female, r.age, pLogistic[i] as number, pMlp[i] as number, ...o.features.map((f) => round(r.features[f]))]),
    },
    reference: { columns: ["date", ...o.features], rows: reference.map((r) => [r.date, ...o.features.map((f) => round(r.features[f]))]) },
    trainingRange: { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" },
    ms: Math.round(performance.now() - start),
  };
}
