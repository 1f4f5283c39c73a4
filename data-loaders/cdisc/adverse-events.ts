/**
 * Adverse events of the CDISC pilot from SDTM AE, derived as ADAE does:
 * - onset date: AESTDTC; a year-month date is imputed (flagged) to the first of the month, or the
 *   first dose date when that is in the same month and later; a year alone is not imputed (no
 *   onset date; such an event is not treatment-emergent);
 * - treatment-emergent: imputed onset on or after the first dose (DM.RFSTDTC);
 * - dermatologic (ADAE CQ01 "DERMATOLOGIC EVENTS"): AEDECOD containing APPLICATION, DERMATITIS,
 *   ERYTHEMA or BLISTER, or body system SKIN AND SUBCUTANEOUS TISSUE DISORDERS, except COLD SWEAT,
 *   HYPERHIDROSIS and ALOPECIA;
 * and, per subject of the safety population, time to the first treatment-emergent dermatologic
 * event (ADTTE TTDE): days from the first dose (day 1) to the event, or censored at the end of
 * participation (DM.RFENDTC).
 */
import type { Dataset } from "../readers/types.ts";
import { isoToDay } from "../synthetic/dates.ts";
import type { Row } from "../snapshot/schema.ts";
import { cellsOf } from "./cells.ts";

export interface PilotAdverseEvent {
  subject_id: string;
  ae_seq: number;
  term: string;
  body_system: string;
  onset_date: string | null;
  onset_imputed: boolean;
  severity: string;
  serious: boolean;
  related: boolean;
  dermatologic: boolean;
  treatment_emergent: boolean;
}

const DERM_EXCLUDED = new Set(["COLD SWEAT", "HYPERHIDROSIS", "ALOPECIA"]);

/** ADAE's CQ01 rule (see the module comment). */
export function isDermatologic(decod: string, bodySystem: string): boolean {
  if (DERM_EXCLUDED.has(decod)) return false;
  return /APPLICATION|DERMATITIS|ERYTHEMA|BLISTER/.test(decod) || bodySystem === "SKIN AND SUBCUTANEOUS TISSUE DISORDERS";
}

/** Imputed onset date of a (possibly partial) ISO date; null when there is no year. */
export function imputeOnset(dtc: string, firstDose: string | null): { date: string; imputed: boolean } | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(dtc)) return { date: dtc.slice(0, 10), imputed: false };
  const later = (candidate: string, sameUnit: boolean) => ({ date: firstDose !== null && sameUnit && firstDose > candidate ? firstDose : candidate, imputed: true });
  if (/^\d{4}-\d{2}$/.test(dtc)) return later(`${dtc}-01`, firstDose?.slice(0, 7) === dtc);
  return null;
}

export function pilotAdverseEvents(ae: Dataset, firstDose: ReadonlyMap<string, string | null>): PilotAdverseEvent[] {
  const c = cellsOf(ae);
  return ae.rows.map((row, i) => {
    const id = c.text(row, i, "USUBJID");
    const dose = firstDose.get(id) ?? null;
    const onset = imputeOnset(c.text(row, i, "AESTDTC"), dose);
    const decod = c.text(row, i, "AEDECOD");
    const bodySystem = c.text(row, i, "AEBODSYS");
    return {
      subject_id: id,
      ae_seq: c.requiredNumber(row, i, "AESEQ"),
      term: decod,
      body_system: bodySystem,
      onset_date: onset?.date ?? null,
      onset_imputed: onset?.imputed ?? false,
      severity: c.text(row, i, "AESEV").toLowerCase(),
      serious: c.text(row, i, "AESER") === "Y",
      related: ["POSSIBLE", "PROBABLE"].includes(c.text(row, i, "AEREL")),
      dermatologic: isDermatologic(decod, bodySystem),
      treatment_emergent: onset !== null && dose !== null && onset.date >= dose,
    };
  });
}

export interface DermatologicTime {
  derm_event: number;
  /** Days from the first dose (day 1) to the first event or to censoring. */
  derm_days: number;
}

/** Time to first treatment-emergent dermatologic event (ADTTE TTDE), for subjects with a first dose and an end date. */
export function timeToFirstDermatologic(events: readonly PilotAdverseEvent[], firstDose: string, endDate: string): DermatologicTime {
  const onsets = events
    .filter((e) => e.treatment_emergent && e.dermatologic && e.onset_date !== null)
    .map((e) => e.onset_date as string)
    .sort();
  const start = isoToDay(firstDose);
  const first = onsets[0];
  return first === undefined ? { derm_event: 0, derm_days: isoToDay(endDate) - start + 1 } : { derm_event: 1, derm_days: isoToDay(first) - start + 1 };
}

/** The adverse_events table: treatment-emergent events only, with study day from the first dose. */
export function adverseEventRows(events: readonly PilotAdverseEvent[], firstDose: ReadonlyMap<string, string | null>): Row[] {
  return events
    .filter((e) => e.treatment_emergent)
    .map((e) => {
      const start = firstDose.get(e.subject_id) as string;
      const onset = e.onset_date as string;
      return {
        ae_id: `${e.subject_id}-AE${String(e.ae_seq).padStart(2, "0")}`,
        subject_id: e.subject_id,
        ae_seq: e.ae_seq,
        term: e.term,
        body_system: e.body_system,
        onset_date: onset,
        onset_imputed: e.onset_imputed,
        study_day: isoToDay(onset) - isoToDay(start) + 1,
        severity: e.severity,
        serious: e.serious,
        related: e.related,
        dermatologic: e.dermatologic,
      };
    });
}
