/**
 * The robustness summary as a report table: each sensitivity analysis beside the primary one with
 * its estimate, interval, subjects and whether its conclusion agrees (see `robustnessSummary`).
 */
import type { RobustnessSummary } from "@trial/estimators";
/** "0.31 (0.18, 0.44)", "0.31" without an interval, or "–". */
export declare function estimateText(estimate: number | null, ci: [number, number] | null, digits?: number): string;
export declare function robustnessTable(summary: RobustnessSummary, options?: {
    digits?: number;
}): HTMLTableElement;
