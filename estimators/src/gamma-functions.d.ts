/**
 * log Γ(x) for x > 0.
 *
 * @example
 * logGamma(5) // => 3.1780538303479458 (log 24)
 */
export declare function logGamma(x: number): number;
/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a), as R's
 * `pgamma(x, a, lower.tail = FALSE)`.
 *
 * @param a shape > 0
 * @param x ≥ 0
 * @example
 * upperRegularizedGamma(1, 2) // => 0.1353352832366127 (e^−2)
 */
export declare function upperRegularizedGamma(a: number, x: number): number;
/**
 * Regularized lower incomplete gamma function P(a, x) = 1 − Q(a, x), as R's `pgamma(x, a)`.
 *
 * @example
 * lowerRegularizedGamma(1, 2) // => 0.8646647167633873
 */
export declare function lowerRegularizedGamma(a: number, x: number): number;
