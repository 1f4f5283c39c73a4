import { type NumericVector } from "./validate.js";
export interface BootstrapIntervalOptions {
    /** Confidence level, default 0.95. */
    level?: number;
    /**
     * Empirical influence values Lᵢ of the statistic, one per subject, for the BCa acceleration
     * a = Σ Lᵢ³ / (6 (Σ Lᵢ²)^{3/2}); e.g. from {@link jackknifeInfluence}. Without them, no BCa interval.
     */
    influence?: NumericVector;
}
export interface BootstrapIntervals {
    level: number;
    /** Replicates used (the finite ones). */
    replicates: number;
    /** Standard deviation of the replicates (the bootstrap SE). */
    se: number;
    /** Mean of the replicates minus the estimate. */
    bias: number;
    /** Percentile interval. */
    percentile: [number, number];
    /** BCa interval (null without influence values). */
    bca: [number, number] | null;
    /** Bias-correction z₀ = Φ⁻¹(#{θ*ᵦ < θ̂}/R) (null without BCa). */
    z0: number | null;
    /** Acceleration a (null without BCa). */
    acceleration: number | null;
    /** True when an endpoint is the smallest or largest replicate (too few replicates for this level). */
    extremeOrderStatistics: boolean;
}
/**
 * Quantile of bootstrap replicates by interpolation on the normal scale between order statistics
 * (boot's `norm.inter`): with r = (R + 1)α and k = ⌊r⌋, the k-th order statistic when r is an
 * integer, else t₍ₖ₎ + (Φ⁻¹(α) − Φ⁻¹(k/(R+1)))/(Φ⁻¹((k+1)/(R+1)) − Φ⁻¹(k/(R+1)))·(t₍ₖ₊₁₎ − t₍ₖ₎);
 * the extremes when k = 0 or k = R.
 *
 * @param sorted replicates sorted ascending
 * @param alpha probability in (0, 1)
 *
 * @example
 * normalInterpolatedQuantile([1, 2, 3, 4], 0.4).value // => 2  ((4 + 1)·0.4 = 2: the 2nd order statistic)
 */
export declare function normalInterpolatedQuantile(sorted: ArrayLike<number>, alpha: number): {
    value: number;
    extreme: boolean;
};
/**
 * Percentile and BCa bootstrap intervals for a statistic, from its estimate on the data and its
 * bootstrap replicates (non-finite replicates are dropped, as boot does).
 *
 * Percentile: the α/2 and 1 − α/2 quantiles (normal-scale interpolation, see
 * {@link normalInterpolatedQuantile}). BCa: the quantiles at Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z))) for
 * z = Φ⁻¹(α/2), Φ⁻¹(1 − α/2).
 *
 * @param estimate θ̂ on the original data
 * @param replicates θ*₁ … θ*_R (at least 2 finite)
 * @param options `level`, `influence` (needed for BCa)
 * @throws EstimatorInputError when fewer than two replicates are finite, when every replicate lies
 *   on one side of θ̂ (z₀ infinite), or when the influence values are all zero
 * @example
 * bootstrapIntervals(0.5, [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0], { level: 0.8 }).percentile // => [0.1, 1] (extremes: too few replicates)
 */
export declare function bootstrapIntervals(estimate: number, replicates: NumericVector, options?: BootstrapIntervalOptions): BootstrapIntervals;
/**
 * Jackknife empirical influence values Lᵢ = (n − 1)(θ̂ − θ₍ᵢ₎) from the estimate θ̂ and the
 * leave-one-out estimates θ₍ᵢ₎: R's `boot::empinf(type = "jack")` (its "usual jackknife"), which
 * `boot.ci` uses for the BCa acceleration. (Efron's form centres on the mean of the θ₍ᵢ₎ instead
 * of θ̂; the two differ by O(1/n).) With `strata`, n is the size of subject i's stratum, as in boot.
 *
 * @param estimate θ̂ on all subjects
 * @param leaveOneOut θ₍ᵢ₎, the statistic without subject i, for every i
 * @param strata optional stratum of each subject (e.g. the arm, for a stratified bootstrap)
 * @example
 * jackknifeInfluence(2, [1, 2, 3]) // => [2, 0, -2]
 */
export declare function jackknifeInfluence(estimate: number, leaveOneOut: NumericVector, strata?: ArrayLike<number | string>): number[];
