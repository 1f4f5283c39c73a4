/**
 * The log-gamma function and the regularized incomplete gamma functions, from stdlib
 * (`@stdlib/math-base-special-gammaln`, `-gammainc`: ports of the Boost and fdlibm algorithms,
 * accurate to a few ulps in double precision and built only from IEEE-exact operations, so every
 * engine gives the same bits; see elementary-functions.ts).
 */
import stdlibGammainc from "@stdlib/math-base-special-gammainc";
import stdlibGammaln from "@stdlib/math-base-special-gammaln";
import { checkNumberInRange } from "./validate.js";
/**
 * log Γ(x) for x > 0.
 *
 * @example
 * logGamma(5) // => 3.1780538303479458 (log 24)
 */
export function logGamma(x) {
    checkNumberInRange("x", x, 0, Number.MAX_VALUE, true);
    return stdlibGammaln(x);
}
/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a), as R's
 * `pgamma(x, a, lower.tail = FALSE)`.
 *
 * @param a shape > 0
 * @param x ≥ 0
 * @example
 * upperRegularizedGamma(1, 2) // => 0.1353352832366127 (e^−2)
 */
export function upperRegularizedGamma(a, x) {
    checkNumberInRange("a", a, 0, Number.MAX_VALUE, true);
    checkNumberInRange("x", x, 0, Number.MAX_VALUE);
    if (x === 0)
        return 1;
    return stdlibGammainc(x, a, true, true);
}
/**
 * Regularized lower incomplete gamma function P(a, x) = 1 − Q(a, x), as R's `pgamma(x, a)`.
 *
 * @example
 * lowerRegularizedGamma(1, 2) // => 0.8646647167633873
 */
export function lowerRegularizedGamma(a, x) {
    checkNumberInRange("a", a, 0, Number.MAX_VALUE, true);
    checkNumberInRange("x", x, 0, Number.MAX_VALUE);
    if (x === 0)
        return 0;
    return stdlibGammainc(x, a, true, false);
}
