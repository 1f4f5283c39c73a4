type Table = "subjects" | "visits" | "adverse_events";
interface Case {
    name: string;
    table: Table;
    file: string;
    format?: "csv" | "xpt" | "dataset-json" | "parquet";
    config?: Record<string, unknown>;
    /** What stderr must say (file, row or subject, column, value, rule). */
    says: RegExp[];
}
export declare const HALTING_CASES: Case[];
export {};
