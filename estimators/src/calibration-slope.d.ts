import { type NumericVector } from "./validate.js";
export interface CalibrationSlope {
    /** Coefficient of logit(p) in glm(y ~ logit(p)); below 1: predictions too extreme. */
    slope: number;
    /** Intercept of glm(y ~ 1 + offset(logit(p))); above 0: risks underestimated on average. */
    intercept: number;
}
/**
 * @param probabilities predicted probabilities strictly inside (0, 1)
 * @example
 * calibrationSlope(p, y) // => { slope: 1.02, intercept: -0.01 } for well-calibrated predictions
 */
export declare function calibrationSlope(probabilities: NumericVector, labels: ArrayLike<number | boolean>): CalibrationSlope;
