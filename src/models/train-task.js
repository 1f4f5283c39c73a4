/**
 * Trains one prediction task (dropout or adverse events) at build time: subject-level stratified
 * split (60 / 20 / 20), feature scaling on the training rows, 5-fold cross-validated class-weighted
 * logistic regression on the non-test subjects, the final logistic model and the TF.js MLP
 * (early stopping on validation AUROC), each recalibrated on the validation rows (Platt), and the
 * test-set predictions with their features. Deterministic given the seed.
 */
import { calibrationSlope, fitFeatureScaling, predictionMetrics, fitLogistic, fitRidgeLogistic, linearRisk, recalibrate, rocAuc, scaleFeatures, ln } from "@trial/estimators";
import { fitMlp, loadMlp, mlpPredict } from "./mlp.ts";
import { stratifiedSubjectSplit, subjectFolds, subsample } from "./split.ts";
/** A task that cannot be trained on this data cut (too few events in a split): the page says so. */
export class InsufficientEventsError extends Error {
}
const round = (x, digits = 6) => (x === null || x === undefined ? null : Number(x.toPrecision(digits)));
function fitWeightedLogistic(Z, y, ridge) {
    const pos = y.filter((v) => v === 1).length;
    const w0 = y.length / (2 * (y.length - pos));
    const w1 = y.length / (2 * pos);
    const fit = fitRidgeLogistic(Z, y, { weights: y.map((v) => (v === 1 ? w1 : w0)), ridge });
    return { model: { intercept: fit.intercept, coefficients: fit.coefficients }, weights: [w0, w1] };
}
/**
 * Platt recalibration glm(y ~ logit(p)) on validation predictions. A slope that is not positive
 * (validation ranking no better than chance) would reverse or flatten the model's ranking; then
 * only the intercept is recalibrated (slope 1, calibration in the large).
 */
function fitRecalibration(p, y) {
    const q = p.map((x) => Math.min(1 - 1e-7, Math.max(1e-7, x)));
    const c = fitLogistic(q.map((x) => [1, ln(x / (1 - x))]), y).coefficients;
    if (c[1] > 0)
        return { a: c[0], b: c[1] };
    return { a: calibrationSlope(q, y).intercept, b: 1 };
}
export async function trainTask(rows, o) {
    const start = performance.now();
    const split = stratifiedSubjectSplit(rows, o.seed);
    const part = (name) => rows.filter((r) => split.get(r.subject_id) === name);
    const train = part("train");
    const validation = part("validation");
    const test = part("test");
    for (const [name, rs] of [["train", train], ["validation", validation], ["test", test]]) {
        const events = rs.filter((r) => r.label === 1).length;
        if (events < 2 || events === rs.length)
            throw new InsufficientEventsError(`${o.task}: the ${name} split has ${events} events in ${rs.length} rows; at least 2 events and 1 non-event are needed`);
    }
    const scaling = fitFeatureScaling(train.map((r) => r.features), o.features);
    const Z = (rs) => rs.map((r) => scaleFeatures(scaling, r.features));
    const Y = (rs) => rs.map((r) => r.label);
    // 5-fold cross-validation of the logistic model over the non-test subjects.
    const development = [...train, ...validation];
    const folds = subjectFolds(development, 5, o.seed + 1);
    const cvAuroc = [];
    for (let k = 0; k < 5; k++) {
        const fitRows = subsample(development.filter((r) => folds.get(r.subject_id) !== k), o.logisticRows, o.seed + 10 + k);
        const held = development.filter((r) => folds.get(r.subject_id) === k);
        const s = fitFeatureScaling(fitRows.map((r) => r.features), o.features);
        const { model } = fitWeightedLogistic(fitRows.map((r) => scaleFeatures(s, r.features)), Y(fitRows), o.ridge);
        cvAuroc.push(rocAuc(held.map((r) => linearRisk(model, scaleFeatures(s, r.features))), Y(held)));
    }
    const logisticTrain = subsample(train, o.logisticRows, o.seed + 5);
    const { model: logistic, weights } = fitWeightedLogistic(Z(logisticTrain), Y(logisticTrain), o.ridge);
    const logisticRecal = fitRecalibration(Z(validation).map((z) => linearRisk(logistic, z)), Y(validation));
    const mlpTrain = subsample(train, o.mlpTrainRows, o.seed + 2);
    const mlpVal = subsample(validation, o.mlpValidationRows, o.seed + 3);
    const mlp = await fitMlp(Z(mlpTrain), Y(mlpTrain), Z(mlpVal), Y(mlpVal), { seed: o.seed, maxEpochs: o.mlpMaxEpochs });
    const net = await loadMlp(mlp.artifact);
    const mlpRecal = fitRecalibration(mlpPredict(net, Z(validation)), Y(validation));
    const testZ = Z(test);
    const pLogistic = testZ.map((z) => recalibrate(logisticRecal, linearRisk(logistic, z)));
    const pMlp = mlpPredict(net, testZ).map((p) => recalibrate(mlpRecal, p));
    net.dispose();
    const reference = subsample(train, o.referenceRows, o.seed + 4);
    const dates = rows.map((r) => r.date).sort();
    const count = (rs) => ({ subjects: new Set(rs.map((r) => r.subject_id)).size, rows: rs.length, events: rs.filter((r) => r.label === 1).length });
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
            rows: test.map((r, i) => [r.subject_id, r.t, r.date, r.label, r.female, r.age, pLogistic[i], pMlp[i], ...o.features.map((f) => round(r.features[f]))]),
        },
        reference: { columns: ["date", ...o.features], rows: reference.map((r) => [r.date, ...o.features.map((f) => round(r.features[f]))]) },
        trainingRange: { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" },
        ms: Math.round(performance.now() - start),
    };
}
