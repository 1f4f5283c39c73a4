/**
 * Evaluation of the build's prediction models in the page: the artifacts' test predictions are
 * re-scored here with the same estimator code the build used (metrics, curves, calibration,
 * fairness slices, drift, decay, decision thresholds). Pure functions returning data; the pages draw.
 */
import {
  confusionMatrix,
  costCurve,
  columnarRows,
  decodeBase64,
  denseNetworkFromTfjs,
  predictDenseNetwork,
  DRIFT_FLAG,
  featureDriftByMonth,
  rowMonths,
  type Columnar,
  type DriftCell,
  type PredictionMetrics,
  linearRisk,
  minimumCost,
  precisionRecallCurve,
  predictionMetrics,
  recalibrate,
  reliabilityCurve,
  riskContributions,
  rocAuc,
  rocCurve,
  scaleFeatures,
  type CostPoint,
} from "@trial/estimators";
import type { TaskArtifact } from "@trial/foundation";

export type { Columnar };
export type Metrics = PredictionMetrics;

export type { TaskArtifact };

export type Row = Record<string, string | number | null>;
export type ModelKey = "p_mlp" | "p_logistic";

export { columnarRows };

const scores = (rows: Row[], key: ModelKey) => rows.map((r) => r[key] as number);
const labels = (rows: Row[]) => rows.map((r) => r.label as number);

/** The headline metrics of the predictions in column `key` (as the build computed them). */
export function headlineMetrics(rows: Row[], key: ModelKey): Metrics {
  return predictionMetrics(scores(rows, key), labels(rows));
}

/** ROC and PR curve points for plotting. */
export function curves(rows: Row[], key: ModelKey) {
  const p = scores(rows, key);
  const y = labels(rows);
  const roc = rocCurve(p, y);
  const pr = precisionRecallCurve(p, y);
  return {
    roc: roc.fpr.map((fpr, i) => ({ fpr, tpr: roc.tpr[i] as number })),
    pr: pr.recall.map((recall, i) => ({ recall, precision: pr.precision[i] as number })),
    reliability: reliabilityCurve(p, y, 10),
    prevalence: y.filter((v) => v === 1).length / y.length,
  };
}

/** AUROC by sex and by age group (< 65, ≥ 65) and the largest gap within each attribute. */
export function fairness(rows: Row[], key: ModelKey) {
  const slices: Array<{ attribute: string; group: string; filter: (r: Row) => boolean }> = [
    { attribute: "sex", group: "female", filter: (r) => r.female === 1 },
    { attribute: "sex", group: "male", filter: (r) => r.female === 0 },
    { attribute: "age", group: "< 65", filter: (r) => (r.age as number) < 65 },
    { attribute: "age", group: "≥ 65", filter: (r) => (r.age as number) >= 65 },
  ];
  const groups = slices.map((s) => {
    const sub = rows.filter(s.filter);
    const events = sub.filter((r) => r.label === 1).length;
    const auroc = events > 0 && events < sub.length ? rocAuc(scores(sub, key), labels(sub)) : null;
    return { attribute: s.attribute, group: s.group, rows: sub.length, events, auroc };
  });
  const gaps = ["sex", "age"].map((attribute) => {
    const a = groups.filter((g) => g.attribute === attribute && g.auroc !== null).map((g) => g.auroc as number);
    return { attribute, gap: a.length === 2 ? Math.abs((a[0] as number) - (a[1] as number)) : null };
  });
  return { groups, gaps };
}

/**
 * Kolmogorov–Smirnov statistic of each feature between the training rows (reference) and the test
 * rows of each calendar month of prediction; flagged above `flag`. The `top` features with the
 * largest statistic are the ones drawn.
 */
export function drift(reference: Row[], test: Row[], features: readonly string[], flag = DRIFT_FLAG, top = 20) {
  const cells = featureDriftByMonth(reference, test, features, flag);
  return { months: rowMonths(test), cells, ...topDrift(cells, top) };
}

/** The `top` features with the largest KS statistic in any month, and their cells. */
export function topDrift(cells: DriftCell[], top = 20) {
  const worst = new Map<string, number>();
  for (const c of cells) worst.set(c.feature, Math.max(worst.get(c.feature) ?? 0, c.ks ?? 0));
  const shown = [...worst.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([f]) => f);
  return { shown, topCells: cells.filter((c) => shown.includes(c.feature)) };
}

/** Cost curve and its minimum for the given costs. */
export function costAnalysis(rows: Row[], key: ModelKey, costIntervention: number, costEvent: number): { curve: CostPoint[]; best: CostPoint } {
  const curve = costCurve(scores(rows, key), labels(rows), costIntervention, costEvent);
  return { curve, best: minimumCost(curve) };
}

