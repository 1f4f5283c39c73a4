/**
 * The regularized incomplete beta function Iₓ(a, b) and its complement, from stdlib
 * (`@stdlib/math-base-special-betainc`, a port of Boost's `ibeta`, accurate to a few ulps and
 * built only from IEEE-exact operations; see elementary-functions.ts). The t and F distributions
 * are written through it, as R's `pt` and `pf` are through `pbeta`.
 */
import stdlibBetainc from "@stdlib/math-base-special-betainc";
import { checkNumberInRange } from "./validate.js";
function checkShape(a, b) {
    checkNumberInRange("a", a, 0, Number.MAX_VALUE, true);
    checkNumberInRange("b", b, 0, Number.MAX_VALUE, true);
}
/**
 * Iₓ(a, b) = P(X ≤ x) for X ~ Beta(a, b), as R's `pbeta(x, a, b)`.
 *
 * @example
 * regularizedBeta(0.5, 2, 2) // => 0.5
 */
export function regularizedBeta(x, a, b) {
    checkNumberInRange("x", x, 0, 1);
    checkShape(a, b);
    return stdlibBetainc(x, a, b, true, false);
}
/**
 * 1 − Iₓ(a, b) = P(X > x), computed directly (no cancellation in the upper tail), as R's
 * `pbeta(x, a, b, lower.tail = FALSE)`.
 *
 * @example
 * upperRegularizedBeta(0.5, 2, 2) // => 0.5
 */
export function upperRegularizedBeta(x, a, b) {
    checkNumberInRange("x", x, 0, 1);
    checkShape(a, b);
    return stdlibBetainc(x, a, b, true, true);
}
