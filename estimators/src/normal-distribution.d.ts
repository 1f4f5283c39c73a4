/**
 * Standard normal distribution function Φ(x) = P(Z ≤ x), Cody's algorithm as in R's `pnorm`
 * (relative accuracy about 1e-15, including the tails).
 *
 * @param x a finite number (±Infinity give 0 and 1)
 * @throws EstimatorInputError for NaN
 * @example
 * normalCdf(1.959963984540054) // => 0.975
 * normalCdf(0) // => 0.5
 */
export declare function normalCdf(x: number): number;
/**
 * Standard normal quantile Φ⁻¹(p), Wichura's AS 241 (relative accuracy about 1e-16), the
 * algorithm of R's `qnorm`.
 *
 * @param p a probability strictly between 0 and 1
 * @throws EstimatorInputError unless 0 < p < 1
 * @example
 * normalQuantile(0.975) // => 1.9599639845400536
 * normalQuantile(0.5) // => 0
 */
export declare function normalQuantile(p: number): number;