export const STRATA = [
  { name: "critical", action: "Site call within 48 h; retention visit with the investigator" },
  { name: "high", action: "Coordinator call this week; review burden (visits, adverse events)" },
  { name: "moderate", action: "Reminder and flexible scheduling of the next visit" },
  { name: "low", action: "Routine follow-up" },
] as const;

/**
 * Lower risk bounds of the strata relative to a reference risk r: 2r, r, r/2 and 0. On the dropout
 * page r is the break-even risk c_I/c_E (acting pays off in expectation above it, for calibrated
 * risks); on the adverse-event page, the alert threshold.
 */
export function strataBounds(threshold: number): number[] {
  return [Math.min(1, 2 * threshold), threshold, threshold / 2, 0];
}

/** Each subject's latest test row (the current risk), with its stratum (bounds from `reference`). */
export function currentRisk(rows: Row[], key: ModelKey, reference: number) {
  const latest = new Map<string, Row>();
  for (const r of rows) {
    const prev = latest.get(String(r.subject_id));
    if (!prev || (r.t as number) > (prev.t as number)) latest.set(String(r.subject_id), r);
  }
  const bounds = strataBounds(reference);
  const subjects = [...latest.values()].map((r) => {
    const p = r[key] as number;
    const k = bounds.findIndex((b) => p >= b);
    return { ...r, risk: p, stratum: STRATA[k]?.name ?? "low" };
  });
  const strata = STRATA.map((s, k) => ({
    stratum: s.name,
    from: bounds[k] as number,
    to: k === 0 ? 1 : (bounds[k - 1] as number),
    subjects: subjects.filter((x) => x.stratum === s.name).length,
    action: s.action,
  }));
  return { subjects, strata };
}

/** Alerts at a threshold: per week of prediction dates, precision and recall. */
export function alertStats(rows: Row[], key: ModelKey, threshold: number) {
  const m = confusionMatrix(scores(rows, key), labels(rows), threshold);
  const days = rows.map((r) => Date.parse(`${String(r.date)}T00:00:00Z`) / 86400000);
  const weeks = Math.max(1, (Math.max(...days) - Math.min(...days) + 1) / 7);
  return { ...m, alerts: m.tp + m.fp, weeks, alertsPerWeek: (m.tp + m.fp) / weeks };
}

/** The logistic model's risk of one row and the features that drive it (βⱼzⱼ on the log-odds). */
export function logisticExplanation(a: TaskArtifact, row: Row) {
  const z = scaleFeatures(a.scaling, row as Record<string, number | null>);
  return {
    risk: recalibrate(a.logistic.recalibration, linearRisk(a.logistic, z)),
    contributions: riskContributions(a.logistic, z, a.features).map((c) => ({ ...c, raw: row[c.feature] ?? null })),
    z,
  };
}

/**
 * Both models' predictions for the rows, recomputed from the artifact with the build's code: the
 * logistic model's linear risk and the MLP through the estimators' engine-independent forward pass
 * (not TF.js, whose float32 kernels may round differently in each engine), each recalibrated as
 * the build recalibrated it. On the stored test rows these equal `p_mlp` and `p_logistic` bit for
 * bit; the page checks that with the site's agreement rule.
 */
export function recomputedPredictions(a: TaskArtifact, rows: Row[]): { p_mlp: number[]; p_logistic: number[] } {
  const Z = scaledMatrix(a, rows);
  return {
    p_mlp: mlpPredictor(a)(Z),
    p_logistic: Z.map((z) => recalibrate(a.logistic.recalibration, linearRisk(a.logistic, z))),
  };
}

/**
 * The MLP as a function of standardised feature rows: the exported network's engine-independent
 * forward pass, recalibrated as the build recalibrated it.
 */
export function mlpPredictor(a: TaskArtifact): (Z: number[][]) => number[] {
  const network = denseNetworkFromTfjs(a.mlp.model as Parameters<typeof denseNetworkFromTfjs>[0], decodeBase64(a.mlp.model.weightDataBase64));
  return (Z) => predictDenseNetwork(network, Z).map((p) => recalibrate(a.mlp.recalibration, p));
}

/** The predictions stored with the test rows (what `recomputedPredictions` must reproduce). */
export function storedPredictions(rows: Row[]): { p_mlp: number[]; p_logistic: number[] } {
  return { p_mlp: scores(rows, "p_mlp"), p_logistic: scores(rows, "p_logistic") };
}

/** Standardised feature matrix of rows (the MLP's input). */
export function scaledMatrix(a: TaskArtifact, rows: Row[]): number[][] {
  return rows.map((r) => scaleFeatures(a.scaling, r as Record<string, number | null>));
}
