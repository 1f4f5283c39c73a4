import type { Dataset, Row } from "../readers/types.ts";
export interface Cells {
    /** Text value; `""` for blank. */
    text(row: Row, index: number, column: string): string;
    /** Number or null (missing). */
    number(row: Row, index: number, column: string): number | null;
    /** A required number. */
    requiredNumber(row: Row, index: number, column: string): number;
    /** A required ISO date `YYYY-MM-DD` (the date part of an ISO 8601 date-time is taken). */
    isoDate(row: Row, index: number, column: string): string;
    /** An ISO date, or null when blank. */
    optionalIsoDate(row: Row, index: number, column: string): string | null;
}
export declare function cellsOf(dataset: Dataset): Cells;
