/**
 * Chooses a quick chart for an arbitrary query result: the first column against the first numeric
 * column after it (or before it, when the first column is the only numeric one … then no chart),
 * as bars for a categorical first column, a line for dates or increasing numbers, dots otherwise,
 * coloured by another categorical column with few levels.
 */
export interface QuickChartSpec {
    kind: "bar" | "line" | "dot";
    x: string;
    y: string;
    color: string | null;
}
/**
 * @param rows the result rows
 * @param columns the result's columns, in order
 * @returns the chart, or null when there is nothing sensible to draw
 * @example
 * quickChartSpec([{arm: "PBO", n: 3}], ["arm", "n"]) // => {kind: "bar", x: "arm", y: "n", color: null}
 */
export declare function quickChartSpec(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): QuickChartSpec | null;
