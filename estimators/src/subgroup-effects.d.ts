import { type EffectSummary } from "./effect-summary.js";
import { type TreatmentEffectInput, type TreatmentEffectOptions } from "./treatment-effect.js";
export interface SubgroupEffectRow {
    level: string;
    /** Subjects in the subgroup (both arms). */
    n: number;
    effect: EffectSummary | null;
    /** Covariates left out of this subgroup's models because they are constant within an arm there (e.g. the subgroup variable itself). */
    droppedCovariates: string[];
    error: string | null;
}
export interface InteractionTest {
    /** Cochran's Q. */
    statistic: number;
    df: number;
    pValue: number;
    /** Inverse-variance pooled effect θ̄. */
    pooled: number;
    /** Subgroups entering the test (those with an SE). */
    levels: string[];
}
/**
 * Cochran's Q test of equal effects across independent subgroups.
 *
 * @param estimates subgroup effects
 * @param ses their standard errors (> 0)
 * @throws EstimatorInputError with fewer than two subgroups or a non-positive SE
 * @example
 * cochranQ([1, 3], [1, 1]).statistic // => 2  (θ̄ = 2; 1 + 1)
 */
export declare function cochranQ(estimates: readonly number[], ses: readonly number[]): {
    statistic: number;
    df: number;
    pValue: number;
    pooled: number;
};
/**
 * The effect within each subgroup, with the interaction test.
 *
 * @param input covariates, treatment, outcome, covariateNames as for `estimateTreatmentEffect`
 * @param groups the subgroup level of each subject (strings; see {@link subgroupLabels})
 * @param options the analysis (its estimator must give an SE: ipw-ht, ipw-hajek or aipw)
 * @returns rows in the order of first appearance sorted by label, and the test (null when fewer than two subgroups have an SE)
 * @throws EstimatorInputError for a g-computation analysis (no SE) or a `groups` of the wrong length
 */
export declare function subgroupEffects(input: TreatmentEffectInput, groups: ArrayLike<string>, options: TreatmentEffectOptions): {
    rows: SubgroupEffectRow[];
    interaction: InteractionTest | null;
};
/**
 * Labels for a subgroup variable: categories as they are (numbers and booleans as text), or, with
 * `breaks` b₁ < … < bₘ for a continuous variable, "< b₁", "b₁ to < b₂", …, "≥ bₘ".
 *
 * @param values the variable, one per subject (no missing values)
 * @param name its name (for error messages)
 * @param breaks optional ascending cut points
 * @example
 * subgroupLabels([50, 70], "age", [65]) // => ["< 65", "≥ 65"]
 */
export declare function subgroupLabels(values: ArrayLike<unknown>, name: string, breaks?: readonly number[]): string[];
