/**
 * The tables of a study-month snapshot: columns, their Parquet (DuckDB) types, whether they may
 * be null, and the sort order the rows are written in. Only types that survive
 * Parquet → parquet-wasm → Arrow → DuckDB-WASM 1.29 unchanged are used: DATE, DOUBLE, INTEGER,
 * VARCHAR, BOOLEAN (no nested, unsigned, DECIMAL or timestamp types).
 *
 * No column carries ground truth (potential outcomes, true propensity, true effects): that is in
 * `truth.json` only.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "DATE" | "BOOLEAN";
export type TableName = "subjects" | "visits" | "adverse_events";
/** A row as the loader holds it: DATE values are ISO `YYYY-MM-DD` text. */
export type Row = Record<string, string | number | boolean | null>;
export interface ColumnSpec {
    name: string;
    type: ColumnType;
    nullable: boolean;
    description: string;
}
/** A table's schema; `N` is a snapshot table by default, any name for derived tables (portfolio). */
export interface TableSpec<N extends string = TableName> {
    name: N;
    description: string;
    columns: ColumnSpec[];
    /** Rows are written sorted by these columns (ascending, binary string order). */
    sortKey: string[];
}
export declare const col: (name: string, type: ColumnType, nullable: boolean, description: string) => ColumnSpec;
/** The three tables of a snapshot of this study (the primary outcome column depends on the study). */
export declare function snapshotTables(config: StudyConfig): TableSpec[];
/** The spec of one table. */
export declare function tableSpec(specs: readonly TableSpec[], name: TableName): TableSpec;
