/** Number formatting shared by the pages, so every page prints a statistic the same way. */
export declare const formatInt: (n: number) => string;
export declare const formatFixed: (x: number | null | undefined, digits?: number) => string;
export declare const formatPercent: (x: number, digits?: number) => string;
/** "mean (SD)" for a continuous characteristic. */
export declare const formatMeanSd: (mean: number, sd: number, digits?: number) => string;
/** "n (p%)" for a binary or categorical characteristic. */
export declare const formatCountPercent: (count: number, total: number) => string;
/** A date as `YYYY-MM-DD` (UTC), whatever form DuckDB-WASM or JSON hands it over in. */
export declare function formatDate(value: Date | string | number | null | undefined): string;
/** The last day of a `YYYY-MM` month, `YYYY-MM-DD`: the data-cut date. */
export declare function cutDate(month: string): string;
