/**
 * The common result shape of the mean-difference estimators (Horvitz–Thompson, Hájek, AIPW,
 * g-computation): both potential-outcome means, their difference, and the influence-function
 * values that give standard errors and, for a binary outcome, the ratio measures.
 */
import { normalQuantile } from "./normal-distribution.js";
import { checkNumberInRange } from "./validate.js";
/**
 * Wald interval estimate ± z·se with z = Φ⁻¹((1 + level)/2).
 *
 * @param estimate point estimate
 * @param se its standard error (≥ 0)
 * @param level confidence level in (0, 1), default 0.95
 * @example
 * waldInterval(1, 0.5) // => [0.020018007729972975, 1.979981992270027]
 */
export function waldInterval(estimate, se, level = 0.95) {
    checkNumberInRange("estimate", estimate, -Number.MAX_VALUE, Number.MAX_VALUE);
    checkNumberInRange("se", se, 0, Number.MAX_VALUE);
    checkNumberInRange("level", level, 0, 1, true);
    const z = normalQuantile((1 + level) / 2);
    return [estimate - z * se, estimate + z * se];
}
