/**
 * Trimming on the propensity score: drop subjects whose score is near 0 or 1, where weights
 * explode and the effect is extrapolated (limited overlap). The trimmed analysis estimates the
 * effect in the remaining population, which should be reported with it.
 */
import { type NumericVector } from "./validate.js";
/**
 * Checks propensity scores strictly inside (0, 1).
 *
 * @example
 * checkPropensityScores("ps", [0.2, 1]) // throws "ps[1]: a propensity score must be strictly between 0 and 1, got 1 (…)"
 */
export declare function checkPropensityScores(argument: string, ps: unknown, length?: number): asserts ps is NumericVector;
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
export declare function crumpThreshold(ps: NumericVector): number;
export type TrimRule = {
    rule: "none";
} | {
    rule: "symmetric";
    threshold: number;
} | {
    rule: "crump";
};
export interface TrimResult {
    /** Whether each subject is kept. */
    keep: boolean[];
    /** α used (0 for `"none"`). */
    threshold: number;
    /** Subjects kept. */
    nKept: number;
    /** Subjects dropped. */
    nTrimmed: number;
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
export declare function trimPropensity(ps: NumericVector, rule: TrimRule): TrimResult;
