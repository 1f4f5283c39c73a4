/**
 * The standard normal distribution function Φ(x), used as a Gaussian copula: a binary outcome at
 * visit k is 1{Φ(ε_k) < p_k}, so visits are correlated through ε while P(Y_k = 1) = p_k exactly.
 *
 * Φ(x) = erfc(−x/√2)/2 with erfc from W. J. Cody's rational Chebyshev approximation as given in
 * Numerical Recipes (`erfcc`, fractional error below 1.2e−7 everywhere).
 *
 * @example normalCdf(0) // => 0.5 (to 1e-7)
 */
import { exp } from "@trial/estimators";
export function normalCdf(x) {
    const z = Math.abs(x) / Math.SQRT2;
    const t = 1 / (1 + 0.5 * z);
    const erfc = t *
        exp(-z * z -
            1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
