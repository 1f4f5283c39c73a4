/**
 * The overview and portfolio pages' counts, computed from the snapshot rows in plain JavaScript.
 *
 * These pages used to load DuckDB-WASM (a 35 MB WebAssembly module) for a GROUP BY and a running
 * count; a loop over at most a few thousand rows does the same in well under a millisecond, so the
 * pages that only count stay light (issue 12: under 6 MB and numbers on screen within a second).
 * Pages that let the user write SQL (Explore, the custom enrolment page) still use DuckDB-WASM.
 */

import { cutDate, formatInt } from "./format.js";

/** A subject row as `subjectRows` returns it (dates are milliseconds since the epoch, as Arrow gives them). */
export type SubjectRecord = Record<string, unknown>;

export interface ArmEnrolment {
  arm: string;
  enrolled: number;
  discontinued: number;
  completed: number;
  /** Subjects whose primary outcome is not null. */
  outcomeAvailable: number;
  firstEnrolled: Date | null;
  lastEnrolled: Date | null;
}

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  throw new Error(`enrol_date: expected a date, got ${JSON.stringify(value)}`);
};

/**
 * Enrolled, discontinued, completed and outcome-available counts by arm, in the study's arm order
 * (arms absent from `armOrder` follow, alphabetically).
 *
 * @param rows subject rows with `arm`, `disposition`, `enrol_date` and the outcome column
 * @param options.armOrder the study's arm codes in display order
 * @param options.outcome the primary outcome's column
 * @example
 * enrolmentByArm([{arm: "T", disposition: "completed", enrol_date: 0, y: 1}], {armOrder: ["C", "T"], outcome: "y"})
 * // => [{arm: "T", enrolled: 1, discontinued: 0, completed: 1, outcomeAvailable: 1, firstEnrolled: Date(0), lastEnrolled: Date(0)}]
 */
export function enrolmentByArm(rows: readonly SubjectRecord[], options: { armOrder: readonly string[]; outcome: string }): ArmEnrolment[] {
  const byArm = new Map<string, ArmEnrolment>();
  for (const row of rows) {
    const arm = String(row.arm);
    let counts = byArm.get(arm);
    if (!counts) {
      counts = { arm, enrolled: 0, discontinued: 0, completed: 0, outcomeAvailable: 0, firstEnrolled: null, lastEnrolled: null };
      byArm.set(arm, counts);
    }
    counts.enrolled++;
    if (row.disposition === "discontinued") counts.discontinued++;
    if (row.disposition === "completed") counts.completed++;
    const outcome = row[options.outcome];
    if (outcome !== null && outcome !== undefined) counts.outcomeAvailable++;
    const date = asDate(row.enrol_date);
    if (date !== null) {
      if (counts.firstEnrolled === null || date < counts.firstEnrolled) counts.firstEnrolled = date;
      if (counts.lastEnrolled === null || date > counts.lastEnrolled) counts.lastEnrolled = date;
    }
  }
  const rank = (arm: string) => {
    const i = options.armOrder.indexOf(arm);
    return i === -1 ? options.armOrder.length : i;
  };
  return [...byArm.values()].sort((a, b) => rank(a.arm) - rank(b.arm) || (a.arm < b.arm ? -1 : a.arm > b.arm ? 1 : 0));
}

export interface CumulativeEnrolmentPoint {
  arm: string;
  date: Date;
  /** Subjects of the arm enrolled on or before this subject (ties broken by subject id). */
  cumulative: number;
}

/**
 * One point per subject: the arm's running count of enrolled subjects, ordered by enrolment date
 * and subject id within each arm (subjects without an enrolment date are left out).
 *
 * @example
 * cumulativeEnrolment([{arm: "C", enrol_date: 86400000, subject_id: "2"}, {arm: "C", enrol_date: 0, subject_id: "1"}])
 * // => [{arm: "C", date: Date(0), cumulative: 1}, {arm: "C", date: Date(86400000), cumulative: 2}]
 */
