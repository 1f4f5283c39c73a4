import { type PredictionRow } from "./prediction-rows.ts";
import { type SubjectHistory } from "./subject-history.ts";
export declare const AE_WINDOWS: readonly [35, 91];
export declare const AE_FEATURES: string[];
/** The adverse-event features of subject h at study day t, from what is known at t only. */
export declare function aeFeaturesAt(h: SubjectHistory, t: number): Record<string, number | null>;
/**
 * Rows at t = stepDays, 2·stepDays, ... while the subject is on study at t and the label window
 * (t, t + windowDays] ends on or before the cut. Label: an adverse-event onset in that window.
 */
export declare function aeRows(histories: readonly SubjectHistory[], cutEpochDay: number, stepDays?: number, windowDays?: number): PredictionRow[];
