/**
 * Monitoring a deployed prediction model over calendar months: feature drift (two-sample
 * Kolmogorov–Smirnov statistic of each feature between the training rows and each month's rows,
 * flagged above 0.2) and performance decay (AUROC by month, alert below 0.75, warning below 0.80).
 * One implementation for the build (which monitors the training month's model on every later
 * data cut) and the page (which re-derives the figures from the rows).
 */
import { ksStatistic } from "./ks-statistic.js";
import { rocAuc } from "./roc.js";
/** Rows of a columnar table as objects. */
export function columnarRows(c) {
    return c.rows.map((r) => Object.fromEntries(c.columns.map((name, j) => [name, r[j] ?? null])));
}
export const DRIFT_FLAG = 0.2;
export const DECAY_ALERT = 0.75;
export const DECAY_WARNING = 0.8;
/** Calendar month (YYYY-MM) of a row's `date`. */
export const monthOfRow = (r) => String(r.date).slice(0, 7);
/** The distinct months of the rows, in order. */
export function rowMonths(rows) {
    return [...new Set(rows.map(monthOfRow))].sort();
}
/** KS statistic of every feature between the reference rows and the rows of each month. */
export function featureDriftByMonth(reference, rows, features, flag = DRIFT_FLAG) {
    const months = rowMonths(rows);
    const byMonth = new Map(months.map((m) => [m, rows.filter((r) => monthOfRow(r) === m)]));
    const cells = [];
    for (const feature of features) {
        const ref = reference.map((r) => r[feature]).filter((x) => typeof x === "number");
        for (const month of months) {
            const cur = byMonth.get(month).map((r) => r[feature]).filter((x) => typeof x === "number");
            const ks = ref.length && cur.length ? ksStatistic(ref, cur) : null;
            cells.push({ feature, month, ks, flagged: ks !== null && ks > flag, n: cur.length });
        }
    }
    return cells;
}
/** AUROC of the scores in column `key` by month, with the alert and warning levels. */
export function aurocByMonth(rows, key, alert = DECAY_ALERT, warn = DECAY_WARNING) {
    return rowMonths(rows).map((month) => {
        const sub = rows.filter((r) => monthOfRow(r) === month);
        const events = sub.filter((r) => r.label === 1).length;
        const auroc = events > 0 && events < sub.length ? rocAuc(sub.map((r) => r[key]), sub.map((r) => r.label)) : null;
        const status = auroc === null ? "too few events" : auroc < alert ? "alert" : auroc < warn ? "warning" : "ok";
        return { month, rows: sub.length, events, auroc, status };
    });
}
