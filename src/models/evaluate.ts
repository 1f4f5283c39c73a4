/**
 * The headline metrics of a set of predictions, with the estimators the page uses too.
 */
import { averagePrecision, brierScore, calibrationSlope, delongAuc, expectedCalibrationError } from "@trial/estimators";

export interface HeadlineMetrics {
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

export function headlineMetrics(p: readonly number[], y: readonly number[]): HeadlineMetrics {
  const d = delongAuc(p, y);
  const c = calibrationSlope(p.map((x) => Math.min(1 - 1e-7, Math.max(1e-7, x))), y);
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
