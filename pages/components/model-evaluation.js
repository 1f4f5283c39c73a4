/**
 * Evaluation of the build's prediction models in the page: the artifacts' test predictions are
 * re-scored here with the same estimator code the build used (metrics, curves, calibration,
 * fairness slices, drift, decay, decision thresholds). Pure functions returning data; the pages draw.
 */
import { confusionMatrix, costCurve, columnarRows, DRIFT_FLAG, featureDriftByMonth, rowMonths, linearRisk, minimumCost, precisionRecallCurve, predictionMetrics, recalibrate, reliabilityCurve, riskContributions, rocAuc, rocCurve, scaleFeatures, } from "@trial/estimators";
export { columnarRows };
const scores = (rows, key) => rows.map((r) => r[key]);
const labels = (rows) => rows.map((r) => r.label);
/** The headline metrics of the predictions in column `key` (as the build computed them). */
export function headlineMetrics(rows, key) {
    return predictionMetrics(scores(rows, key), labels(rows));
}
/** Largest relative difference between the page's metrics and the build's (0 when identical). */
export function metricsDifference(page, build) {
    let worst = 0;
    for (const k of Object.keys(build))
        worst = Math.max(worst, Math.abs(page[k] - build[k]) / Math.max(1e-12, Math.abs(build[k])));
    return worst;
}
/** ROC and PR curve points for plotting. */
export function curves(rows, key) {
    const p = scores(rows, key);
    const y = labels(rows);
    const roc = rocCurve(p, y);
    const pr = precisionRecallCurve(p, y);
    return {
        roc: roc.fpr.map((fpr, i) => ({ fpr, tpr: roc.tpr[i] })),
        pr: pr.recall.map((recall, i) => ({ recall, precision: pr.precision[i] })),
        reliability: reliabilityCurve(p, y, 10),
        prevalence: y.filter((v) => v === 1).length / y.length,
    };
}
/** AUROC by sex and by age group (< 65, ≥ 65) and the largest gap within each attribute. */
export function fairness(rows, key) {
    const slices = [
        { attribute: "sex", group: "female", filter: (r) => r.female === 1 },
        { attribute: "sex", group: "male", filter: (r) => r.female === 0 },
        { attribute: "age", group: "< 65", filter: (r) => r.age < 65 },
        { attribute: "age", group: "≥ 65", filter: (r) => r.age >= 65 },
    ];
    const groups = slices.map((s) => {
        const sub = rows.filter(s.filter);
        const events = sub.filter((r) => r.label === 1).length;
        const auroc = events > 0 && events < sub.length ? rocAuc(scores(sub, key), labels(sub)) : null;
        return { attribute: s.attribute, group: s.group, rows: sub.length, events, auroc };
    });
    const gaps = ["sex", "age"].map((attribute) => {
        const a = groups.filter((g) => g.attribute === attribute && g.auroc !== null).map((g) => g.auroc);
        return { attribute, gap: a.length === 2 ? Math.abs(a[0] - a[1]) : null };
    });
    return { groups, gaps };
}
/**
 * Kolmogorov–Smirnov statistic of each feature between the training rows (reference) and the test
 * rows of each calendar month of prediction; flagged above `flag`. The `top` features with the
 * largest statistic are the ones drawn.
 */
export function drift(reference, test, features, flag = DRIFT_FLAG, top = 20) {
    const cells = featureDriftByMonth(reference, test, features, flag);
    return { months: rowMonths(test), cells, ...topDrift(cells, top) };
}
/** The `top` features with the largest KS statistic in any month, and their cells. */
export function topDrift(cells, top = 20) {
    const worst = new Map();
    for (const c of cells)
        worst.set(c.feature, Math.max(worst.get(c.feature) ?? 0, c.ks ?? 0));
    const shown = [...worst.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([f]) => f);
    return { shown, topCells: cells.filter((c) => shown.includes(c.feature)) };
}
/** Cost curve and its minimum for the given costs. */
export function costAnalysis(rows, key, costIntervention, costEvent) {
    const curve = costCurve(scores(rows, key), labels(rows), costIntervention, costEvent);
    return { curve, best: minimumCost(curve) };
}
export const STRATA = [
    { name: "critical", action: "Site call within 48 h; retention visit with the investigator" },
    { name: "high", action: "Coordinator call this week; review burden (visits, adverse events)" },
    { name: "moderate", action: "Reminder and flexible scheduling of the next visit" },
    { name: "low", action: "Routine follow-up" },
];
/**
 * Lower risk bounds of the strata relative to a reference risk r: 2r, r, r/2 and 0. On the dropout
 * page r is the break-even risk c_I/c_E (acting pays off in expectation above it, for calibrated
 * risks); on the adverse-event page, the alert threshold.
 */
export function strataBounds(threshold) {
    return [Math.min(1, 2 * threshold), threshold, threshold / 2, 0];
}
/** Each subject's latest test row (the current risk), with its stratum (bounds from `reference`). */
export function currentRisk(rows, key, reference) {
    const latest = new Map();
    for (const r of rows) {
        const prev = latest.get(String(r.subject_id));
        if (!prev || r.t > prev.t)
            latest.set(String(r.subject_id), r);
    }
    const bounds = strataBounds(reference);
    const subjects = [...latest.values()].map((r) => {
        const p = r[key];
        const k = bounds.findIndex((b) => p >= b);
        return { ...r, risk: p, stratum: STRATA[k]?.name ?? "low" };
    });
    const strata = STRATA.map((s, k) => ({
        stratum: s.name,
        from: bounds[k],
        to: k === 0 ? 1 : bounds[k - 1],
        subjects: subjects.filter((x) => x.stratum === s.name).length,
        action: s.action,
    }));
    return { subjects, strata };
}
/** Alerts at a threshold: per week of prediction dates, precision and recall. */
export function alertStats(rows, key, threshold) {
    const m = confusionMatrix(scores(rows, key), labels(rows), threshold);
    const days = rows.map((r) => Date.parse(`${String(r.date)}T00:00:00Z`) / 86400000);
    const weeks = Math.max(1, (Math.max(...days) - Math.min(...days) + 1) / 7);
    return { ...m, alerts: m.tp + m.fp, weeks, alertsPerWeek: (m.tp + m.fp) / weeks };
}
/** The logistic model's risk of one row and the features that drive it (βⱼzⱼ on the log-odds). */
export function logisticExplanation(a, row) {
    const z = scaleFeatures(a.scaling, row);
    return {
        risk: recalibrate(a.logistic.recalibration, linearRisk(a.logistic, z)),
        contributions: riskContributions(a.logistic, z, a.features).map((c) => ({ ...c, raw: row[c.feature] ?? null })),
        z,
    };
}
/** Standardised feature matrix of rows (the MLP's input). */
export function scaledMatrix(a, rows) {
    return rows.map((r) => scaleFeatures(a.scaling, r));
}
/** Decodes the model's base64 weights into an ArrayBuffer for tf.io.fromMemory. */
export function weightData(a) {
    const text = atob(a.mlp.model.weightDataBase64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++)
        bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
}
