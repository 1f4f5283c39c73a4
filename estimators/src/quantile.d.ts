/**
 * Sample quantiles, for the median and interquartile range of a Table 1.
 */
import { type NumericVector } from "./validate.js";
/**
 * Sample quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's
 * default `quantile(type = 7)`): with sorted x₍₁₎ ≤ … ≤ x₍ₙ₎ and h = (n − 1)p,
 * Q(p) = x₍⌊h⌋+1₎ + (h − ⌊h⌋)(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎).
 *
 * @param x observations (finite, at least one)
 * @param p probability in [0, 1]
 * @example
 * quantile([1, 2, 3, 4], 0.5) // => 2.5
 * quantile([1, 2, 3, 4], 0.25) // => 1.75
 */
export declare function quantile(x: NumericVector, p: number): number;
/**
 * Type-7 quantile of an already ascending-sorted array (no checks).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25) // => 1.75
 */
export declare function quantileSorted(sorted: ArrayLike<number>, p: number): number;
