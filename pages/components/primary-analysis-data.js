/**
 * What the propensity, balance and analysis pages share: the study's entry in studies.json, the
 * primary analysis stored with the snapshot (analysis.json), and the same analysis recomputed in
 * the browser from subjects.parquet with the same estimators (`analyseStudyMonth`), with the
 * agreement check between the two.
 */
import { analyseStudyMonth } from "@trial/estimators";
import { analysisInput } from "@trial/foundation";
import { checkAgreement } from "./analysis-agreement.js";
import { subjectRows } from "./subject-rows.js";
/**
 * @param study the study's studies.json entry
 * @param month the data cut
 * @param stored analysis.json as parsed
 * @param subjects subjects.parquet as an Arrow table
 */
export function recomputePrimaryAnalysis(study, month, stored, subjects) {
    const input = analysisInput(study, month, subjectRows(subjects));
    try {
        const recomputed = analyseStudyMonth(input, { bootstrap: "skip" });
        return { input, stored, recomputed, error: null, agreement: checkAgreement(stored, recomputed.result, "point estimates") };
    }
    catch (error) {
        return { input, stored, recomputed: null, error, agreement: null };
    }
}
