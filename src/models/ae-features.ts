/**
 * Adverse-event prediction rows, point in time correct: each subject every `stepDays` study days
 * while on study, the features known at that day t, and whether an adverse event starts in
 * (t, t + windowDays]. (Patient-day rows on a 14-day grid: features change only when something is
 * measured, so the daily rows in between carry the same values and are not needed for training.)
 *
 * Features, from visits attended and events with onset on or before t:
 *   <vital>_<stat>_<w>d  mean, std (population), min, max over the last w days (w = 35, 91) of
 *                        heart_rate, sbp, dbp, temperature, weight (null when none in the window)
 *   <vital>_slope        least-squares slope per 28 days over all attended visits (0 with fewer than 2)
 *   <vital|lab>_change   latest − baseline (visit 0)
 *   <lab>                latest alt, creatinine, hemoglobin; alt_log2 = log2(alt/25)
 *   dose_mg, compliance, days_on_drug (t on active drug, 0 on control)
 *   days_since_visit, missed_visits, vitals_missing_35d (no visit in the last 35 days)
 *   prior_aes, days_since_ae (capped at 365), age, female, treated, days_on_study
 */
import { log2, square } from "@trial/estimators";
import { cutStudyDay, onStudyAt, studyDayDate, type PredictionRow } from "./prediction-rows.ts";
import { knownAt, LABS, VITALS, type SubjectHistory, type VisitRecord } from "./subject-history.ts";
import { VISIT_WINDOW_DAYS } from "./dropout-features.ts";

export const AE_WINDOWS = [35, 91] as const;
const STATS = ["mean", "std", "min", "max"] as const;

export const AE_FEATURES: string[] = [
  ...VITALS.flatMap((v) => AE_WINDOWS.flatMap((w) => STATS.map((s) => `${v}_${s}_${w}d`))),
  ...VITALS.map((v) => `${v}_slope`),
  ...[...VITALS, ...LABS].map((v) => `${v}_change`),
  ...LABS,
  "alt_log2",
  "dose_mg",
  "compliance",
  "days_on_drug",
  "days_since_visit",
  "missed_visits",
  "vitals_missing_35d",
  "prior_aes",
  "days_since_ae",
  "age",
  "female",
  "treated",
  "days_on_study",
];

function windowStats(values: number[]): Record<(typeof STATS)[number], number | null> {
  if (values.length === 0) return { mean: null, std: null, min: null, max: null };
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, x) => s + square(x - mean), 0) / values.length);
  return { mean, std, min: Math.min(...values), max: Math.max(...values) };
}

function slopePer28(points: Array<[number, number]>): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  const sxx = points.reduce((s, p) => s + square(p[0] - mx), 0);
  if (sxx === 0) return 0;
  return (points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / sxx) * 28;
}

const measured = (visits: VisitRecord[], c: string): Array<[number, number]> =>
  visits.filter((v) => v.values[c] !== null && v.values[c] !== undefined).map((v) => [v.day as number, v.values[c] as number]);

/** The adverse-event features of subject h at study day t, from what is known at t only. */
export function aeFeaturesAt(h: SubjectHistory, t: number): Record<string, number | null> {
  const known = knownAt(h, t);
  const f: Record<string, number | null> = {};
  const baseline = known.visits.find((v) => v.visitNumber === 0);
  for (const c of [...VITALS, ...LABS]) {
    const pts = measured(known.visits, c);
    const latest = pts.length > 0 ? (pts[pts.length - 1] as [number, number])[1] : null;
    const base = baseline?.values[c] ?? null;
    f[`${c}_change`] = latest !== null && base !== null ? latest - base : null;
    if ((LABS as readonly string[]).includes(c)) f[c] = latest;
    else {
      for (const w of AE_WINDOWS) {
        const s = windowStats(pts.filter(([d]) => d > t - w).map(([, x]) => x));
        for (const k of STATS) f[`${c}_${k}_${w}d`] = s[k];
      }
      f[`${c}_slope`] = slopePer28(pts);
    }
  }
  f.alt_log2 = f.alt === null || f.alt === undefined ? null : log2((f.alt as number) / 25);
  const last = known.visits[known.visits.length - 1];
  f.dose_mg = last?.values.dose_mg ?? null;
  f.compliance = [...known.visits].reverse().find((v) => v.values.compliance !== null)?.values.compliance ?? null;
  f.days_on_drug = h.treated ? t : 0;
  f.days_since_visit = last ? t - (last.day as number) : t;
  const expected = h.visits.filter((v) => v.visitNumber >= 1 && (v.scheduledDay + VISIT_WINDOW_DAYS <= t || (v.day !== null && v.day <= t))).length;
  f.missed_visits = Math.max(0, expected - known.visits.filter((v) => v.visitNumber >= 1).length);
  f.vitals_missing_35d = known.visits.some((v) => (v.day as number) > t - 35) ? 0 : 1;
  f.prior_aes = known.events.length;
  const lastAe = known.events[known.events.length - 1];
  f.days_since_ae = lastAe ? Math.min(365, t - lastAe.day) : 365;
  f.age = h.age;
  f.female = h.female;
  f.treated = h.treated;
  f.days_on_study = t;
  return f;
}

/**
 * Rows at t = stepDays, 2·stepDays, ... while the subject is on study at t and the label window
 * (t, t + windowDays] ends on or before the cut. Label: an adverse-event onset in that window.
 */
export function aeRows(histories: readonly SubjectHistory[], cutEpochDay: number, stepDays = 14, windowDays = 14): PredictionRow[] {
  const rows: PredictionRow[] = [];
  for (const h of histories) {
    const cut = cutStudyDay(h, cutEpochDay);
    for (let t = stepDays; onStudyAt(h, t) && t + windowDays <= cut; t += stepDays) {
      const label = h.events.some((e) => e.day > t && e.day <= t + windowDays) ? 1 : 0;
      rows.push({ subject_id: h.id, t, date: studyDayDate(h, t), label, female: h.female, age: h.age, features: aeFeaturesAt(h, t) });
    }
  }
  return rows;
}
