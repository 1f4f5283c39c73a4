/**
 * E-values (VanderWeele & Ding 2017, Annals of Internal Medicine 167:268–274): the minimum
 * strength of association, on the risk-ratio scale, that an unmeasured confounder would need with
 * both the treatment and the outcome, conditional on the measured covariates, to fully explain
 * away an observed association. Also the bias factor and the contour of confounder strengths
 * that just explain away an estimate (the "bias contour").
 */
import { checkNumberInRange, EstimatorInputError } from "./validate.js";
import { exp } from "./elementary-functions.js";
/**
 * E-value of one risk ratio: RR + √(RR·(RR − 1)) for RR ≥ 1, and the same formula of 1/RR for
 * RR < 1.
 *
 * @param rr a risk ratio > 0
 * @example
 * eValueOfRiskRatio(3.9) // => 7.263…  (VanderWeele & Ding 2017, breastfeeding example)
 * eValueOfRiskRatio(1) // => 1
 */
export function eValueOfRiskRatio(rr) {
    checkNumberInRange("rr", rr, 0, Number.MAX_VALUE, true);
    const r = rr < 1 ? 1 / rr : rr;
    return r + Math.sqrt(r * (r - 1));
}
/**
 * E-values of a risk ratio and of the confidence limit closest to the null.
 *
 * @param rr point estimate (> 0)
 * @param ci optional confidence interval [lower, upper] on the risk-ratio scale, containing `rr`
 * @throws EstimatorInputError for a non-positive ratio or an interval that does not contain it
 * @example
 * eValueRiskRatio(3.9, [1.8, 8.7]) // => {point: 7.26…, limit: 3.0, …} (VanderWeele & Ding 2017)
 */
export function eValueRiskRatio(rr, ci) {
    checkNumberInRange("rr", rr, 0, Number.MAX_VALUE, true);
    const point = eValueOfRiskRatio(rr);
    if (ci === undefined)
        return { riskRatio: rr, point, limit: null, limitRiskRatio: null };
    const [lo, hi] = ci;
    checkNumberInRange("ci[0]", lo, 0, Number.MAX_VALUE, true);
    checkNumberInRange("ci[1]", hi, 0, Number.MAX_VALUE, true);
    if (!(lo <= rr && rr <= hi))
        throw new EstimatorInputError("ci", `[${lo}, ${hi}] does not contain the estimate ${rr}`);
    if (lo <= 1 && hi >= 1)
        return { riskRatio: rr, point, limit: 1, limitRiskRatio: rr >= 1 ? lo : hi };
    const limitRiskRatio = rr > 1 ? lo : hi;
    return { riskRatio: rr, point, limit: eValueOfRiskRatio(limitRiskRatio), limitRiskRatio };
}
/**
 * E-values of an odds ratio. With a rare outcome (< 15 %) the odds ratio approximates the risk
 * ratio; with a common outcome RR ≈ √OR (VanderWeele 2017), as R's `EValue::evalues.OR`.
 *
 * @param or odds ratio (> 0); `ci` its interval; `rare` whether the outcome is rare
 */
export function eValueOddsRatio(or, ci, rare) {
    checkNumberInRange("or", or, 0, Number.MAX_VALUE, true);
    const convert = (v) => (rare ? v : Math.sqrt(v));
    return eValueRiskRatio(convert(or), ci === undefined ? undefined : [convert(ci[0]), convert(ci[1])]);
}
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
export function eValueStandardizedDifference(d, seD) {
    checkNumberInRange("d", d, -Number.MAX_VALUE, Number.MAX_VALUE);
    checkNumberInRange("seD", seD, 0, Number.MAX_VALUE);
    const rr = exp(0.91 * d);
    if (seD === 0)
        return eValueRiskRatio(rr);
    return eValueRiskRatio(rr, [exp(0.91 * d - 1.78 * seD), exp(0.91 * d + 1.78 * seD)]);
}
/**
 * The bias factor of an unmeasured confounder U (Ding & VanderWeele 2016): B = RR_EU·RR_UD /
 * (RR_EU + RR_UD − 1), the largest factor by which U can move a risk ratio.
 *
 * @param rrTreatmentConfounder RR_EU ≥ 1, the treatment–confounder association
 * @param rrConfounderOutcome RR_UD ≥ 1, the confounder–outcome association
 * @example
 * biasFactor(7.263, 7.263) // => 3.9 (the E-value explains away RR = 3.9)
 */
export function biasFactor(rrTreatmentConfounder, rrConfounderOutcome) {
    checkNumberInRange("rrTreatmentConfounder", rrTreatmentConfounder, 1, Number.MAX_VALUE);
    checkNumberInRange("rrConfounderOutcome", rrConfounderOutcome, 1, Number.MAX_VALUE);
    return (rrTreatmentConfounder * rrConfounderOutcome) / (rrTreatmentConfounder + rrConfounderOutcome - 1);
}
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
export function biasContour(rr, treatmentConfounder) {
    checkNumberInRange("rr", rr, 0, Number.MAX_VALUE, true);
    const r = rr < 1 ? 1 / rr : rr;
    const out = [];
    treatmentConfounder.forEach((b, i) => {
        checkNumberInRange(`treatmentConfounder[${i}]`, b, 1, Number.MAX_VALUE);
        if (b > r)
            out.push({ rrTreatmentConfounder: b, rrConfounderOutcome: (r * (b - 1)) / (b - r) });
    });
    return out;
}
