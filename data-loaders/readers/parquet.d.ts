import type { Dataset } from "./types.ts";
/** Checks the `PAR1` magic bytes at both ends of the file, without reading the rest. */
export declare function checkParquetMagic(file: string): void;
/**
 * Reads a Parquet file into rows.
 *
 * @param file path to the file
 * @param options `name` and `label` of the dataset (default: the file name without extension, "")
 * @throws ReaderError for a file that is not Parquet, that DuckDB cannot read, a column of an
 *   unsupported type, or a value that cannot be represented exactly
 */
export declare function readParquet(file: string, options?: {
    name?: string;
    label?: string;
}): Promise<Dataset>;
