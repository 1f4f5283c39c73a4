/**
 * Reliability (calibration) curve in equal-width probability bins and the expected calibration
 * error. Bins follow scikit-learn's `calibration_curve(strategy = "uniform")`: edges k/B, bin 0 is
 * [0, 1/B], bin k is (k/B, (k + 1)/B].
 */
import { checkProbabilities, checkScoredOutcomes } from "./binary-outcomes.js";
import { checkInteger } from "./validate.js";
/** Bin index of probability p among B equal-width bins (edges k·(1/B), as numpy's linspace). */
export function reliabilityBinIndex(p, bins) {
    const step = 1 / bins;
    let k = 0;
    while (k < bins - 1 && p > (k + 1) * step)
        k++;
    return k;
}
/**
 * The non-empty bins with their mean prediction and observed rate.
 *
 * @param bins number of equal-width bins (default 10)
 * @example
 * reliabilityCurve([0.05, 0.15, 0.95], [0, 1, 1], 10).map((b) => b.observed) // => [0, 1, 1]
 */
export function reliabilityCurve(probabilities, labels, bins = 10) {
    checkInteger("bins", bins, 1, 1000);
    const d = checkScoredOutcomes(probabilities, labels, false);
    checkProbabilities("probabilities", d.scores);
    const count = new Array(bins).fill(0);
    const sumP = new Array(bins).fill(0);
    const sumY = new Array(bins).fill(0);
    d.scores.forEach((p, i) => {
        const k = reliabilityBinIndex(p, bins);
        count[k] += 1;
        sumP[k] += p;
        sumY[k] += d.labels[i];
    });
    const out = [];
    for (let k = 0; k < bins; k++) {
        const c = count[k];
        if (c > 0)
            out.push({ lower: k / bins, upper: (k + 1) / bins, count: c, meanPredicted: sumP[k] / c, observed: sumY[k] / c });
    }
    return out;
}
/**
 * Expected calibration error: Σ_b (n_b/n)·|mean prediction_b − observed rate_b| over the bins.
 *
 * @example
 * expectedCalibrationError([0.05, 0.15, 0.95], [0, 1, 1], 10) // => (0.05 + 0.85 + 0.05) / 3
 */
export function expectedCalibrationError(probabilities, labels, bins = 10) {
    const curve = reliabilityCurve(probabilities, labels, bins);
    const n = curve.reduce((s, b) => s + b.count, 0);
    return curve.reduce((s, b) => s + (b.count / n) * Math.abs(b.meanPredicted - b.observed), 0);
}
