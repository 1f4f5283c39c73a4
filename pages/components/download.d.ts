export type Row = Record<string, unknown>;
/** CSV text of `rows`, columns in the given order (default: keys of the first row). */
export declare function toCsv(rows: Row[], columns?: string[]): string;
export declare function downloadCsvButton(rows: Row[], filename: string, options?: {
    columns?: string[];
    label?: string;
}): HTMLButtonElement;
