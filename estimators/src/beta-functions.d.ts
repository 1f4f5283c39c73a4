/**
 * Iₓ(a, b) = P(X ≤ x) for X ~ Beta(a, b), as R's `pbeta(x, a, b)`.
 *
 * @example
 * regularizedBeta(0.5, 2, 2) // => 0.5
 */
export declare function regularizedBeta(x: number, a: number, b: number): number;
/**
 * 1 − Iₓ(a, b) = P(X > x), computed directly (no cancellation in the upper tail), as R's
 * `pbeta(x, a, b, lower.tail = FALSE)`.
 *
 * @example
 * upperRegularizedBeta(0.5, 2, 2) // => 0.5
 */
export declare function upperRegularizedBeta(x: number, a: number, b: number): number;
