import { type NumericVector } from "./validate.js";
/** Which arm(s) supply the SD in the denominator. */
export type SmdDenominator = "pooled" | "treated" | "control";
/** Whether the denominator's variances ignore the weights (default) or use them. */
export type SmdSdFrom = "unweighted" | "weighted";
export interface SmdOptions {
    /** `"continuous"` (sample variance, default) or `"binary"` (x must be 0/1; variance p(1 − p)). */
    type?: "continuous" | "binary";
    /** Optional weights, one per observation (e.g. inverse-probability weights): SMD after weighting. */
    weights?: NumericVector;
    /** `"pooled"` (default): √((s₁² + s₀²)/2); `"treated"`: s₁; `"control"`: s₀. */
    denominator?: SmdDenominator;
    /** `"unweighted"` (default) or `"weighted"` variances in the denominator; see the module note. */
    sdFrom?: SmdSdFrom;
}
export interface SmdResult {
    /** The standardized mean difference, treated minus control; 0 or ±Infinity in the degenerate cases described above, never NaN. */
    smd: number;
    /** Mean (proportion, for binary) in the treated arm, weighted when weights are given. */
    meanTreated: number;
    /** Mean (proportion) in the control arm, weighted when weights are given. */
    meanControl: number;
    /** Treated-arm variance used in the denominator. */
    varianceTreated: number;
    /** Control-arm variance used in the denominator. */
    varianceControl: number;
    /** The standard deviation the difference was divided by. */
    sd: number;
}
/**
 * Standardized mean difference of one continuous or binary covariate between the treated and the
 * control arm, optionally after weighting.
 *
 * Continuous: (x̄₁ − x̄₀)/√((s₁² + s₀²)/2). Binary: (p₁ − p₀)/√((p₁(1−p₁) + p₀(1−p₀))/2).
 * With `weights`, x̄ and p are weighted; the denominator follows `sdFrom` and `denominator`.
 *
 * @param x covariate values, one per subject (finite; 0/1 for a binary covariate)
 * @param treatment arm indicators, 1 = treated, 0 = control (booleans accepted); both arms non-empty
 * @param options `type`, `weights`, `denominator`, `sdFrom`; see {@link SmdOptions}
 * @throws EstimatorInputError for non-finite values, a binary covariate not coded 0/1, an empty
 *   arm, mismatched lengths, negative weights or an arm whose weights are all zero, or a
 *   continuous covariate with fewer than two observations in an arm
 * @example
 * smd([1, 2, 3, 3, 4, 5], [0, 0, 0, 1, 1, 1]).smd // => 2  ((4 − 2)/√((1 + 1)/2))
 * smd([0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1], { type: "binary" }).smd // => 2  ((1 − 1/3)/√((0 + 2/9)/2))
 */
export declare function smd(x: NumericVector, treatment: ArrayLike<number | boolean>, options?: SmdOptions): SmdResult;
/** A category of a categorical covariate. */
export type Level = string | number | boolean;
export interface CategoricalSmdOptions {
    /** Optional weights, one per observation (SMD after weighting). */
    weights?: NumericVector;
    /** See {@link SmdOptions.denominator}. */
    denominator?: SmdDenominator;
    /** See {@link SmdOptions.sdFrom}. */
    sdFrom?: SmdSdFrom;
    /**
     * The levels, in display order. Default: the distinct values present, sorted (numbers
     * numerically, otherwise by code point). Every value of `x` must be one of them.
     */
    levels?: readonly Level[];
}
export interface CategoricalLevelSmd {
    level: Level;
    /** Proportion of the treated arm in this level (weighted when weights are given). */
    proportionTreated: number;
    /** Proportion of the control arm in this level (weighted when weights are given). */
    proportionControl: number;
    /** SMD of the 0/1 indicator of this level (binary formula). */
    smd: number;
}
export interface CategoricalSmdResult {
    /** One entry per level, each level's indicator compared as a binary covariate. */
    levels: CategoricalLevelSmd[];
    /**
     * One overall SMD for the covariate (Yang & Dalton 2012, the multivariate SMD that R's tableone
     * reports): √((p₁ − p₀)ᵀ S⁻¹ (p₁ − p₀)), where p are the proportions of all levels but the
     * first and S = (S₁ + S₀)/2 with S_g = diag(p_g) − p_g p_gᵀ (a pseudo-inverse when S is
     * singular). Non-negative; Infinity when the difference lies outside the span of S. It equals
     * |SMD| of the binary formula when there are two levels.
     */
    smd: number;
}
/**
 * Deterministic level order: numbers numerically, then everything else by String() code points.
 *
 * @example
 * sortLevels([10, 2, "b", "B", "a"]) // => [2, 10, "B", "a", "b"]
 */
export declare function sortLevels(levels: Iterable<Level>): Level[];
/**
 * SMD of a categorical covariate: per level (each level's indicator as a binary covariate) and
 * overall (Yang & Dalton's multivariate SMD). See the module note for the denominator convention.
 *
 * @param x category of each subject (strings, numbers or booleans; no missing values)
 * @param treatment arm indicators, 1 = treated, 0 = control
 * @param options `weights`, `denominator`, `sdFrom`, `levels`; see {@link CategoricalSmdOptions}
 * @throws EstimatorInputError for a missing or unlisted category, an empty arm, mismatched lengths
 *   or invalid weights
 * @example
 * const r = smdCategorical(["a", "a", "b", "a", "b", "b"], [0, 0, 0, 1, 1, 1]);
 * r.levels[1].smd // => 0.7071067811865475  ((2/3 − 1/3)/√(2/9))
 * r.smd // => 0.7071067811865475 (two levels: |binary SMD|)
 */
export declare function smdCategorical(x: ArrayLike<Level>, treatment: ArrayLike<number | boolean>, options?: CategoricalSmdOptions): CategoricalSmdResult;
