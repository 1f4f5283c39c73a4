/**
 * The elementary functions the estimators use, with the same bits in every JavaScript engine.
 *
 * ECMAScript leaves `Math.exp`, `Math.log`, `Math.pow`, `Math.tanh`, `Math.sin`, … "implementation-
 * approximated": measured on 20,000 random arguments, Node 20 (V8 11.3) and Debian's Chromium
 * returned a different last bit for up to 10% of them (pow, tanh; exp and log in other Chromium
 * releases). A report whose build (Node) and page (a reviewer's browser, years later) must print the
 * same digits cannot call them. These come from stdlib (`@stdlib/math-base-special-*`, ports of
 * FreeBSD msun / fdlibm), written only with + − × ÷, comparisons and bit operations, which IEEE 754
 * and ECMAScript fix exactly; `exp` is this library's own copy of stdlib's algorithm (see exp.ts).
 * `Math.sqrt`, `Math.abs`, `Math.floor`, `Math.ceil`, `Math.round`, `Math.trunc`, `Math.min` and
 * `Math.max` are exact by the standard and stay. tests/estimators/deterministic-math.test.ts keeps
 * the engine-dependent `Math.*` functions and the `**` operator out of every source file and out of
 * the bundled library, and checks these functions bit for bit in Node and in Chromium.
 *
 * @example
 * ln(Math.E) // => 1
 * pow(2, 0.5) // => 1.4142135623730951
 */
import stdlibCos from "@stdlib/math-base-special-cos";
import stdlibExpm1 from "@stdlib/math-base-special-expm1";
import stdlibLdexp from "@stdlib/math-base-special-ldexp";
import stdlibLn from "@stdlib/math-base-special-ln";
import stdlibLog1p from "@stdlib/math-base-special-log1p";
import stdlibLog2 from "@stdlib/math-base-special-log2";
import stdlibPow from "@stdlib/math-base-special-pow";
import stdlibSin from "@stdlib/math-base-special-sin";
import stdlibTanh from "@stdlib/math-base-special-tanh";
export { exp } from "./exp.js";
/** Natural logarithm (fdlibm `e_log.c`). */
export const ln = stdlibLn;
/** log(1 + x), accurate for small x. */
export const log1p = stdlibLog1p;
/** eˣ − 1, accurate for small x. */
export const expm1 = stdlibExpm1;
/** Base-2 logarithm. */
export const log2 = stdlibLog2;
/** bˣ (fdlibm `e_pow.c`). For squares write `x * x`. */
export const pow = stdlibPow;
/** Hyperbolic tangent. */
export const tanh = stdlibTanh;
/** Sine (fdlibm, with Payne–Hanek reduction for large arguments). */
export const sin = stdlibSin;
/** Cosine. */
export const cos = stdlibCos;
/** x·2ⁿ, exact unless the result is subnormal (then rounded once). */
export const ldexp = stdlibLdexp;
/**
 * x², written as a product (exact rounding by IEEE 754; `x ** 2` goes through the engine's pow).
 *
 * @example
 * square(3) // => 9
 */
export function square(x) {
    return x * x;
}
