/**
 * The snapshot's subjects as plain records for the estimators, from the Arrow table that
 * parquet-wasm reads (no DuckDB conversion in between: the values are the Parquet doubles and
 * integers exactly as the build saw them).
 */
interface ArrowLikeTable {
  numRows: number;
  schema: { fields: Array<{ name: string }> };
  getChild(name: string): { get(i: number): unknown } | null;
}

/**
 * @param table an Arrow table (e.g. `await FileAttachment("subjects.parquet").parquet()`)
 * @param columns the columns to copy (default: all)
 */
export function subjectRows(table: ArrowLikeTable, columns?: readonly string[]): Array<Record<string, unknown>> {
  const names = columns ?? table.schema.fields.map((f) => f.name);
  const vectors = names.map((name) => {
    const v = table.getChild(name);
    if (v === null) throw new Error(`subjects.parquet has no column "${name}"`);
    return v;
  });
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => {
      const value = (vectors[j] as { get(i: number): unknown }).get(i);
      row[name] = value === undefined ? null : value;
    });
    rows.push(row);
  }
  return rows;
}
