/**
 * The gates of the primary analysis on a page: a red banner listing every failed gate (balance,
 * separation, scores at 0/1, extreme weights, overlap, convergence, estimation) at the top of the
 * page, or a quiet green line when all passed. Publishing refuses an analysis with a failed gate.
 */
import type { AnalysisResult } from "@trial/estimators";
export declare function gateBanner(result: AnalysisResult): HTMLElement;
/** Every gate as a table row (comparison, gate, value, threshold, passed, message). */
export declare function gateRows(result: AnalysisResult): Array<Record<string, unknown>>;
