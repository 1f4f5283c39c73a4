import type { Row, TableSpec } from "./schema.ts";
/**
 * @param spec the table's schema (column order and types, sort key)
 * @param rows rows in any order (written sorted by the spec's sort key)
 * @param metadata Parquet key-value metadata
 * @returns the Parquet file's bytes
 */
export declare function writeParquet(spec: TableSpec<string>, rows: readonly Row[], metadata: Record<string, string>): Promise<Uint8Array>;
