/**
 * Turns the estimator library's `tableOne` results into the rows of a printed "Table 1"
 * (characteristic, one column per arm, SMD of each treated arm vs control) and renders them.
 * Formatting only: every statistic is computed by `@trial/estimators`. A study with several
 * treated arms passes one `tableOne` result per treated arm (each against the same control).
 */
import type { TableOneResult } from "@trial/estimators";
export interface TableOneRow {
    characteristic: string;
    level: string;
    control: string;
    treated: string;
    smd: number | null;
}
/** A Table 1 row over any number of arms: `values[0]` is control, then each treated arm; one SMD per treated arm. */
export interface TableOneArmsRow {
    characteristic: string;
    level: string;
    values: string[];
    smds: Array<number | null>;
}
interface ArmLabel {
    code: string;
    label: string;
}
/**
 * Rows of a Table 1 over control and one or more treated arms.
 * @param results one `tableOne` result per treated arm, in arm order, all against the same control
 */
export declare function tableOneArmsRows(results: readonly TableOneResult[]): TableOneArmsRow[];
/** Rows of a two-arm Table 1 (control, treated, SMD), e.g. for the CSV download. */
export declare function tableOneRows(result: TableOneResult): TableOneRow[];
/** Flat records of a multi-arm Table 1 for CSV: one column per arm and one SMD column per treated arm. */
export declare function tableOneArmsRecords(rows: readonly TableOneArmsRow[], arms: readonly ArmLabel[]): Array<Record<string, string | number | null>>;
/** Renders a Table 1 over `arms` (control first); one SMD column per treated arm. */
export declare function renderTableOneArms(rows: readonly TableOneArmsRow[], arms: readonly ArmLabel[], threshold?: number): HTMLElement;
/** Renders a two-arm Table 1. */
export declare function renderTableOne(rows: TableOneRow[], arms: {
    control: ArmLabel;
    treated: ArmLabel;
}, threshold?: number): HTMLElement;
export {};
