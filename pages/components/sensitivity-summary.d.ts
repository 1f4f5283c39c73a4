/**
 * Collects the sensitivity results of a study-month into the entries of the robustness summary
 * (see `robustnessSummary` in @trial/estimators): one place that decides how each analysis is
 * worded in the regulatory-style table.
 */
import type { DeltaTippingPointResult, EstimatorComparisonRow, EValue, RefutationResult, RobustnessEntry, SubgroupEffectRow, TrimmingGridRow } from "@trial/estimators";
export interface SensitivityResults {
    trimming: readonly TrimmingGridRow[];
    estimators: readonly EstimatorComparisonRow[];
    subgroups: ReadonlyArray<{
        label: string;
        pValue: number | null;
    }>;
    eValue: {
        value: EValue;
        scale: string;
    } | null;
    tipping: DeltaTippingPointResult | null;
    /** Each refuter's result, or why it could not be computed. */
    refuters: ReadonlyArray<RefutationResult | {
        label: string;
        error: string;
    }>;
}
/** The rows of the robustness table, in report order. */
export declare function robustnessEntries(r: SensitivityResults): RobustnessEntry[];
/** Subgroup rows as forest-plot rows. */
export declare function subgroupForestRows(variable: string, rows: readonly SubgroupEffectRow[]): {
    label: string;
    estimate: number | null;
    lo: number | null;
    hi: number | null;
    note: string;
}[];
