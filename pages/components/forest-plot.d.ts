/**
 * A forest plot: one row per analysis, the estimate as a dot and its interval as a line, a
 * dashed line at no effect and, optionally, a line at the primary estimate. Plot is passed in
 * (the page's `Plot`), so that the page and this component use the same copy.
 */
export interface ForestRow {
    label: string;
    estimate: number | null;
    lo: number | null;
    hi: number | null;
    /** Shown after the label, e.g. "n = 480". */
    note?: string;
}
type PlotModule = {
    plot: (options: any) => SVGElement | HTMLElement;
    ruleX: any;
    ruleY: any;
    dot: any;
    text: any;
    tip?: any;
    pointerY?: any;
};
export interface ForestOptions {
    width: number;
    /** Axis label, e.g. "Mean difference (treated − control)". */
    xLabel: string;
    /** The primary estimate, drawn as a solid line (optional). */
    primary?: number | null;
    /** Value of no effect (default 0). */
    reference?: number;
    /** Log scale (for ratios). */
    log?: boolean;
    marginLeft?: number;
}
/** The rows with a drawable estimate, labelled with their note. */
export declare function forestData(rows: readonly ForestRow[]): Array<ForestRow & {
    y: string;
}>;
export declare function forestPlot(Plot: PlotModule, rows: readonly ForestRow[], options: ForestOptions): SVGElement | HTMLElement;
export {};
