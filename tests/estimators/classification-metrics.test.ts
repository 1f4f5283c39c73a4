/**
 * Classification metrics against R (pROC, ks.test, glm) and scikit-learn on the committed fixture
 * tests/reference/fixtures/scores400.csv (scripts in tests/reference/classification/), plus the
 * worked examples of the doc comments and the argument checks.
 */
import { describe, expect, it } from "vitest";
import {
  averagePrecision,
  brierScore,
  calibrationSlope,
  confusionMatrix,
  delongAuc,
  EstimatorInputError,
  expectedCalibrationError,
  ksStatistic,
  precisionRecallCurve,
  reliabilityCurve,
  rocAuc,
  rocCurve,
} from "@trial/estimators";
import { expectClose, expected, readFixture } from "./reference.ts";

const rows = readFixture("scores400.csv");
const label = rows.map((r) => r.label as number);
const prob = rows.map((r) => r.prob as number);
const score = rows.map((r) => r.score as number);
const driftA = rows.map((r) => r.drift_a as number);
const driftB = rows.map((r) => r.drift_b as number);
const R = expected("classification-r");
const sk = expected("classification-sklearn");

describe("against R pROC, ks.test and glm", () => {
  it("AUROC with DeLong SE and 95% CI (tied scores and untied)", () => {
    for (const [x, ref] of [
      [score, R.score],
      [prob, R.prob],
    ] as const) {
      const d = delongAuc(x, label);
      expectClose(d.auc, ref.auc, 1e-12);
      expectClose(d.se, ref.se, 1e-9);
      expectClose(d.lower, ref.lower, 1e-9);
      expectClose(d.upper, ref.upper, 1e-9);
    }
  });
  it("KS statistic", () => expectClose(ksStatistic(driftA, driftB), R.ks, 1e-12));
  it("calibration slope and intercept", () => {
    const c = calibrationSlope(prob, label);
    expectClose(c.slope, R.calibration.slope, 1e-7);
    expectClose(c.intercept, R.calibration.intercept, 1e-7, 1e-9);
  });
});

describe("against scikit-learn", () => {
  it("roc_auc_score and roc_curve", () => {
    expectClose(rocAuc(score, label), sk.roc_auc_score, 1e-12);
    expectClose(rocAuc(prob, label), sk.roc_auc_prob, 1e-12);
    const c = rocCurve(score, label);
    expectClose(c.fpr, sk.roc_curve.fpr, 1e-12);
    expectClose(c.tpr, sk.roc_curve.tpr, 1e-12);
    expectClose(c.thresholds.slice(1), sk.roc_curve.thresholds, 1e-12);
  });
  it("precision_recall_curve and average_precision_score", () => {
    const c = precisionRecallCurve(score, label);
    expectClose(c.precision, sk.pr_curve.precision, 1e-12);
    expectClose(c.recall, sk.pr_curve.recall, 1e-12);
    expectClose(c.thresholds, sk.pr_curve.thresholds, 1e-12);
    expectClose(averagePrecision(score, label), sk.average_precision_score, 1e-12);
    expectClose(averagePrecision(prob, label), sk.average_precision_prob, 1e-12);
  });
  it("brier_score_loss", () => expectClose(brierScore(prob, label), sk.brier, 1e-12));
  it("calibration_curve (uniform, 10 bins) and ECE", () => {
    const bins = reliabilityCurve(prob, label, 10);
    expectClose(
      bins.map((b) => b.observed),
      sk.calibration_curve.observed,
      1e-12,
    );
    expectClose(
      bins.map((b) => b.meanPredicted),
      sk.calibration_curve.mean_predicted,
      1e-12,
    );
    expect(bins.map((b) => b.count)).toEqual(sk.calibration_curve.counts);
    expectClose(expectedCalibrationError(prob, label, 10), sk.ece, 1e-12);
  });
  it("confusion_matrix, precision and recall at 0.3", () => {
    const m = confusionMatrix(prob, label, 0.3);
    const ref = sk.confusion_at_0_3;
    expect([m.tp, m.fp, m.tn, m.fn]).toEqual([ref.tp, ref.fp, ref.tn, ref.fn]);
    expectClose(m.precision, ref.precision, 1e-12);
    expectClose(m.recall, ref.recall, 1e-12);
  });
});

describe("worked examples", () => {
  it("match the doc comments", () => {
    expect(rocCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]).tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expectClose(delongAuc([0.1, 0.4, 0.35, 0.8, 0.7, 0.2], [0, 0, 1, 1, 1, 0]).auc, 8 / 9, 1e-15);
    expect(precisionRecallCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]).precision).toEqual([1, 0.5, 2 / 3, 0.5]);
    expectClose(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 5 / 6, 1e-15);
    expectClose(brierScore([0.1, 0.9, 0.5], [0, 1, 1]), 0.09, 1e-15);
    const m = confusionMatrix([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.35);
    expect([m.tp, m.fp, m.tn, m.fn]).toEqual([2, 1, 1, 0]);
    expect(reliabilityCurve([0.05, 0.15, 0.95], [0, 1, 1], 10).map((b) => b.observed)).toEqual([0, 1, 1]);
    expectClose(expectedCalibrationError([0.05, 0.15, 0.95], [0, 1, 1], 10), (0.05 + 0.85 + 0.05) / 3, 1e-15);
    expect(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6])).toBe(0.5);
  });
  it("a perfect ranking has AUROC 1 and a reversed one 0", () => {
    expect(rocAuc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(ksStatistic([1, 2, 3], [1, 2, 3])).toBe(0);
  });
});

describe("bad input", () => {
  it("names the argument, index and value", () => {
    expect(() => rocAuc([0.1, 0.2], [0, 2])).toThrow(/labels\[1\]: must be 0 or 1, got 2/);
    expect(() => rocAuc([0.1, 0.2], [1, 1])).toThrow(/both outcomes, got 2 positive and 0 negative/);
    expect(() => rocAuc([0.1, Number.NaN], [0, 1])).toThrow(EstimatorInputError);
    expect(() => brierScore([0.1, 1.5], [0, 1])).toThrow(/probabilities\[1\]: must be a probability in \[0, 1\], got 1.5/);
    expect(() => delongAuc([0.1, 0.2, 0.3], [0, 1, 1])).toThrow(/at least 2 positives and 2 negatives/);
    expect(() => calibrationSlope([0, 0.5, 0.7], [0, 1, 1])).toThrow(/probabilities\[0\]: must be strictly between 0 and 1/);
  });
});
