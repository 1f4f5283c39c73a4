/**
 * Disposition of the CDISC pilot's subjects from SDTM DS (DSCAT "DISPOSITION EVENT") and SV:
 * completed or discontinued, with the date (DSSTDTC) and reason (DSDECOD, in lower case) of a
 * discontinuation; dropout before week 24 = discontinued without an attended week-24 visit
 * (SV VISITNUM 12); the last attended visit date.
 */
import { ReaderError } from "../readers/errors.ts";
import type { Dataset } from "../readers/types.ts";
import { cellsOf } from "./cells.ts";

export interface PilotDisposition {
  disposition: "completed" | "discontinued" | "screen failure";
  disc_date: string | null;
  disc_reason: string | null;
  dropout_w24: number;
  last_visit_date: string | null;
}

export const WEEK24_VISITNUM = 12;

export function pilotDisposition(ds: Dataset, sv: Dataset): Map<string, PilotDisposition> {
  const s = cellsOf(sv);
  const lastVisit = new Map<string, string>();
  const week24 = new Set<string>();
  sv.rows.forEach((row, i) => {
    const id = s.text(row, i, "USUBJID");
    const date = s.isoDate(row, i, "SVSTDTC");
    if ((lastVisit.get(id) ?? "") < date) lastVisit.set(id, date);
    if (s.number(row, i, "VISITNUM") === WEEK24_VISITNUM) week24.add(id);
  });
  const d = cellsOf(ds);
  const result = new Map<string, PilotDisposition>();
  ds.rows.forEach((row, i) => {
    if (d.text(row, i, "DSCAT") !== "DISPOSITION EVENT") return;
    const id = d.text(row, i, "USUBJID");
    if (result.has(id))
      throw new ReaderError({ file: ds.source.file, row: i + 1, column: "USUBJID", value: id, rule: "a subject has one disposition event (DSCAT DISPOSITION EVENT)" });
    const decod = d.text(row, i, "DSDECOD");
    const date = d.isoDate(row, i, "DSSTDTC");
    const disposition = decod === "COMPLETED" ? "completed" : decod === "SCREEN FAILURE" ? "screen failure" : "discontinued";
    const discontinued = disposition === "discontinued";
    result.set(id, {
      disposition,
      disc_date: discontinued ? date : null,
      disc_reason: discontinued ? decod.toLowerCase() : null,
      dropout_w24: discontinued && !week24.has(id) ? 1 : 0,
      last_visit_date: lastVisit.get(id) ?? null,
    });
  });
  return result;
}
