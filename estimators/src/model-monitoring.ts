/**
 * Monitoring a deployed prediction model over calendar months: feature drift (two-sample
 * Kolmogorov–Smirnov statistic of each feature between the training rows and each month's rows,
 * flagged above 0.2) and performance decay (AUROC by month, alert below 0.75, warning below 0.80).
 * One implementation for the build (which monitors the training month's model on every later
 * data cut) and the page (which re-derives the figures from the rows).
 */
import { ksStatistic } from "./ks-statistic.js";
import { rocAuc } from "./roc.js";

/** A row as the monitoring reads it: `date` (ISO, its first 7 characters are the month), `label`, scores and features. */
export type MonitoredRow = Record<string, string | number | null>;

/** A table as column names and rows of values (how the model artifacts store rows compactly). */
export interface Columnar {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** Rows of a columnar table as objects. */
export function columnarRows(c: Columnar): MonitoredRow[] {
  return c.rows.map((r) => Object.fromEntries(c.columns.map((name, j) => [name, r[j] ?? null])));
}

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

export const DRIFT_FLAG = 0.2;
export const DECAY_ALERT = 0.75;
export const DECAY_WARNING = 0.8;

/**
 * The monitoring of one task's training-month models on a later data cut (models/monitoring.json),
 * as the build writes it and the page reads it.
 */
export type TaskMonitoring =
  | {
      status: "monitored";
      trainingMonth: string;
      trainingCutDate: string;
      months: string[];
      /** The cut's rows after the training cut, scored by the training month's models: date, label, p_logistic, p_mlp. */
      scored: Columnar;
      drift: DriftCell[];
      decay: { p_logistic: DecayMonth[]; p_mlp: DecayMonth[] };
    }
  | { status: "training month" | "not monitored"; trainingMonth: string | null; reason: string };

/** Calendar month (YYYY-MM) of a row's `date`. */
export const monthOfRow = (r: MonitoredRow): string => String(r.date).slice(0, 7);

/** The distinct months of the rows, in order. */
export function rowMonths(rows: readonly MonitoredRow[]): string[] {
  return [...new Set(rows.map(monthOfRow))].sort();
}

/** KS statistic of every feature between the reference rows and the rows of each month. */
export function featureDriftByMonth(reference: readonly MonitoredRow[], rows: readonly MonitoredRow[], features: readonly string[], flag = DRIFT_FLAG): DriftCell[] {
  const months = rowMonths(rows);
  const byMonth = new Map(months.map((m) => [m, rows.filter((r) => monthOfRow(r) === m)]));
  const cells: DriftCell[] = [];
  for (const feature of features) {
    const ref = reference.map((r) => r[feature]).filter((x): x is number => typeof x === "number");
    for (const month of months) {
      const cur = (byMonth.get(month) as MonitoredRow[]).map((r) => r[feature]).filter((x): x is number => typeof x === "number");
      const ks = ref.length && cur.length ? ksStatistic(ref, cur) : null;
      cells.push({ feature, month, ks, flagged: ks !== null && ks > flag, n: cur.length });
    }
  }
  return cells;
}

/** AUROC of the scores in column `key` by month, with the alert and warning levels. */
export function aurocByMonth(rows: readonly MonitoredRow[], key: string, alert = DECAY_ALERT, warn = DECAY_WARNING): DecayMonth[] {
  return rowMonths(rows).map((month) => {
    const sub = rows.filter((r) => monthOfRow(r) === month);
    const events = sub.filter((r) => r.label === 1).length;
    const auroc =
      events > 0 && events < sub.length
        ? rocAuc(
            sub.map((r) => r[key] as number),
            sub.map((r) => r.label as number),
          )
        : null;
    const status = auroc === null ? "too few events" : auroc < alert ? "alert" : auroc < warn ? "warning" : "ok";
    return { month, rows: sub.length, events, auroc, status };
  });
}
