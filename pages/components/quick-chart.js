function kindOf(rows, column) {
    let kind = "empty";
    for (const r of rows) {
        const v = r[column];
        if (v === null || v === undefined)
            continue;
        const k = typeof v === "number" || typeof v === "bigint" ? "number" : v instanceof Date ? "date" : typeof v === "string" || typeof v === "boolean" ? "category" : "mixed";
        if (kind === "empty")
            kind = k;
        else if (kind !== k)
            return "mixed";
    }
    return kind;
}
/**
 * @param rows the result rows
 * @param columns the result's columns, in order
 * @returns the chart, or null when there is nothing sensible to draw
 * @example
 * quickChartSpec([{arm: "PBO", n: 3}], ["arm", "n"]) // => {kind: "bar", x: "arm", y: "n", color: null}
 */
export function quickChartSpec(rows, columns) {
    if (rows.length === 0 || columns.length < 2)
        return null;
    const kinds = new Map(columns.map((c) => [c, kindOf(rows, c)]));
    const x = columns[0];
    const xKind = kinds.get(x);
    const y = columns.find((c) => c !== x && kinds.get(c) === "number");
    if (y === undefined || xKind === "mixed" || xKind === "empty")
        return null;
    const distinct = (c) => new Set(rows.map((r) => r[c])).size;
    const color = columns.find((c) => c !== x && c !== y && kinds.get(c) === "category" && distinct(c) <= 12) ?? null;
    if (xKind === "category")
        return distinct(x) <= 60 ? { kind: "bar", x, y, color } : null;
    if (xKind === "date")
        return { kind: "line", x, y, color };
    const xs = rows.map((r) => Number(r[x]));
    const increasing = color === null && xs.every((v, i) => i === 0 || v > xs[i - 1]);
    return { kind: increasing ? "line" : "dot", x, y, color };
}
