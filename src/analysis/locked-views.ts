/**
 * What a locked page shows (issue 16): the build's aggregate documents with every cell that
 * describes fewer than 5 subjects suppressed, written beside the full ones as `locked/<name>`
 * (`locked/consort.json`, `locked/survival.json`, `locked/trial-tables.json`). In a publication
 * whose patient-level data are encrypted, publish encrypts the full documents too (they hold the
 * small cells), so a reader without the study passphrase can fetch only these.
 *
 * Pure functions of the full documents; the rule for a CSR table is `suppressSmallCells`
 * (pages/components/small-cell-suppression.ts, imported from there so that the page's locked
 * tables and these files cannot follow two rules). For the other two documents:
 * - **CONSORT log**: a count of 1–4 subjects prints `<5`. A count that a lone `<5` could be
 *   recomputed from is hidden as `—`: among an arm's discontinuation reasons (they sum to its
 *   discontinued), among an arm's completed, discontinued and ongoing (they sum to allocated), and
 *   among the exclusion steps (screened − enrolled = the sum of the steps); each running
 *   "remaining" after a suppressed step is hidden too, except the last (it is the enrolled count).
 * - **Time-to-event results**: numbers at risk under 5 print `<5`; an arm's event count under 5
 *   prints `<5`; the curves keep their steps (time, survival, interval: what the published figure
 *   draws) and lose the per-step numbers at risk, events and censored.
 *
 * A suppressed count is a string in these files (`"<5"` or `"—"`): the view prints it as it is.
 * Each document carries `locked: {threshold, suppressed}`, the number of cells it hides.
 *
 * @example
 * lockedParts([8, 2]) // => {values: ["—", "<5"], suppressed: 2}
 */
import type { StudySurvival } from "@trial/estimators";
import type { ConsortLog } from "../../data-loaders/snapshot/consort.ts";
import { HIDDEN_TEXT, isSmallCount, SUPPRESSION_THRESHOLD, suppressedText, suppressSmallCells } from "../../pages/components/small-cell-suppression.ts";
import type { TrialTablesDocument } from "./trial-tables/study-trial-tables.ts";

/** A count as a locked view prints it: the number, `<5`, or `—` (hidden with a `<5`). */
export type LockedCount = number | string;

/** What every locked document says of itself. */
export interface LockedMarker {
  threshold: number;
  /** Cells printed as `<5` or `—`. */
  suppressed: number;
}

/** The file a locked view of `name` is written to, beside it in the study-month's folder. */
export const lockedFileName = (name: string): string => `locked/${name.split("/").pop()}`;

/** `n` as a locked view prints it: `<5` when it is 1–4, otherwise `n`. */
export function lockedCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): LockedCount {
  return isSmallCount(n, threshold) ? suppressedText(threshold) : n;
}

/**
 * Counts that add up to a shown total: the small ones print `<5`; when exactly one is suppressed,
 * the smallest other non-zero count is hidden (`—`) as well, so the `<5` cannot be recomputed.
 * Returns the printed values in the input's order and how many were hidden.
 */
export function lockedParts(counts: readonly number[], threshold: number = SUPPRESSION_THRESHOLD): { values: LockedCount[]; suppressed: number } {
  const values: LockedCount[] = counts.map((n) => lockedCount(n, threshold));
  const small = values.filter((v) => typeof v === "string").length;
  if (small === 1) {
    let pick = -1;
    counts.forEach((n, i) => {
      if (typeof values[i] === "number" && n > 0 && (pick < 0 || n < (counts[pick] as number))) pick = i;
    });
    if (pick >= 0) values[pick] = HIDDEN_TEXT;
  }
  return { values, suppressed: values.filter((v) => typeof v === "string").length };
}

/** A document's locked view of the CSR tables: each table through `suppressSmallCells`. */
export function lockedTrialTables(doc: TrialTablesDocument, threshold: number = SUPPRESSION_THRESHOLD): TrialTablesDocument & { locked: LockedMarker } {
  let suppressed = 0;
  const tables = doc.tables.map((t) => {
    const result = suppressSmallCells(t, threshold);
    suppressed += result.suppressed;
    return result.table;
  });
  return { ...doc, tables, locked: { threshold, suppressed } };
}

