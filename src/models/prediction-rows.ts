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
export function studyDayDate(h: SubjectHistory, t: number): string {
  return new Date((h.enrolEpochDay + t - 1) * 86400000).toISOString().slice(0, 10);
}

/** The study day of the data cut for this subject. */
export function cutStudyDay(h: SubjectHistory, cutEpochDay: number): number {
  return cutEpochDay - h.enrolEpochDay + 1;
}

/** Whether the subject is still on study (not discontinued, not past follow-up) at day t. */
export function onStudyAt(h: SubjectHistory, t: number): boolean {
  return t < h.endDay && (h.discDay === null || h.discDay > t);
}
