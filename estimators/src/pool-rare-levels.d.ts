/**
 * Pooling of rare levels of a categorical covariate before it enters the models of a comparison:
 * a level with fewer than `poolBelow` subjects in either arm is merged into one level,
 * `"other (pooled)"`. Per-arm outcome models and resampled data need every level in both arms; a
 * site group with two subjects in an arm makes bootstrap replicates fail or separate. The pooling
 * is decided on the analysed subjects of the comparison and reported with the results.
 */
import type { CovariateSpec } from "./covariate-values.js";
/** A covariate of the primary analysis: a column name, or a spec (categorical ones may pool rare levels). */
export type AnalysisCovariate = string | (CovariateSpec & {
    poolBelow?: number;
});
export declare const POOLED_LEVEL = "other (pooled)";
export interface PooledLevels {
    covariate: string;
    /** The original levels merged into {@link POOLED_LEVEL}, sorted. */
    levels: string[];
    into: string;
    /** The rule: fewer than this many subjects in an arm. */
    poolBelow: number;
}
/**
 * @param rows the comparison's subjects
 * @param treatment 1 treated, 0 control, per row
 * @param covariates the analysis covariates
 * @returns rows with pooled values (copies only where a value changes), the covariates as the
 *   design matrix takes them, and what was pooled
 * @example
 * poolRareLevels([{ s: "A" }, { s: "A" }, { s: "B" }, { s: "A" }], [1, 0, 1, 0], [{ name: "s", type: "categorical", poolBelow: 1 }]).pooled
 * // => [{covariate: "s", levels: ["B"], into: "other (pooled)", poolBelow: 1}]  (B has 0 controls)
 */
export declare function poolRareLevels(rows: ReadonlyArray<Record<string, unknown>>, treatment: readonly number[], covariates: readonly AnalysisCovariate[]): {
    rows: Array<Record<string, unknown>>;
    covariates: Array<string | CovariateSpec>;
    pooled: PooledLevels[];
};
