/**
 * The overview's enrolment cards, from the build's CONSORT log (consort.json: counts the snapshot
 * step wrote from the same subject rows as subjects.parquet). An aggregate the page has at once:
 * the numbers are on screen without parsing a patient-level file, and a locked page (encrypted
 * patient-level data, no passphrase yet) shows them too, from the build's locked view of the log
 * (`locked/consort.json`: counts under 5 subjects as "<5", src/analysis/locked-views.ts).
 *
 * Once the subject rows are loaded, `recountEnrolment` counts them again in the browser and the
 * page shows whether they equal the log's counts (an agreement badge, which the PDF printer checks).
 */
import { enrolmentByArm, type ArmEnrolment, type SubjectRecord } from "./enrolment-summary.js";
import { formatInt } from "./format.js";

/** What the cards read of consort.json (or of its locked view, whose hidden counts are text such as "<5"). */
export interface ConsortCounts<C extends number | string = number | string> {
  enrolled: C;
  arms: ReadonlyArray<{ code: string; label: string; allocated: C; discontinued: C; completed: C; analysed: C }>;
}

export interface EnrolmentCard {
  /** The arm's code, or null for the total. */
  arm: string | null;
  title: string;
  value: string;
  detail: string | null;
}

/**
 * The total card, then one card per arm in the log's (the study's) order.
 *
 * @param options.outcome the primary outcome's name, for "n with <outcome>"
 * @example
 * enrolmentCards({enrolled: 7, arms: [{code: "C", label: "Control", allocated: "<5", discontinued: 0, completed: "<5", analysed: "<5"}]}, {assignment: "randomized", outcome: "y"})[1]
 * // => {arm: "C", title: "Control (C)", value: "<5", detail: "0 discontinued · <5 with y"}
 */
export function enrolmentCards(consort: ConsortCounts, options: { assignment: string; outcome: string }): EnrolmentCard[] {
  const count = (n: number | string) => (typeof n === "string" ? n : formatInt(n));
  return [
    { arm: null, title: options.assignment === "randomized" ? "Randomized" : "Enrolled", value: count(consort.enrolled), detail: null },
    ...consort.arms.map((a) => ({
      arm: a.code,
      title: `${a.label} (${a.code})`,
      value: count(a.allocated),
      detail: `${count(a.discontinued)} discontinued · ${count(a.analysed)} with ${options.outcome}`,
    })),
  ];
}

/** The log's counts by arm, in the shape of `recountEnrolment`'s counts: what the agreement check compares. */
export function consortArmCounts(consort: ConsortCounts<number>): Array<{ arm: string; enrolled: number; discontinued: number; completed: number; outcomeAvailable: number }> {
  return consort.arms.map((a) => ({ arm: a.code, enrolled: a.allocated, discontinued: a.discontinued, completed: a.completed, outcomeAvailable: a.analysed }));
}

/** The log's counts recounted from the subject rows, and the rows' enrolment window. */
export interface EnrolmentRecount {
  /** In the log's arm order; an arm of the log with no row counts zero, and an arm of the rows absent from the log comes last (and so fails the check). */
  counts: Array<{ arm: string; enrolled: number; discontinued: number; completed: number; outcomeAvailable: number }>;
  /** First and last enrolment dates over every arm. */
  window: { first: Date | null; last: Date | null };
}

/** One pass over the subject rows (`enrolmentByArm`) gives both the recount and the window. */
export function recountEnrolment(rows: readonly SubjectRecord[], consort: Pick<ConsortCounts, "arms">, outcome: string): EnrolmentRecount {
  const known = consort.arms.map((a) => a.code);
  const byArm = enrolmentByArm(rows, { armOrder: known, outcome });
  const counted = new Map<string, ArmEnrolment>(byArm.map((c) => [c.arm, c]));
  const pick = (arm: string) => {
    const c = counted.get(arm);
    return { arm, enrolled: c?.enrolled ?? 0, discontinued: c?.discontinued ?? 0, completed: c?.completed ?? 0, outcomeAvailable: c?.outcomeAvailable ?? 0 };
  };
  let first: Date | null = null;
  let last: Date | null = null;
  for (const c of byArm) {
    if (c.firstEnrolled && (first === null || c.firstEnrolled < first)) first = c.firstEnrolled;
    if (c.lastEnrolled && (last === null || c.lastEnrolled > last)) last = c.lastEnrolled;
  }
  return { counts: [...known, ...[...counted.keys()].filter((arm) => !known.includes(arm))].map(pick), window: { first, last } };
}
