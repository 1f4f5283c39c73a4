/**
 * The in-browser agreement check: the primary analysis stored with the snapshot (analysis.json,
 * computed by the build in Node) against the same analysis recomputed in this browser from the
 * snapshot's Parquet with the same estimator code. Identical digits are required: every number is
 * compared exactly (after the JSON round trip that analysis.json went through).
 */
import { type AnalysisResult } from "@trial/estimators";
export interface Difference {
    /** Where, e.g. `comparisons[0].estimates.aipw.difference.estimate`. */
    path: string;
    stored: unknown;
    recomputed: unknown;
}
export interface Agreement {
    identical: boolean;
    /** Numbers compared. */
    numbers: number;
    /** The first differences (at most `limit`). */
    differences: Difference[];
    /** What was left out of the comparison (e.g. the bootstrap, checked elsewhere). */
    scope: "full" | "point estimates";
}
/**
 * Compares two JSON values exactly and lists where they differ.
 *
 * @example
 * compareJson({ a: [1, 2] }, { a: [1, 2.0000001] }).differences // => [{path: "a[1]", stored: 2, recomputed: 2.0000001}]
 */
export declare function compareJson(stored: unknown, recomputed: unknown, limit?: number): {
    numbers: number;
    differences: Difference[];
};
/**
 * @param stored analysis.json as parsed
 * @param recomputed the browser's `analyseStudyMonth(…).result`
 * @param scope `"full"`, or `"point estimates"` when the browser ran without the bootstrap (the
 *   bootstrap outcome is then taken from analysis.json and everything else compared)
 */
export declare function checkAgreement(stored: AnalysisResult, recomputed: AnalysisResult, scope: Agreement["scope"]): Agreement;
/** The visible check: green when every digit agrees, a loud red box listing the differences when not. */
export declare function agreementBanner(agreement: Agreement): HTMLElement;
/** A banner for a recomputation that threw: the check cannot pass. */
export declare function agreementErrorBanner(error: unknown): HTMLElement;
