/**
 * The balance table of a weighted comparison: for every design column (continuous covariates,
 * binary ones, and each non-reference level of a categorical one), the standardized mean
 * difference and variance ratio before weighting and after. A love plot draws it.
 */
import type { Matrix } from "./matrix.js";
export interface BalanceTableRow {
    column: string;
    type: "continuous" | "binary";
    smdBefore: number | null;
    smdAfter: number | null;
    varianceRatioBefore: number | null;
    varianceRatioAfter: number | null;
}
/**
 * Balance before and after weighting. A column whose values are all 0/1 is binary (SMD with
 * p(1 − p) variances, no variance ratio); others are continuous (pooled unweighted SD in the
 * denominator both before and after, as cobalt's default). Undefined or infinite values are null.
 *
 * @param columns design-column names, one per column of the matrices
 * @param before `{X, treatment}` unweighted sample
 * @param after `{X, treatment, weights}` weighted sample
 * @example
 * balanceTable(["x"], { X: [[0], [1], [1], [2]], treatment: [0, 0, 1, 1] }, { X: [[0], [1], [1], [2]], treatment: [0, 0, 1, 1], weights: [1, 1, 1, 1] })[0].smdBefore
 * // => 1.414… ((1.5 − 0.5)/√0.5)
 */
export declare function balanceTable(columns: readonly string[], before: {
    X: Matrix;
    treatment: number[];
}, after: {
    X: Matrix;
    treatment: number[];
    weights: number[];
}): BalanceTableRow[];
