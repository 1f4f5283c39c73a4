/**
 * Student's t distribution: two-sided and one-sided tail probabilities (the p-values of t tests,
 * linear-model contrasts and least-squares mean differences) and quantiles (t-based confidence
 * intervals). The tails follow R's `pt` (nmath/pt.c): through the regularized incomplete beta
 * function, choosing the form that keeps relative accuracy in the far tail; every engine gives the
 * same bits (beta-functions.ts).
 */
import { regularizedBeta, upperRegularizedBeta } from "./beta-functions.js";
import { exp, ln, log1p } from "./elementary-functions.js";
import { logGamma } from "./gamma-functions.js";
import { normalQuantile } from "./normal-distribution.js";
import { checkNumberInRange, EstimatorInputError, describeValue } from "./validate.js";
function checkT(t, df) {
    if (typeof t !== "number" || Number.isNaN(t))
        throw new EstimatorInputError("t", `must be a number, got ${describeValue(t)}`);
    checkNumberInRange("df", df, 0, Number.MAX_VALUE, true);
}
/**
 * P(|T_df| ≥ |t|), the two-sided p-value of a t statistic, as R's `2 * pt(-abs(t), df)`.
 *
 * @param t the statistic (±Infinity give 0)
 * @param df degrees of freedom > 0
 * @example
 * tTwoSidedP(2.2281388519862739, 10) // => 0.05 (to 1e-15)
 */
export function tTwoSidedP(t, df) {
    checkT(t, df);
    if (!Number.isFinite(t))
        return 0;
    const t2 = t * t;
    // R's pt: I_{t²/(df+t²)}(1/2, df/2) from the upper side when t² < df, else I_{df/(df+t²)}(df/2, 1/2).
    return df > t2 ? upperRegularizedBeta(t2 / (df + t2), 0.5, df / 2) : regularizedBeta(1 / (1 + (t / df) * t), df / 2, 0.5);
}
/**
 * P(T_df > t), the upper tail (a one-sided p-value), as R's `pt(t, df, lower.tail = FALSE)`.
 *
 * @example
 * tUpperTail(0, 5) // => 0.5
 * tUpperTail(-1.8124611228116763, 10) // => 0.95 (to 1e-14)
 */
export function tUpperTail(t, df) {
    checkT(t, df);
    const half = tTwoSidedP(t, df) / 2;
    return t > 0 ? half : 1 - half;
}
/**
 * The density of T_df at t.
 *
 * @example
 * tDensity(0, 1) // => 0.3183098861837907 (1/π)
 */
export function tDensity(t, df) {
    checkT(t, df);
    const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * ln(df * Math.PI);
    return exp(logC - ((df + 1) / 2) * log1p((t / df) * t));
}
/**
 * The p-quantile of T_df, as R's `qt(p, df)` (relative accuracy about 1e-14).
 *
 * Written here rather than taken from stdlib: stdlib's t quantile goes through its inverse
 * incomplete beta, which imports a Node logging package that does not run in the browser. This
 * one solves P(T > x) = min(p, 1 − p) for x > 0 by Newton's method on the upper tail (so a small
 * tail probability keeps its relative accuracy), started from a Cornish–Fisher expansion of the
 * normal quantile and kept inside a bracket (bisection when a step leaves it).
 *
 * @param p probability strictly between 0 and 1
 * @example
 * tQuantile(0.975, 10) // => 2.228138851986274 (R: 2.2281388519862739)
 */
export function tQuantile(p, df) {
    checkNumberInRange("p", p, 0, 1, true);
    checkNumberInRange("df", df, 0, Number.MAX_VALUE, true);
    if (p === 0.5)
        return 0;
    const q = p < 0.5 ? p : 1 - p;
    const z = -normalQuantile(q);
    const z3 = z * z * z;
    let x = Math.max(z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df), 1e-8);
    let lo = 0; // P(T > lo) > q
    let hi = Infinity; // P(T > hi) < q
    for (let i = 0; i < 200; i++) {
        const tail = tUpperTail(x, df);
        if (tail > q)
            lo = x;
        else if (tail < q)
            hi = x;
        else
            break;
        let next = x + (tail - q) / tDensity(x, df);
        if (!(next > lo && next < hi))
            next = hi === Infinity ? 2 * x : (lo + hi) / 2;
        if (Math.abs(next - x) <= 1e-15 * x) {
            x = next;
            break;
        }
        x = next;
    }
    return p < 0.5 ? -x : x;
}