export function cumulativeEnrolment(rows: readonly SubjectRecord[]): CumulativeEnrolmentPoint[] {
  const dated = rows
    .map((row) => ({ arm: String(row.arm), date: asDate(row.enrol_date), id: String(row.subject_id) }))
    .filter((r): r is { arm: string; date: Date; id: string } => r.date !== null)
    .sort((a, b) => (a.arm < b.arm ? -1 : a.arm > b.arm ? 1 : 0) || a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Map<string, number>();
  return dated.map(({ arm, date }) => {
    const n = (seen.get(arm) ?? 0) + 1;
    seen.set(arm, n);
    return { arm, date, cumulative: n };
  });
}

/**
 * The latest data cut of every study in the portfolio table, ordered by study.
 *
 * @example
 * latestCutByStudy([{study: "A", month: "2025-01"}, {study: "A", month: "2025-02"}]) // => [{study: "A", month: "2025-02"}]
 */
export function latestCutByStudy<T extends { study: string; month: string }>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const current = latest.get(row.study);
    if (!current || row.month > current.month) latest.set(row.study, row);
  }
  return [...latest.values()].sort((a, b) => (a.study < b.study ? -1 : a.study > b.study ? 1 : 0));
}

/** A portfolio row of the studies.json entry these pages read. */
export interface PortfolioStudy {
  id: string;
  title: string;
  assignment: string;
  primaryOutcome: string;
  outcome: string;
  arms: ReadonlyArray<{ code: string; label: string }>;
}

/** One row of portfolio.json (a study-month's counts; `arm_counts` is JSON text, arm code → enrolled). */
export interface PortfolioCut {
  study: string;
  month: string;
  enrolled: number;
  arm_counts: string;
  discontinued: number;
  outcome_available: number;
}

/**
 * The portfolio page's table: each study at its latest cut, with its enrolment by arm
 * ("Placebo 86 · Active 84"), design and primary outcome.
 *
 * @throws Error naming a study of portfolio.json that studies.json does not list
 */
export function portfolioRows(portfolio: readonly PortfolioCut[], studies: readonly PortfolioStudy[]) {
  const byId = new Map(studies.map((s) => [s.id, s]));
  return latestCutByStudy(portfolio).map((r) => {
    const s = byId.get(r.study);
    if (s === undefined) throw new Error(`portfolio.json lists study ${r.study}, which studies.json does not`);
    const counts = JSON.parse(r.arm_counts) as Record<string, number>;
    return {
      study: r.study,
      title: s.title,
      latest_cut: r.month,
      cut_date: cutDate(r.month),
      enrolled: r.enrolled,
      arms: s.arms.map((a) => `${a.label} ${formatInt(counts[a.code] ?? 0)}`).join(" · "),
      discontinued: r.discontinued,
      outcome_available: r.outcome_available,
      design: s.assignment === "randomized" ? "randomized" : "observational",
      outcome: `${s.primaryOutcome} (${s.outcome})`,
    };
  });
}

export interface DispositionCount {
  arm: string;
  disposition: string;
  /** The discontinuation reason, "" when there is none. */
  reason: string;
  n: number;
}

/**
 * Subjects by arm, disposition and discontinuation reason, ordered by those three.
 *
 * @example
 * dispositionCounts([{arm: "C", disposition: "discontinued", disc_reason: "AE"}, {arm: "C", disposition: "completed", disc_reason: null}])
 * // => [{arm: "C", disposition: "completed", reason: "", n: 1}, {arm: "C", disposition: "discontinued", reason: "AE", n: 1}]
 */
export function dispositionCounts(rows: readonly SubjectRecord[]): DispositionCount[] {
  const counts = new Map<string, DispositionCount>();
  for (const row of rows) {
    const arm = String(row.arm);
    const disposition = String(row.disposition);
    const reason = row.disc_reason === null || row.disc_reason === undefined ? "" : String(row.disc_reason);
    const key = JSON.stringify([arm, disposition, reason]);
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { arm, disposition, reason, n: 1 });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.values()].sort((a, b) => cmp(a.arm, b.arm) || cmp(a.disposition, b.disposition) || cmp(a.reason, b.reason));
}
