/**
 * Writes one table to Parquet bytes with DuckDB: a table with the schema's explicit column types,
 * rows appended in the given order (column-wise, in data chunks of at most 2,048 rows), then
 * `COPY (SELECT … ORDER BY <sort key>) TO … (FORMAT parquet, COMPRESSION zstd, KV_METADATA {…})`.
 * One thread, fixed options, no timestamps: the same rows and metadata give the same bytes.
 *
 * Every value is checked against its column's type first (a string for VARCHAR, an integer for
 * INTEGER, a finite number for DOUBLE, a boolean for BOOLEAN, an ISO date for DATE, or null);
 * a mismatch halts with the table, row, column and value.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BOOLEAN, DATE, DOUBLE, DuckDBDataChunk, DuckDBDateValue, INTEGER, VARCHAR } from "@duckdb/node-api";
import { isoToDay } from "../synthetic/dates.ts";
import { duckDbConnection } from "./duckdb.ts";
const CHUNK_ROWS = 2048;
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text) => `'${text.replaceAll("'", "''")}'`;
const DUCKDB_TYPES = { VARCHAR, INTEGER, DOUBLE, BOOLEAN, DATE };
function typeError(column, value, table, row) {
    throw new Error(`table ${table}, row ${row + 1}, column ${column.name}, value ${JSON.stringify(value)}: not a ${column.type} value`);
}
/** The DuckDB value of a cell, after checking it against the column's type. */
function toDuckDb(column, value, table, row) {
    if (value === null || value === undefined)
        return null;
    switch (column.type) {
        case "VARCHAR":
            return typeof value === "string" ? value : typeError(column, value, table, row);
        case "INTEGER":
            return typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 2147483648 ? value : typeError(column, value, table, row);
        case "DOUBLE":
            return typeof value === "number" && Number.isFinite(value) ? value : typeError(column, value, table, row);
        case "BOOLEAN":
            return typeof value === "boolean" ? value : typeError(column, value, table, row);
        case "DATE":
            return typeof value === "string" ? new DuckDBDateValue(isoToDay(value)) : typeError(column, value, table, row);
    }
}
/**
 * @param spec the table's schema (column order and types, sort key)
 * @param rows rows in any order (written sorted by the spec's sort key)
 * @param metadata Parquet key-value metadata
 * @returns the Parquet file's bytes
 */
export async function writeParquet(spec, rows, metadata) {
    const connection = await duckDbConnection();
    const dir = mkdtempSync(path.join(tmpdir(), "snapshot-parquet-"));
    const file = path.join(dir, `${spec.name}.parquet`);
    const tableName = `snapshot_${spec.name}`;
    const table = quoteIdent(tableName);
    try {
        await connection.run(`CREATE OR REPLACE TABLE ${table} (${spec.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`);
        const appender = await connection.createAppender(tableName);
        const types = spec.columns.map((c) => DUCKDB_TYPES[c.type]);
        for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
            const slice = rows.slice(start, start + CHUNK_ROWS);
            const chunk = DuckDBDataChunk.create(types, slice.length);
            chunk.setColumns(spec.columns.map((c) => slice.map((r, i) => toDuckDb(c, r[c.name], spec.name, start + i))));
            appender.appendDataChunk(chunk);
        }
        appender.closeSync();
        const kv = Object.entries(metadata)
            .map(([k, v]) => `${quoteIdent(k)}: ${quoteText(v)}`)
            .join(", ");
        const order = spec.sortKey.map(quoteIdent).join(", ");
        await connection.run(`COPY (SELECT * FROM ${table} ORDER BY ${order}) TO ${quoteText(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000, KV_METADATA {${kv}})`);
        await connection.run(`DROP TABLE ${table}`);
        return new Uint8Array(readFileSync(file));
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
