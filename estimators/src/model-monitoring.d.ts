/** A row as the monitoring reads it: `date` (ISO, its first 7 characters are the month), `label`, scores and features. */
export type MonitoredRow = Record<string, string | number | null>;
/** A table as column names and rows of values (how the model artifacts store rows compactly). */
export interface Columnar {
    columns: string[];
    rows: Array<Array<string | number | null>>;
}
/** Rows of a columnar table as objects. */
export declare function columnarRows(c: Columnar): MonitoredRow[];
export interface DriftCell {
    feature: string;
    month: string;
    /** KS statistic; null when either sample has no value of the feature. */
    ks: number | null;
    flagged: boolean;
    /** Rows of the month with a value of the feature. */
    n: number;
}
export interface DecayMonth {
    month: string;
    rows: number;
    events: number;
    /** null when the month has no event or only events. */
    auroc: number | null;
    status: "ok" | "warning" | "alert" | "too few events";
}
export declare const DRIFT_FLAG = 0.2;
export declare const DECAY_ALERT = 0.75;
export declare const DECAY_WARNING = 0.8;
/**
 * The monitoring of one task's training-month models on a later data cut (models/monitoring.json),
 * as the build writes it and the page reads it.
 */
export type TaskMonitoring = {
    status: "monitored";
    trainingMonth: string;
    trainingCutDate: string;
    months: string[];
    /** The cut's rows after the training cut, scored by the training month's models: date, label, p_logistic, p_mlp. */
    scored: Columnar;
    drift: DriftCell[];
    decay: {
        p_logistic: DecayMonth[];
        p_mlp: DecayMonth[];
    };
} | {
    status: "training month" | "not monitored";
    trainingMonth: string | null;
    reason: string;
};
/** Calendar month (YYYY-MM) of a row's `date`. */
export declare const monthOfRow: (r: MonitoredRow) => string;
/** The distinct months of the rows, in order. */
export declare function rowMonths(rows: readonly MonitoredRow[]): string[];
/** KS statistic of every feature between the reference rows and the rows of each month. */
export declare function featureDriftByMonth(reference: readonly MonitoredRow[], rows: readonly MonitoredRow[], features: readonly string[], flag?: number): DriftCell[];
/** AUROC of the scores in column `key` by month, with the alert and warning levels. */
export declare function aurocByMonth(rows: readonly MonitoredRow[], key: string, alert?: number, warn?: number): DecayMonth[];
