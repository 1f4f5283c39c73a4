import type { AnalysisResult, CoefficientRow, ComparisonResult, EffectMeasure } from "@trial/estimators";
/** An effect, SE or interval bound: 4 decimals. */
export declare const formatEffect: (x: number | null | undefined) => string;
export declare const formatInterval: (ci: readonly [number, number] | null | undefined) => string;
export interface Column<R> {
    label: string;
    /** `data-field` of the cells. */
    field: string;
    value: (row: R) => string;
    flag?: (row: R) => boolean;
}
/** A plain HTML table with `data-field` cells and an optional `data-row` key per row. */
export declare function renderTable<R>(rows: readonly R[], columns: ReadonlyArray<Column<R>>, options?: {
    id?: string;
    rowKey?: (row: R) => string;
    primary?: (row: R) => boolean;
}): HTMLElement;
/** The estimand's attributes as a definition list. */
export declare function estimandView(c: ComparisonResult): HTMLElement;
export interface CountRow {
    group: string;
    treated: number;
    control: number;
    total: number;
}
/** Subjects in the two arms, excluded (no outcome; a missing covariate), trimmed and analysed. */
export declare function countRows(c: ComparisonResult): CountRow[];
export declare function countsTable(c: ComparisonResult): HTMLElement;
export interface EstimateRow {
    key: string;
    method: string;
    interval: string;
    estimate: number;
    se: number | null;
    ci: [number, number] | null;
    riskRatio: EffectMeasure | null;
    oddsRatio: EffectMeasure | null;
}
/**
 * One row per estimate and interval: AIPW with its influence-function interval, AIPW with the
 * bootstrap percentile and BCa intervals (when computed), regression adjustment, IPW (HT, Hájek).
 */
export declare function estimateRows(c: ComparisonResult): EstimateRow[];
export declare function estimatesTable(c: ComparisonResult, outcomeType: AnalysisResult["outcome"]["type"], level: number): HTMLElement;
/** Coefficients with SE, z and (for the logistic propensity model) the odds ratio. */
export declare function coefficientsTable(rows: readonly CoefficientRow[], id: string, options?: {
    oddsRatio?: boolean;
}): HTMLElement;
/** The balance table, |SMD| ≥ threshold flagged. */
export declare function balanceTableView(c: ComparisonResult, threshold: number): HTMLElement;
