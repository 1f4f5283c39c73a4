/**
 * Adverse-event monitoring features at deployment volume, in DuckDB (Node): vitals every 5 minutes,
 * labs daily, medications as events, and per patient, point in time correct (every window ends at
 * the row's own time; nothing after it is read):
 *   - rolling mean, SD, min, max of heart rate, systolic BP, SpO2 and temperature over 1 h, 6 h, 24 h;
 *   - trend: least-squares slope over 6 h (per hour);
 *   - change from baseline: value − the patient's mean over the first 24 h (null until 24 h have passed);
 *   - latest lab (ALT, creatinine) at or before the time (ASOF join) and its change from the first lab;
 *   - medication doses in the last 24 h.
 * Features are written for the hourly prediction times (the last reading of each hour).
 *
 * The synthetic data are deterministic (hash-based noise, no random()): the same size gives the
 * same rows. Times are seconds from the start of monitoring.
 */
export interface MonitoringSize {
    patients: number;
    days: number;
    /** Seconds between vitals readings (300 = 5 minutes). */
    stepSeconds: number;
}
/** SQL creating tables patients, vitals, labs and medications of the given size. */
export declare function generateMonitoringSql(size: MonitoringSize): string[];
/**
 * SQL writing the hourly feature rows to `target` (a table name). The prediction time of hour h is
 * its last reading, T = h·3600 + 3600 − step. One pass groups the readings into patient-hours
 * (count, Σx, Σx², min, max, Σt, Σt², Σtx, last value); the 1 h / 6 h / 24 h windows are then the
 * current hour and the 5 or 23 before it, which hold exactly the readings in (T − w, T]: nothing
 * after T enters a feature. Mean, SD and slope come from the sums.
 */
export declare function monitoringFeaturesSql(target: string, stepSeconds: number): string[];
