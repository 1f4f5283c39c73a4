import type { Dataset } from "./types.ts";
export type CsvColumnType = "string" | "number" | "integer" | "date" | "datetime";
export interface CsvColumnSchema {
    name: string;
    type: CsvColumnType;
    label?: string;
    /** A missing value in this column is an error. */
    required?: boolean;
}
export interface CsvSchema {
    /** Dataset name (default: the file name without extension). */
    name?: string;
    label?: string;
    columns: readonly CsvColumnSchema[];
    /** Cell texts that mean "missing" in non-string columns (default `[""]`). */
    missing?: readonly string[];
}
/** Reads a CSV file from disk: see {@link parseCsv}. */
export declare function readCsv(file: string, schema: CsvSchema): Dataset;
/**
 * Parses CSV bytes against a schema.
 *
 * @param bytes the whole file (UTF-8)
 * @param file the name for error messages and `source.file`
 * @param schema the columns, in file order, with their types
 * @throws ReaderError naming the file, row (1-based data row; the header is row 0), column,
 *   value and rule for invalid UTF-8, a header that does not match the schema, a row of the
 *   wrong length, or a cell that is not of its column's type
 * @example
 * parseCsv(Buffer.from("id,age\nA,63\nB,\n"), "x.csv", { columns: [{ name: "id", type: "string" }, { name: "age", type: "number" }] }).rows
 * // => [{ id: "A", age: 63 }, { id: "B", age: null }]
 */
export declare function parseCsv(bytes: Uint8Array, file: string, schema: CsvSchema): Dataset;
