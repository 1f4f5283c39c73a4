/**
 * A prediction row: one subject at one prediction time (study day t), the features known at t and
 * the label observed after t. Shared by the dropout and adverse-event feature builders.
 */
import type { SubjectHistory } from "./subject-history.ts";
export interface PredictionRow {
    subject_id: string;
    /** Prediction time, study day (enrolment = day 1). */
    t: number;
    /** Calendar date of the prediction time, ISO. */
    date: string;
    /** 1 when the event happens in (t, t + horizon]. */
    label: 0 | 1;
    /** Subject attributes for fairness slices (not necessarily model features). */
    female: number;
    age: number;
    features: Record<string, number | null>;
}
/** ISO date of study day t of a subject. */
export declare function studyDayDate(h: SubjectHistory, t: number): string;
/** The study day of the data cut for this subject. */
export declare function cutStudyDay(h: SubjectHistory, cutEpochDay: number): number;
/** Whether the subject is still on study (not discontinued, not past follow-up) at day t. */
export declare function onStudyAt(h: SubjectHistory, t: number): boolean;
