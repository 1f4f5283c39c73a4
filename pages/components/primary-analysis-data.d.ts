/**
 * What the propensity, balance and analysis pages share: the study's entry in studies.json, the
 * primary analysis stored with the snapshot (analysis.json), and the same analysis recomputed in
 * the browser from subjects.parquet with the same estimators (`analyseStudyMonth`), with the
 * agreement check between the two.
 */
import { type AnalysisInput, type AnalysisResult, type StudyMonthAnalysis } from "@trial/estimators";
import { type AnalysisStudyFields } from "@trial/foundation";
import { type Agreement } from "./analysis-agreement.js";
import { subjectRows } from "./subject-rows.js";
export interface PrimaryAnalysisPage {
    input: AnalysisInput;
    stored: AnalysisResult;
    /** The browser's run, without the bootstrap (point estimates, diagnostics, gates). */
    recomputed: StudyMonthAnalysis | null;
    /** Why the browser could not recompute (null when it could). */
    error: unknown;
    /** Point-estimate agreement (null when the recomputation failed). */
    agreement: Agreement | null;
}
/**
 * @param study the study's studies.json entry
 * @param month the data cut
 * @param stored analysis.json as parsed
 * @param subjects subjects.parquet as an Arrow table
 */
export declare function recomputePrimaryAnalysis(study: AnalysisStudyFields, month: string, stored: AnalysisResult, subjects: Parameters<typeof subjectRows>[0]): PrimaryAnalysisPage;
