/**
 * Sample quantiles, for the median and interquartile range of a Table 1.
 */
import { checkFiniteVector, checkNumberInRange } from "./validate.js";
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
export function quantile(x, p) {
    checkFiniteVector("x", x, 1);
    checkNumberInRange("p", p, 0, 1);
    return quantileSorted(Float64Array.from(x).sort(), p);
}
/**
 * Type-7 quantile of an already ascending-sorted array (no checks).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25) // => 1.75
 */
export function quantileSorted(sorted, p) {
    const n = sorted.length;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
