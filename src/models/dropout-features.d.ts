import { type PredictionRow } from "./prediction-rows.ts";
import { type SubjectHistory } from "./subject-history.ts";
export declare const DROPOUT_FEATURES: readonly ["visit_rate", "missed_visits", "ae_rate", "serious_aes", "recent_aes", "burden", "treated", "dose_mg", "dose_reduced", "compliance", "age", "female", "baseline_severity", "days_on_study", "last_heart_rate", "last_sbp", "last_alt_log2"];
/** Days after the scheduled day at which a visit's window closes. */
export declare const VISIT_WINDOW_DAYS = 3;
/** The dropout features of subject h at study day t, from what is known at t only. */
export declare function dropoutFeaturesAt(h: SubjectHistory, t: number): Record<string, number | null>;
/**
 * One row per subject and follow-up visit (t = the visit's day, or its window close when missed;
 * visits 1.. that the subject reached while still on study). A row's existence is known at t: the
 * visit happened at t, or its window closed at t. Rows are kept when the label is observable: t + horizon on or before the cut, or a
 * discontinuation inside the horizon. Label: discontinuation in (t, t + horizon].
 */
export declare function dropoutRows(histories: readonly SubjectHistory[], cutEpochDay: number, horizonDays?: number): PredictionRow[];
