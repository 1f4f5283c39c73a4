export interface RobustnessEntry {
    /** Group of analyses, e.g. "Trimming", "Estimator", "Missing data", "Refutation". */
    category: string;
    /** The analysis, e.g. "Crump rule (α = 0.084)". */
    analysis: string;
    /** Effect estimate on the primary analysis' scale; null for rows that are not effect estimates (E-values, refuters). */
    estimate: number | null;
    ci: [number, number] | null;
    n: number | null;
    /** For rows without an estimate: the verdict and its wording (e.g. an E-value, a refuter's pass). */
    verdict?: {
        consistent: boolean;
        text: string;
    };
}
export interface RobustnessRow extends RobustnessEntry {
    /** Interval excludes 0 (null without an interval). */
    significant: boolean | null;
    /** Agrees with the primary analysis (same sign and same verdict on the null). */
    consistent: boolean;
    /** Why, in words. */
    conclusion: string;
}
export interface RobustnessSummary {
    primary: RobustnessRow;
    rows: RobustnessRow[];
    /** Rows whose conclusion differs from the primary one. */
    inconsistent: number;
    /** One-sentence overall statement. */
    statement: string;
}
/**
 * Builds the robustness table.
 *
 * @param primary the primary analysis (must have an estimate and an interval)
 * @param entries the sensitivity analyses
 * @example
 * robustnessSummary({category: "Primary", analysis: "AIPW", estimate: 1, ci: [0.5, 1.5], n: 100}, []).statement
 * // => "All 0 sensitivity analyses agree with the primary conclusion."
 */
export declare function robustnessSummary(primary: RobustnessEntry, entries: readonly RobustnessEntry[]): RobustnessSummary;
