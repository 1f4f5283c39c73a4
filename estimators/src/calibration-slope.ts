/**
 * Logistic recalibration of predicted probabilities (Cox 1958; Van Calster et al. 2019): the
 * calibration slope from glm(y ~ logit(p)) and the calibration intercept ("calibration in the
 * large") from glm(y ~ 1 + offset(logit(p))). Perfect calibration: slope 1, intercept 0.
 */
import { checkProbabilities, checkScoredOutcomes } from "./binary-outcomes.js";
import { fitLogistic, plogis } from "./logistic.js";
import { EstimatorInputError, type NumericVector } from "./validate.js";
import { ln } from "./elementary-functions.js";

export interface CalibrationSlope {
  /** Coefficient of logit(p) in glm(y ~ logit(p)); below 1: predictions too extreme. */
  slope: number;
  /** Intercept of glm(y ~ 1 + offset(logit(p))); above 0: risks underestimated on average. */
  intercept: number;
}

const logit = (p: number) => ln(p / (1 - p));

/**
 * @param probabilities predicted probabilities strictly inside (0, 1)
 * @example
 * calibrationSlope(p, y) // => { slope: 1.02, intercept: -0.01 } for well-calibrated predictions
 */
export function calibrationSlope(probabilities: NumericVector, labels: ArrayLike<number | boolean>): CalibrationSlope {
  const d = checkScoredOutcomes(probabilities, labels);
  checkProbabilities("probabilities", d.scores);
  d.scores.forEach((p, i) => {
    if (p <= 0 || p >= 1) throw new EstimatorInputError(`probabilities[${i}]`, `must be strictly between 0 and 1 for the logit, got ${p}`);
  });
  const lp = d.scores.map(logit);
  const slope = fitLogistic(
    lp.map((x) => [1, x]),
    d.labels,
  ).coefficients[1] as number;
  // Intercept with offset: Newton steps on the one-parameter log-likelihood.
  let a = 0;
  for (let iter = 0; iter < 100; iter++) {
    let score = 0;
    let info = 0;
    lp.forEach((x, i) => {
      const mu = plogis(a + x);
      score += (d.labels[i] as number) - mu;
      info += mu * (1 - mu);
    });
    const step = score / info;
    a += step;
    if (Math.abs(step) < 1e-12) break;
  }
  return { slope, intercept: a };
}
