import { describeValue, EstimatorInputError } from "./validate.js";
export const covariateTypes = ["continuous", "binary", "categorical"];
/**
 * Whether a cell is missing: `null`, `undefined`, `NaN` or the empty string.
 *
 * @example
 * isMissingValue("") // => true
 * isMissingValue(0) // => false
 */
export function isMissingValue(v) {
    return v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));
}
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
export function normaliseValue(v, column, row) {
    if (typeof v === "bigint") {
        const n = Number(v);
        if (!Number.isSafeInteger(n))
            throw new EstimatorInputError(`rows[${row}].${column}`, `bigint ${v} is too large to convert to a number exactly`);
        return n;
    }
    return v;
}
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
export function inferCovariateType(values, column) {
    if (values.length === 0) {
        throw new EstimatorInputError(`covariates "${column}"`, "is missing in every row, so its type cannot be inferred; give its type explicitly");
    }
    const first = values[0];
    const kind = typeof first.v;
    for (const { v, row } of values) {
        if (typeof v !== kind) {
            throw new EstimatorInputError(`rows[${row}].${column}`, `mixes ${kind} and ${typeof v} values (got ${describeValue(v)}; row ${first.row} has ${describeValue(first.v)}); give the covariate's type explicitly or clean the column`);
        }
    }
    if (kind === "boolean")
        return "binary";
    if (kind === "string")
        return "categorical";
    if (kind === "number") {
        for (const { v, row } of values) {
            if (!Number.isFinite(v))
                throw new EstimatorInputError(`rows[${row}].${column}`, `must be a finite number, got ${describeValue(v)}`);
        }
        return values.every(({ v }) => v === 0 || v === 1) ? "binary" : "continuous";
    }
    throw new EstimatorInputError(`rows[${first.row}].${column}`, `has a value of unsupported kind: ${describeValue(first.v)}`);
}
