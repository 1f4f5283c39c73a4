import { type NumericVector } from "./validate.js";
export interface ReliabilityBin {
    lower: number;
    upper: number;
    count: number;
    /** Mean predicted probability in the bin. */
    meanPredicted: number;
    /** Observed event rate in the bin. */
    observed: number;
}
/** Bin index of probability p among B equal-width bins (edges k·(1/B), as numpy's linspace). */
export declare function reliabilityBinIndex(p: number, bins: number): number;
/**
 * The non-empty bins with their mean prediction and observed rate.
 *
 * @param bins number of equal-width bins (default 10)
 * @example
 * reliabilityCurve([0.05, 0.15, 0.95], [0, 1, 1], 10).map((b) => b.observed) // => [0, 1, 1]
 */
export declare function reliabilityCurve(probabilities: NumericVector, labels: ArrayLike<number | boolean>, bins?: number): ReliabilityBin[];
/**
 * Expected calibration error: Σ_b (n_b/n)·|mean prediction_b − observed rate_b| over the bins.
 *
 * @example
 * expectedCalibrationError([0.05, 0.15, 0.95], [0, 1, 1], 10) // => (0.05 + 0.85 + 0.05) / 3
 */
export declare function expectedCalibrationError(probabilities: NumericVector, labels: ArrayLike<number | boolean>, bins?: number): number;
