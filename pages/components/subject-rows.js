/**
 * @param table an Arrow table (e.g. `await FileAttachment("subjects.parquet").parquet()`)
 * @param columns the columns to copy (default: all)
 */
export function subjectRows(table, columns) {
    const names = columns ?? table.schema.fields.map((f) => f.name);
    const vectors = names.map((name) => {
        const v = table.getChild(name);
        if (v === null)
            throw new Error(`subjects.parquet has no column "${name}"`);
        return v;
    });
    const rows = [];
    for (let i = 0; i < table.numRows; i++) {
        const row = {};
        names.forEach((name, j) => {
            const value = vectors[j].get(i);
            row[name] = value === undefined ? null : value;
        });
        rows.push(row);
    }
    return rows;
}
