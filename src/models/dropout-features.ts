/**
 * Dropout prediction rows: at each follow-up visit (its day when attended; the close of its window,
 * scheduled day + 3, when missed), the subject-level features known then, and whether the subject
 * discontinues within the horizon.
 *
 * Features (all from data on or before the prediction time t):
 *   visit_rate      attended / expected follow-up visits (expected: attended by t or window closed by t)
 *   missed_visits   expected − attended
 *   ae_rate         adverse events per 28 days on study, onsets ≤ t
 *   serious_aes     serious adverse events, onsets ≤ t
 *   recent_aes      adverse events with onset in (t − 28, t]
 *   burden          ae_rate × (1 − visit_rate), the burden interaction
 *   treated         arm (1 active, 0 control)
 *   dose_mg         dose at the last attended visit; dose_reduced: below the subject's first on-treatment dose
 *   compliance      share of planned doses at the last attended visit
 *   age, female, baseline_severity, days_on_study (= t)
 *   last_heart_rate, last_sbp, last_alt_log2
 *                   the latest measured heart rate, systolic pressure and log2(ALT/25): the
 *                   subject's physiological state, which drives the adverse events that lead to
 *                   discontinuation (null when never measured)
 */
import { log2 } from "@trial/estimators";
import { cutStudyDay, onStudyAt, studyDayDate, type PredictionRow } from "./prediction-rows.ts";
import { knownAt, type SubjectHistory } from "./subject-history.ts";

export const DROPOUT_FEATURES = [
  "visit_rate",
  "missed_visits",
  "ae_rate",
  "serious_aes",
  "recent_aes",
  "burden",
  "treated",
  "dose_mg",
  "dose_reduced",
  "compliance",
  "age",
  "female",
  "baseline_severity",
  "days_on_study",
  "last_heart_rate",
  "last_sbp",
  "last_alt_log2",
] as const;

/** Days after the scheduled day at which a visit's window closes. */
export const VISIT_WINDOW_DAYS = 3;

/** The dropout features of subject h at study day t, from what is known at t only. */
export function dropoutFeaturesAt(h: SubjectHistory, t: number): Record<string, number | null> {
  const known = knownAt(h, t);
  const attended = known.visits.filter((v) => v.visitNumber >= 1).length;
  const expected = h.visits.filter((v) => v.visitNumber >= 1 && (v.scheduledDay + VISIT_WINDOW_DAYS <= t || (v.day !== null && v.day <= t))).length;
  const visitRate = expected === 0 ? 1 : Math.min(1, attended / expected);
  const aeRate = (known.events.length / Math.max(t, 1)) * 28;
  const last = known.visits[known.visits.length - 1];
  const firstDose = known.visits.find((v) => v.visitNumber >= 1 && v.values.dose_mg !== null)?.values.dose_mg ?? null;
  const dose = last?.values.dose_mg ?? null;
  const latest = (c: string): number | null => [...known.visits].reverse().find((v) => v.values[c] !== null && v.values[c] !== undefined)?.values[c] ?? null;
  return {
    visit_rate: visitRate,
    missed_visits: Math.max(0, expected - attended),
    ae_rate: aeRate,
    serious_aes: known.events.filter((e) => e.serious).length,
    recent_aes: known.events.filter((e) => e.day > t - 28).length,
    burden: aeRate * (1 - visitRate),
    treated: h.treated,
    dose_mg: dose,
    dose_reduced: dose !== null && firstDose !== null && dose < firstDose ? 1 : 0,
    compliance: [...known.visits].reverse().find((v) => v.values.compliance !== null)?.values.compliance ?? null,
    age: h.age,
    female: h.female,
    baseline_severity: h.baselineSeverity,
    days_on_study: t,
    last_heart_rate: latest("heart_rate"),
    last_sbp: latest("sbp"),
    last_alt_log2: ((alt) => (alt === null || alt <= 0 ? null : log2(alt / 25)))(latest("alt")),
  };
}

/**
 * One row per subject and follow-up visit (t = the visit's day, or its window close when missed;
 * visits 1.. that the subject reached while still on study). A row's existence is known at t: the
 * visit happened at t, or its window closed at t. Rows are kept when the label is observable: t + horizon on or before the cut, or a
 * discontinuation inside the horizon. Label: discontinuation in (t, t + horizon].
 */
export function dropoutRows(histories: readonly SubjectHistory[], cutEpochDay: number, horizonDays = 28): PredictionRow[] {
  const rows: PredictionRow[] = [];
  for (const h of histories) {
    const cut = cutStudyDay(h, cutEpochDay);
    for (const v of h.visits) {
      if (v.visitNumber < 1) continue;
      const t = v.day ?? v.scheduledDay + VISIT_WINDOW_DAYS;
      if (!onStudyAt(h, t)) continue;
      const event = h.discDay !== null && h.discDay <= t + horizonDays;
      if (!event && t + horizonDays > cut) continue;
      rows.push({ subject_id: h.id, t, date: studyDayDate(h, t), label: event ? 1 : 0, female: h.female, age: h.age, features: dropoutFeaturesAt(h, t) });
    }
  }
  return rows;
}
