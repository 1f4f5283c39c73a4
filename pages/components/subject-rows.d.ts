/**
 * The snapshot's subjects as plain records for the estimators, from the Arrow table that
 * parquet-wasm reads (no DuckDB conversion in between: the values are the Parquet doubles and
 * integers exactly as the build saw them).
 */
interface ArrowLikeTable {
    numRows: number;
    schema: {
        fields: Array<{
            name: string;
        }>;
    };
    getChild(name: string): {
        get(i: number): unknown;
    } | null;
}
/**
 * @param table an Arrow table (e.g. `await FileAttachment("subjects.parquet").parquet()`)
 * @param columns the columns to copy (default: all)
 */
export declare function subjectRows(table: ArrowLikeTable, columns?: readonly string[]): Array<Record<string, unknown>>;
export {};
