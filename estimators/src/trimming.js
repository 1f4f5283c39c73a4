/**
 * Trimming on the propensity score: drop subjects whose score is near 0 or 1, where weights
 * explode and the effect is extrapolated (limited overlap). The trimmed analysis estimates the
 * effect in the remaining population, which should be reported with it.
 */
import { checkNumberInRange, describeValue, EstimatorInputError } from "./validate.js";
/**
 * Checks propensity scores strictly inside (0, 1).
 *
 * @example
 * checkPropensityScores("ps", [0.2, 1]) // throws "ps[1]: a propensity score must be strictly between 0 and 1, got 1 (…)"
 */
export function checkPropensityScores(argument, ps, length) {
    if (ps === null || typeof ps !== "object" || typeof ps.length !== "number") {
        throw new EstimatorInputError(argument, `must be an array of propensity scores, got ${describeValue(ps)}`);
    }
    const v = ps;
    if (length !== undefined && v.length !== length)
        throw new EstimatorInputError(argument, `must have one score per subject (${length}), got ${v.length}`);
    for (let i = 0; i < v.length; i++) {
        const e = v[i];
        if (typeof e !== "number" || !(e > 0 && e < 1)) {
            throw new EstimatorInputError(`${argument}[${i}]`, `a propensity score must be strictly between 0 and 1, got ${describeValue(e)}${e === 0 || e === 1 ? " (its inverse weight is infinite: trim, or check the propensity model for separation)" : ""}`);
        }
    }
}
/**
 * Crump, Hotz, Imbens & Mitnik (2009) optimal trimming threshold α: keep α ≤ e(x) ≤ 1 − α, where α
 * minimises the asymptotic variance of the efficient ATE estimator on the trimmed population.
 * With g = 1/(e(1 − e)): α = 0 when max g ≤ 2·mean(g); otherwise γ = 1/(α(1 − α)) solves
 * γ = 2·mean(g | g ≤ γ), found over the sorted g (the largest k with g₍ₖ₎ ≤ 2·mean(g₍₁₎..g₍ₖ₎) gives
 * γ = 2·mean(g₍₁₎..g₍ₖ₎)), and α = 1/2 − √(1/4 − 1/γ). The threshold is at most 0.5; the usual
 * value is near 0.1 (their rule of thumb).
 *
 * @param ps propensity scores, each strictly between 0 and 1
 * @returns α in [0, 0.5)
 * @example
 * crumpThreshold([0.5, 0.5, 0.5, 0.5]) // => 0 (no trimming needed)
 */
export function crumpThreshold(ps) {
    checkPropensityScores("ps", ps);
    if (ps.length === 0)
        throw new EstimatorInputError("ps", "must not be empty");
    const g = Float64Array.from(ps, (e) => 1 / (e * (1 - e))).sort();
    const n = g.length;
    let total = 0;
    for (let i = 0; i < n; i++)
        total += g[i];
    if (g[n - 1] <= (2 * total) / n)
        return 0;
    let cum = 0;
    let gamma = 4;
    for (let k = 1; k <= n; k++) {
        cum += g[k - 1];
        const mean = cum / k;
        if (g[k - 1] <= 2 * mean)
            gamma = 2 * mean;
    }
    return 0.5 - Math.sqrt(Math.max(0, 0.25 - 1 / gamma));
}
/**
 * Trims on the propensity score: keeps subjects with α ≤ e ≤ 1 − α, with α given (`"symmetric"`,
 * 0 ≤ α < 0.5) or Crump et al.'s optimal α (`"crump"`, see {@link crumpThreshold}).
 *
 * @param ps propensity scores, strictly between 0 and 1
 * @param rule `{rule: "none"}`, `{rule: "symmetric", threshold}` or `{rule: "crump"}`
 * @throws EstimatorInputError for an invalid threshold or scores
 * @example
 * trimPropensity([0.05, 0.2, 0.5, 0.97], { rule: "symmetric", threshold: 0.1 }).keep // => [false, true, true, false]
 */
export function trimPropensity(ps, rule) {
    checkPropensityScores("ps", ps);
    if (rule === null || typeof rule !== "object")
        throw new EstimatorInputError("rule", `must be {rule: "none" | "symmetric" | "crump"}, got ${describeValue(rule)}`);
    let threshold;
    if (rule.rule === "none")
        threshold = 0;
    else if (rule.rule === "symmetric") {
        checkNumberInRange("rule.threshold", rule.threshold, 0, 0.5);
        if (rule.threshold === 0.5)
            throw new EstimatorInputError("rule.threshold", "must be below 0.5, got 0.5 (nobody would be kept)");
        threshold = rule.threshold;
    }
    else if (rule.rule === "crump")
        threshold = crumpThreshold(ps);
    else
        throw new EstimatorInputError("rule.rule", `must be "none", "symmetric" or "crump", got ${describeValue(rule.rule)}`);
    const keep = Array.from(ps, (e) => e >= threshold && e <= 1 - threshold);
    const nKept = keep.filter(Boolean).length;
    return { keep, threshold, nKept, nTrimmed: ps.length - nKept };
}
