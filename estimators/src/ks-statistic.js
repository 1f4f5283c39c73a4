/**
 * The two-sample Kolmogorov–Smirnov statistic, used to measure drift of a feature's distribution
 * between a reference (training) sample and a later one.
 */
import { checkFiniteVector } from "./validate.js";
/**
 * D = sup_x |F₁(x) − F₂(x)| over the empirical distribution functions (R's `ks.test(x, y)$statistic`).
 *
 * @example
 * ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]) // => 0.5
 */
export function ksStatistic(a, b) {
    checkFiniteVector("a", a, 1);
    checkFiniteVector("b", b, 1);
    const x = Array.from(a).sort((p, q) => p - q);
    const y = Array.from(b).sort((p, q) => p - q);
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < x.length && j < y.length) {
        const v = Math.min(x[i], y[j]);
        while (i < x.length && x[i] <= v)
            i++;
        while (j < y.length && y[j] <= v)
            j++;
        d = Math.max(d, Math.abs(i / x.length - j / y.length));
    }
    return d;
}
