export interface EValue {
    /** The risk ratio the E-value was computed from (after any conversion). */
    riskRatio: number;
    /** E-value of the point estimate (≥ 1). */
    point: number;
    /** E-value of the confidence limit closest to the null (1 when the interval contains the null); null without an interval. */
    limit: number | null;
    /** The confidence limit used for `limit` (on the risk-ratio scale), or null. */
    limitRiskRatio: number | null;
}
/**
 * E-value of one risk ratio: RR + √(RR·(RR − 1)) for RR ≥ 1, and the same formula of 1/RR for
 * RR < 1.
 *
 * @param rr a risk ratio > 0
 * @example
 * eValueOfRiskRatio(3.9) // => 7.263…  (VanderWeele & Ding 2017, breastfeeding example)
 * eValueOfRiskRatio(1) // => 1
 */
export declare function eValueOfRiskRatio(rr: number): number;
/**
 * E-values of a risk ratio and of the confidence limit closest to the null.
 *
 * @param rr point estimate (> 0)
 * @param ci optional confidence interval [lower, upper] on the risk-ratio scale, containing `rr`
 * @throws EstimatorInputError for a non-positive ratio or an interval that does not contain it
 * @example
 * eValueRiskRatio(3.9, [1.8, 8.7]) // => {point: 7.26…, limit: 3.0, …} (VanderWeele & Ding 2017)
 */
export declare function eValueRiskRatio(rr: number, ci?: readonly [number, number]): EValue;
/**
 * E-values of an odds ratio. With a rare outcome (< 15 %) the odds ratio approximates the risk
 * ratio; with a common outcome RR ≈ √OR (VanderWeele 2017), as R's `EValue::evalues.OR`.
 *
 * @param or odds ratio (> 0); `ci` its interval; `rare` whether the outcome is rare
 */
export declare function eValueOddsRatio(or: number, ci: readonly [number, number] | undefined, rare: boolean): EValue;
/**
 * E-values of a difference in means through the standardized mean difference d = difference / sd
 * of the outcome: RR ≈ exp(0.91·d), interval exp(0.91·d ± 1.78·se(d)) (VanderWeele & Ding 2017,
 * as R's `EValue::evalues.MD`; valid for an approximately normal outcome).
 *
 * @param d standardized mean difference
 * @param seD its standard error (≥ 0); 0 gives no interval
 * @example
 * eValueStandardizedDifference(0.5, 0.1).point // => exp(0.455) + √(exp(0.455)(exp(0.455) − 1)) = 2.52…
 */
export declare function eValueStandardizedDifference(d: number, seD: number): EValue;
/**
 * The bias factor of an unmeasured confounder U (Ding & VanderWeele 2016): B = RR_EU·RR_UD /
 * (RR_EU + RR_UD − 1), the largest factor by which U can move a risk ratio.
 *
 * @param rrTreatmentConfounder RR_EU ≥ 1, the treatment–confounder association
 * @param rrConfounderOutcome RR_UD ≥ 1, the confounder–outcome association
 * @example
 * biasFactor(7.263, 7.263) // => 3.9 (the E-value explains away RR = 3.9)
 */
export declare function biasFactor(rrTreatmentConfounder: number, rrConfounderOutcome: number): number;
/**
 * The bias contour of a risk ratio: for each treatment–confounder association RR_EU, the
 * confounder–outcome association RR_UD at which the bias factor equals the (null-ward) ratio R,
 * RR_UD = R·(RR_EU − 1)/(RR_EU − R), defined for RR_EU > R. Confounders above the curve would
 * explain the estimate away; the curve passes through (E-value, E-value).
 *
 * @param rr the risk ratio to explain away (> 0; a ratio below 1 is inverted)
 * @param treatmentConfounder RR_EU values at which to evaluate the curve (those ≤ R are skipped)
 * @example
 * biasContour(2, [3, 4]) // => [{rrTreatmentConfounder: 3, rrConfounderOutcome: 4}, {…: 4, …: 3}]
 */
export declare function biasContour(rr: number, treatmentConfounder: readonly number[]): Array<{
    rrTreatmentConfounder: number;
    rrConfounderOutcome: number;
}>;
