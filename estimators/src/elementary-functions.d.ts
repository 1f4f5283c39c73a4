export { exp } from "./exp.js";
/** Natural logarithm (fdlibm `e_log.c`). */
export declare const ln: (x: number) => number;
/** log(1 + x), accurate for small x. */
export declare const log1p: (x: number) => number;
/** eˣ − 1, accurate for small x. */
export declare const expm1: (x: number) => number;
/** Base-2 logarithm. */
export declare const log2: (x: number) => number;
/** bˣ (fdlibm `e_pow.c`). For squares write `x * x`. */
export declare const pow: (b: number, x: number) => number;
/** Hyperbolic tangent. */
export declare const tanh: (x: number) => number;
/** Sine (fdlibm, with Payne–Hanek reduction for large arguments). */
export declare const sin: (x: number) => number;
/** Cosine. */
export declare const cos: (x: number) => number;
/** x·2ⁿ, exact unless the result is subnormal (then rounded once). */
export declare const ldexp: (x: number, n: number) => number;
/**
 * x², written as a product (exact rounding by IEEE 754; `x ** 2` goes through the engine's pow).
 *
 * @example
 * square(3) // => 9
 */
export declare function square(x: number): number;
