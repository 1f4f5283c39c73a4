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
export declare function predictionMetrics(p: readonly number[], y: readonly number[]): PredictionMetrics;
