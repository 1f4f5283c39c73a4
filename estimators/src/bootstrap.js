/**
 * Nonparametric bootstrap confidence intervals from replicates: percentile and BCa (bias-corrected
 * and accelerated, Efron 1987), computed exactly as R's `boot::boot.ci` does (Davison & Hinkley
 * 1997, §5.3), including its interpolation between order statistics on the normal scale, so that
 * the same replicates give the same interval here and in R.
 */
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { checkFiniteVector, checkNumberInRange, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";
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
export function normalInterpolatedQuantile(sorted, alpha) {
    const R = sorted.length;
    const rk = (R + 1) * alpha;
    const k = Math.trunc(rk);
    const extreme = !(rk > 1 && rk < R);
    if (k === 0)
        return { value: sorted[0], extreme };
    if (k >= R)
        return { value: sorted[R - 1], extreme };
    if (k === rk)
        return { value: sorted[k - 1], extreme };
    const tk = sorted[k - 1];
    const tk1 = sorted[k];
    const z = normalQuantile(alpha);
    const zk = normalQuantile(k / (R + 1));
    const zk1 = normalQuantile((k + 1) / (R + 1));
    return { value: tk + ((z - zk) / (zk1 - zk)) * (tk1 - tk), extreme };
}
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
export function bootstrapIntervals(estimate, replicates, options = {}) {
    checkNumberInRange("estimate", estimate, -Number.MAX_VALUE, Number.MAX_VALUE);
    const level = options.level ?? 0.95;
    checkNumberInRange("options.level", level, 0, 1, true);
    const finite = Array.from(replicates).filter((v) => typeof v === "number" && Number.isFinite(v));
    if (finite.length < 2)
        throw new EstimatorInputError("replicates", `need at least 2 finite replicates, got ${finite.length} of ${replicates.length}`);
    const sorted = Float64Array.from(finite).sort();
    const R = sorted.length;
    let mean = 0;
    for (const v of finite)
        mean += v;
    mean /= R;
    let ss = 0;
    for (const v of finite)
        ss += square(v - mean);
    const se = Math.sqrt(ss / (R - 1));
    const lower = (1 - level) / 2;
    const upper = (1 + level) / 2;
    const pLo = normalInterpolatedQuantile(sorted, lower);
    const pHi = normalInterpolatedQuantile(sorted, upper);
    let bca = null;
    let z0 = null;
    let acceleration = null;
    let extreme = pLo.extreme || pHi.extreme;
    if (options.influence !== undefined) {
        checkFiniteVector("options.influence", options.influence, 2);
        const below = finite.filter((v) => v < estimate).length;
        if (below === 0 || below === R) {
            throw new EstimatorInputError("replicates", `all ${R} replicates are ${below === 0 ? "at or above" : "below"} the estimate ${estimate}: the BCa bias correction is infinite`);
        }
        z0 = normalQuantile(below / R);
        let s2 = 0;
        let s3 = 0;
        for (let i = 0; i < options.influence.length; i++) {
            const l = options.influence[i];
            s2 += l * l;
            s3 += l * l * l;
        }
        if (!(s2 > 0))
            throw new EstimatorInputError("options.influence", "are all zero: the BCa acceleration is undefined");
        acceleration = s3 / (6 * s2 * Math.sqrt(s2));
        const adjusted = (z) => normalCdf(z0 + (z0 + z) / (1 - acceleration * (z0 + z)));
        const aLo = adjusted(normalQuantile(lower));
        const aHi = adjusted(normalQuantile(upper));
        const clamp = (p) => Math.min(Math.max(p, Number.MIN_VALUE), 1 - Number.EPSILON / 2);
        const bLo = normalInterpolatedQuantile(sorted, clamp(aLo));
        const bHi = normalInterpolatedQuantile(sorted, clamp(aHi));
        extreme = extreme || bLo.extreme || bHi.extreme;
        bca = [bLo.value, bHi.value];
    }
    return { level, replicates: R, se, bias: mean - estimate, percentile: [pLo.value, pHi.value], bca, z0, acceleration, extremeOrderStatistics: extreme };
}
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
export function jackknifeInfluence(estimate, leaveOneOut, strata) {
    checkNumberInRange("estimate", estimate, -Number.MAX_VALUE, Number.MAX_VALUE);
    checkFiniteVector("leaveOneOut", leaveOneOut, 2);
    const n = leaveOneOut.length;
    const sizes = new Map();
    if (strata !== undefined) {
        if (strata.length !== n)
            throw new EstimatorInputError("strata", `must have one stratum per subject (${n}), got ${strata.length}`);
        for (let i = 0; i < n; i++)
            sizes.set(strata[i], (sizes.get(strata[i]) ?? 0) + 1);
    }
    return Array.from(leaveOneOut, (v, i) => ((strata === undefined ? n : sizes.get(strata[i])) - 1) * (estimate - v));
}
