/**
 * Turns subject records into the numeric matrix the models need: continuous covariates as they
 * are, binary ones as 0/1, categorical ones as indicator (dummy) columns for every level but the
 * first (the reference). No imputation: a missing value is an error naming the row and column,
 * because a model that silently drops or fills rows changes the analysed population.
 */
import { type CovariateSpec } from "./covariate-values.js";
import { type Level } from "./smd.js";
export interface DesignMatrix {
    /** n rows × k columns (no intercept unless asked for). */
    X: number[][];
    /** Column names: the covariate name, or `name=level` for an indicator column. */
    columnNames: string[];
    /** How each covariate was coded. */
    terms: Array<{
        name: string;
        type: "continuous" | "binary" | "categorical";
        columns: string[];
        reference?: Level;
        positive?: Level;
    }>;
}
export interface DesignMatrixOptions {
    /** Prepend a column of ones named `(Intercept)` (default false: the causal estimators add it). */
    intercept?: boolean;
}
/**
 * Builds a design matrix from records.
 *
 * @param rows subject records
 * @param covariates column names or specs (type inferred as in Table 1 when not given)
 * @param options `intercept`
 * @throws EstimatorInputError for an empty row set, a missing value (naming row and column), a
 *   value of the wrong kind, a binary covariate with more than two values, or a categorical
 *   value not among the given levels
 * @example
 * buildDesignMatrix([{ age: 50, region: "EU" }, { age: 60, region: "US" }], ["age", "region"]).columnNames
 * // => ["age", "region=US"]
 */
export declare function buildDesignMatrix(rows: ArrayLike<Record<string, unknown>>, covariates: ReadonlyArray<string | CovariateSpec>, options?: DesignMatrixOptions): DesignMatrix;
