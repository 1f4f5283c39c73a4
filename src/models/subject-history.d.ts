/**
 * A subject's history as the prediction features need it: study days (enrolment = day 1) of
 * visits, measurements and adverse events, grouped per subject. The one place that turns the
 * snapshot's dates into study days; every feature then filters by day ≤ prediction time.
 */
import type { ModelTables } from "./snapshot-tables.ts";
type Cell = string | number | null;
export interface VisitRecord {
    visitNumber: number;
    /** Scheduled study day. */
    scheduledDay: number;
    /** Actual study day; null when missed. */
    day: number | null;
    values: Record<string, number | null>;
}
export interface SubjectHistory {
    id: string;
    enrolDate: string;
    /** Calendar day number of enrolment (days since 1970-01-01). */
    enrolEpochDay: number;
    treated: number;
    age: number;
    female: number;
    /** Baseline disease severity: `baseline_severity` (synthetic studies) or `baseline_adas` (ADAS-Cog, CDISC pilot); null when the study has neither. */
    baselineSeverity: number | null;
    /** Study day of discontinuation; null unless discontinued. */
    discDay: number | null;
    /** Last study day of follow-up (discontinuation, completion or the cut). */
    endDay: number;
    visits: VisitRecord[];
    /** Adverse events: onset study day, serious flag. */
    events: Array<{
        day: number;
        serious: boolean;
    }>;
}
export declare const VITALS: readonly ["heart_rate", "sbp", "dbp", "temperature", "weight"];
export declare const LABS: readonly ["alt", "creatinine", "hemoglobin"];
/** Days since 1970-01-01 of an ISO date; throws naming the value. */
export declare function epochDay(iso: Cell, what: string): number;
/**
 * The snapshot lacks a column the prediction models need (a bring-your-own study with fewer
 * columns): the models are reported as not trained for that study, naming what is missing.
 * Values that are present but invalid still stop the loader (see `required`).
 */
export declare class MissingModelInputError extends Error {
}
/** Throws MissingModelInputError naming every required column absent from the snapshot's tables. */
export declare function checkModelInputs(tables: ModelTables): void;
/** Groups the snapshot's rows into one history per subject (subjects in snapshot order). */
export declare function subjectHistories(tables: ModelTables): SubjectHistory[];
/** The part of a history known at study day t: attended visits and events on or before t. */
export declare function knownAt(h: SubjectHistory, t: number): {
    visits: VisitRecord[];
    events: SubjectHistory["events"];
};
export {};
