/**
 * Compares two datasets read from different formats (XPT and Dataset-JSON, typically) and lists
 * every difference precisely: which column, which row, the value on each side. Used to prove that
 * two readers produce the same records from two encodings of the same data.
 *
 * What it normalises, and only when asked:
 * - row order, by key variables (`keys`, e.g. USUBJID and --SEQ): both sides are matched on the
 *   key rather than by position, and a key missing on one side, or present twice, is a difference;
 * - SAS numeric dates against ISO text: a numeric variable whose SAS format is a date, datetime or
 *   time format, compared with a character variable on the other side, is converted with
 *   `sas-dates.ts` before comparing (`temporalAsIso`, on by default).
 * Numbers are equal when `===` (so 0 equals -0 and there is no tolerance); strings must match
 * exactly; `null` equals only `null`.
 */
import { type SasTemporalKind } from "./sas-dates.ts";
import type { CellValue, Dataset, VariableType } from "./types.ts";
export interface CompareOptions {
    /** Match rows on these variables instead of by position. */
    keys?: readonly string[];
    /** Convert SAS numeric dates/datetimes/times to ISO text when the other side is text (default true). */
    temporalAsIso?: boolean;
    /** Stop listing value differences after this many (default 1000); the count stays exact. */
    maxValueDifferences?: number;
}
/** A cell that differs. `row` is 1-based in the left dataset's order (the right's for right-only rows). */
export interface ValueDifference {
    column: string;
    row: number;
    /** The key values of the row, when comparing by keys. */
    key?: Record<string, CellValue>;
    left: CellValue;
    right: CellValue;
}
/** A variable attribute that differs (label, length, format): reported, not part of `recordsIdentical`. */
export interface MetadataDifference {
    column: string;
    attribute: "label" | "length" | "format";
    left: string | number | null;
    right: string | number | null;
}
export interface DatasetComparison {
    /** Same columns (as a set), same types, same number of rows, matching keys, every value equal. */
    recordsIdentical: boolean;
    columnsOnlyInLeft: string[];
    columnsOnlyInRight: string[];
    /** True when both sides have the same columns but in a different order. */
    columnOrderDiffers: boolean;
    typeDifferences: Array<{
        column: string;
        left: VariableType | SasTemporalKind;
        right: VariableType | string;
    }>;
    rowCount: {
        left: number;
        right: number;
    };
    /** Keys present on one side only, or more than once on a side (when comparing by keys). */
    keyDifferences: Array<{
        key: Record<string, CellValue>;
        problem: "only-in-left" | "only-in-right" | "duplicate-in-left" | "duplicate-in-right";
    }>;
    /** Number of differing cells (exact even when `valueDifferences` is truncated). */
    valueDifferenceCount: number;
    valueDifferences: ValueDifference[];
    metadataDifferences: MetadataDifference[];
}
/**
 * Compares `left` with `right` (see the module comment for what is normalised).
 *
 * @example
 * const c = compareDatasets(xptDm, jsonDm, { keys: ["USUBJID"] });
 * c.recordsIdentical // => true when every record matches
 * c.valueDifferences[0] // => { column: "AGE", row: 12, key: { USUBJID: "01-701-1115" }, left: 84, right: 85 }
 */
export declare function compareDatasets(left: Dataset, right: Dataset, options?: CompareOptions): DatasetComparison;