type LockedConsortArm = Omit<ConsortLog["arms"][number], "allocated" | "discontinued" | "discontinuedReasons" | "completed" | "ongoing" | "analysed"> & {
  allocated: LockedCount;
  discontinued: LockedCount;
  discontinuedReasons: Array<{ reason: string; n: LockedCount }>;
  completed: LockedCount;
  ongoing: LockedCount;
  analysed: LockedCount;
};

export interface LockedConsort extends Omit<ConsortLog, "screened" | "exclusions" | "enrolled" | "arms"> {
  screened: LockedCount;
  exclusions: Array<Omit<ConsortLog["exclusions"][number], "excluded" | "remaining"> & { excluded: LockedCount; remaining: LockedCount }>;
  enrolled: LockedCount;
  arms: LockedConsortArm[];
  locked: LockedMarker;
}

/** The CONSORT log as a locked page prints it (rules above). */
export function lockedConsort(log: ConsortLog, threshold: number = SUPPRESSION_THRESHOLD): LockedConsort {
  let suppressed = 0;
  const parts = (counts: number[]) => {
    const r = lockedParts(counts, threshold);
    suppressed += r.suppressed;
    return r.values;
  };
  const one = (n: number) => {
    const v = lockedCount(n, threshold);
    if (typeof v === "string") suppressed++;
    return v;
  };
  // Screened and enrolled are shown (a study of fewer than 5 would not be published), so the steps' sum is known.
  const excluded = parts(log.exclusions.map((s) => s.excluded));
  const firstHidden = excluded.findIndex((v) => typeof v === "string");
  const last = log.exclusions.length - 1;
  const exclusions = log.exclusions.map((step, i) => {
    const hideRemaining = firstHidden >= 0 && i >= firstHidden && i < last;
    if (hideRemaining) suppressed++;
    return { ...step, excluded: excluded[i] as LockedCount, remaining: hideRemaining ? HIDDEN_TEXT : step.remaining };
  });
  const arms = log.arms.map((arm): LockedConsortArm => {
    const reasons = parts(arm.discontinuedReasons.map((r) => r.n));
    const [discontinued, completed, ongoing] = parts([arm.discontinued, arm.completed, arm.ongoing]) as [LockedCount, LockedCount, LockedCount];
    return {
      ...arm,
      allocated: one(arm.allocated),
      discontinued,
      discontinuedReasons: arm.discontinuedReasons.map((r, i) => ({ reason: r.reason, n: reasons[i] as LockedCount })),
      completed,
      ongoing,
      analysed: one(arm.analysed),
    };
  });
  return { ...log, screened: one(log.screened), exclusions, enrolled: one(log.enrolled), arms, locked: { threshold, suppressed } };
}

type SurvivalArm = StudySurvival["arms"][number];
export interface LockedSurvival extends Omit<StudySurvival, "arms" | "atRisk"> {
  arms: Array<Omit<SurvivalArm, "events"> & { events: LockedCount }>;
  atRisk: { times: number[]; byArm: Record<string, LockedCount[]> };
  locked: LockedMarker;
}

/** The time-to-event results as a locked page shows them (rules above). */
export function lockedSurvival(result: StudySurvival, threshold: number = SUPPRESSION_THRESHOLD): LockedSurvival {
  let suppressed = 0;
  const count = (n: number) => {
    const v = lockedCount(n, threshold);
    if (typeof v === "string") suppressed++;
    return v;
  };
  type Curve = StudySurvival["curves"][number];
  const stepsOnly = (c: Curve): Curve => ({ ...c, nRisk: [], nEvent: [], nCensor: [] });
  return {
    ...result,
    arms: result.arms.map((a) => ({ ...a, events: count(a.events) })),
    curves: result.curves.map(stepsOnly),
    atRisk: { times: result.atRisk.times, byArm: Object.fromEntries(Object.entries(result.atRisk.byArm).map(([arm, ns]) => [arm, ns.map(count)])) },
    comparisons: result.comparisons.map((c) => (c.adjusted ? { ...c, adjusted: { ...c.adjusted, curves: c.adjusted.curves.map(stepsOnly) } } : c)),
    locked: { threshold, suppressed },
  };
}
