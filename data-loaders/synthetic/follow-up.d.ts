import type { ProcessModel } from "./processes.ts";
import type { AdverseEventRecord, DiscontinuationRecord, ScreenedSubject, VisitRecord } from "./types.ts";
export interface FollowUp {
    visits: VisitRecord[];
    adverseEvents: AdverseEventRecord[];
    discontinuation: DiscontinuationRecord | null;
    /** Day of the primary visit K (actual, or scheduled if missed); null if discontinued before it. */
    completionDay: number | null;
}
/**
 * @param seed the study seed
 * @param s the subject
 * @param treated assigned arm
 * @param observed the observed outcome series Y_k(treated), k = 1..K
 * @param schedule K visits, days between visits, week of each visit
 */
export declare function simulateFollowUp(seed: number, s: ScreenedSubject, treated: 0 | 1, observed: readonly number[], schedule: {
    visits: number;
    intervalDays: number;
    weeks: readonly number[];
}, model: ProcessModel): FollowUp;
