/**
 * The headline metrics of a set of predicted risks against observed 0/1 labels: what the build
 * records for each prediction model and what the page recomputes to show that both agree (one
 * function, so the two cannot drift apart).
 */
import { brierScore } from "./brier.js";
import { calibrationSlope } from "./calibration-slope.js";
import { delongAuc } from "./delong.js";
import { averagePrecision } from "./precision-recall.js";
import { expectedCalibrationError } from "./reliability.js";

export interface PredictionMetrics {
  n: number;
  events: number;
  auroc: number;
  aurocLower: number;
  aurocUpper: number;
  averagePrecision: number;
  brier: number;
  ece: number;
  calibrationSlope: number;
  calibrationIntercept: number;
}

/** AUROC with its DeLong interval, average precision, Brier, ECE (10 bins), calibration slope and intercept (risks clamped to [1e-7, 1 − 1e-7] for the logit). */
export function predictionMetrics(p: readonly number[], y: readonly number[]): PredictionMetrics {
  const d = delongAuc(p, y);
  const c = calibrationSlope(
    p.map((x) => Math.min(1 - 1e-7, Math.max(1e-7, x))),
    y,
  );
  return {
    n: y.length,
    events: y.filter((v) => v === 1).length,
    auroc: d.auc,
    aurocLower: d.lower,
    aurocUpper: d.upper,
    averagePrecision: averagePrecision(p, y),
    brier: brierScore(p, y),
    ece: expectedCalibrationError(p, y, 10),
    calibrationSlope: c.slope,
    calibrationIntercept: c.intercept,
  };
}
