/**
 * The process's one DuckDB instance (in memory, one thread, so Parquet bytes do not depend on
 * scheduling). Created on first use; `closeDuckDb` releases it.
 */
import { type DuckDBConnection } from "@duckdb/node-api";
export declare function duckDbConnection(): Promise<DuckDBConnection>;
export declare function closeDuckDb(): Promise<void>;
