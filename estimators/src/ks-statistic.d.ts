/**
 * The two-sample Kolmogorov–Smirnov statistic, used to measure drift of a feature's distribution
 * between a reference (training) sample and a later one.
 */
import { type NumericVector } from "./validate.js";
/**
 * D = sup_x |F₁(x) − F₂(x)| over the empirical distribution functions (R's `ks.test(x, y)$statistic`).
 *
 * @example
 * ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]) // => 0.5
 */
export declare function ksStatistic(a: NumericVector, b: NumericVector): number;
