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
import type { Row } from "../snapshot/schema.ts";
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
/** ADAE's CQ01 rule (see the module comment). */
export declare function isDermatologic(decod: string, bodySystem: string): boolean;
/** Imputed onset date of a (possibly partial) ISO date; null when there is no year. */
export declare function imputeOnset(dtc: string, firstDose: string | null): {
    date: string;
    imputed: boolean;
} | null;
export declare function pilotAdverseEvents(ae: Dataset, firstDose: ReadonlyMap<string, string | null>): PilotAdverseEvent[];
export interface DermatologicTime {
    derm_event: number;
    /** Days from the first dose (day 1) to the first event or to censoring. */
    derm_days: number;
}
/** Time to first treatment-emergent dermatologic event (ADTTE TTDE), for subjects with a first dose and an end date. */
export declare function timeToFirstDermatologic(events: readonly PilotAdverseEvent[], firstDose: string, endDate: string): DermatologicTime;
/** The adverse_events table: treatment-emergent events only, with study day from the first dose. */
export declare function adverseEventRows(events: readonly PilotAdverseEvent[], firstDose: ReadonlyMap<string, string | null>): Row[];
