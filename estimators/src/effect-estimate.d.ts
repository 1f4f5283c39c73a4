export interface MeanDifferenceEstimate {
    /** Estimated mean outcome under treatment in the target population (a risk, for a binary outcome). */
    mean1: number;
    /** Estimated mean outcome under control in the target population. */
    mean0: number;
    /** mean1 − mean0 (mean or risk difference). */
    estimate: number;
    /** Influence-function SE of `estimate`; null when the estimator has none (g-computation: use the bootstrap). */
    se: number | null;
    /** Influence-function values of mean1, one per subject (null when none). */
    influence1: number[] | null;
    /** Influence-function values of mean0, one per subject (null when none). */
    influence0: number[] | null;
}
/**
 * Wald interval estimate ± z·se with z = Φ⁻¹((1 + level)/2).
 *
 * @param estimate point estimate
 * @param se its standard error (≥ 0)
 * @param level confidence level in (0, 1), default 0.95
 * @example
 * waldInterval(1, 0.5) // => [0.020018007729972975, 1.979981992270027]
 */
export declare function waldInterval(estimate: number, se: number, level?: number): [number, number];
