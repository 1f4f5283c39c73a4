/**
 * How the library reads covariate values from records (Table 1, design matrices): what counts as
 * missing, how BigInts are converted, and how a covariate's type is inferred when not given.
 */
import type { Level } from "./smd.js";
export type CovariateType = "continuous" | "binary" | "categorical";
export declare const covariateTypes: readonly CovariateType[];
/** A covariate: its column name and, optionally, how to treat it. */
export interface CovariateSpec {
    /** Column name in the rows. */
    name: string;
    /** Type; inferred from the values when omitted (see {@link inferCovariateType}). */
    type?: CovariateType;
    /** Binary only: the value counted as 1 (default `1` for numbers, `true` for booleans; required for strings). */
    positive?: Level;
    /** Categorical only: the levels in order (default: the values present, sorted); the first is the reference. */
    levels?: readonly Level[];
}
/**
 * Whether a cell is missing: `null`, `undefined`, `NaN` or the empty string.
 *
 * @example
 * isMissingValue("") // => true
 * isMissingValue(0) // => false
 */
export declare function isMissingValue(v: unknown): boolean;
/**
 * Normalises a cell: a BigInt (DuckDB BIGINT) becomes a number when it is a safe integer; other
 * values pass through unchanged.
 *
 * @param v the cell
 * @param column its column (for the error message)
 * @param row its row index (for the error message)
 * @throws EstimatorInputError for a BigInt beyond ±(2⁵³ − 1)
 * @example
 * normaliseValue(3n, "age", 0) // => 3
 */
export declare function normaliseValue(v: unknown, column: string, row: number): unknown;
/**
 * Infers a covariate's type from its non-missing values: booleans → binary; numbers all 0 or 1 →
 * binary; other finite numbers → continuous; strings → categorical.
 *
 * @param values the non-missing (normalised) values with their row indices
 * @param column the column name, for error messages
 * @throws EstimatorInputError when every value is missing, kinds are mixed (naming both rows), a
 *   number is not finite, or a value is of another kind (Date, object)
 * @example
 * inferCovariateType([{ v: 0, row: 0 }, { v: 1, row: 1 }], "female") // => "binary"
 */
export declare function inferCovariateType(values: ReadonlyArray<{
    v: unknown;
    row: number;
}>, column: string): CovariateType;
