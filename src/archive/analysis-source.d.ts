import { type AnalysisResult } from "@trial/estimators";
import type { AnalysisOutcome, AnalysisSource } from "./types.ts";
/** The first path at which two JSON values differ (`comparisons[0].estimates.aipw.difference.ci[1]`), or null. */
export declare function firstDifference(a: unknown, b: unknown, at?: string): string | null;
/** Headline numbers, gates, estimand and parameters of an analysis result. */
export declare function analysisOutcome(result: AnalysisResult): AnalysisOutcome;
export declare const primaryAnalysisSource: AnalysisSource;
