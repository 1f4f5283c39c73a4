/**
 * A week-24 endpoint with last observation carried forward, derived from the observed analysis
 * rows of an ADaM BDS dataset (ADADAS for ADAS-Cog(11), ADQSCIBC for CIBIC+): for each subject,
 * the observed value (DTYPE blank, ANL01FL "Y") at the latest analysis visit on or before week 24
 * after baseline, and its change from baseline. The ADaM files also carry their own LOCF rows
 * (DTYPE "LOCF"); the tests check that this derivation reproduces them.
 *
 * The SDTM QS domain these datasets were built from is not part of the supplied package, which is
 * why the loader starts from the ADaM observed rows here.
 */
import type { Dataset } from "../readers/types.ts";
import { cellsOf } from "./cells.ts";

export interface LocfValue {
  /** Observed or carried-forward value at week 24. */
  value: number;
  /** Change from baseline (null when the dataset has no baseline, as for CIBIC+). */
  change: number | null;
  baseline: number | null;
  /** Analysis visit the value was observed at (24 unless carried forward). */
  fromVisit: number;
}

/**
 * @param paramcd the parameter (ACTOT for ADAS-Cog(11) total, CIBICVAL for CIBIC+)
 * @param targetVisit the analysis visit (AVISITN) of the endpoint
 */
export function locfEndpoint(dataset: Dataset, paramcd: string, targetVisit = 24): Map<string, LocfValue> {
  const c = cellsOf(dataset);
  const best = new Map<string, LocfValue>();
  const baseline = new Map<string, number>();
  dataset.rows.forEach((row, i) => {
    if (c.text(row, i, "PARAMCD") !== paramcd || c.text(row, i, "DTYPE") !== "" || c.text(row, i, "ANL01FL") !== "Y") return;
    const id = c.text(row, i, "USUBJID");
    const visit = c.requiredNumber(row, i, "AVISITN");
    const value = c.number(row, i, "AVAL");
    if (value === null) return;
    if (visit === 0) {
      baseline.set(id, value);
      return;
    }
    if (visit > targetVisit) return;
    const current = best.get(id);
    if (current === undefined || current.fromVisit < visit) best.set(id, { value, change: null, baseline: null, fromVisit: visit });
  });
  for (const [id, v] of best) {
    const base = baseline.get(id);
    if (base !== undefined) best.set(id, { ...v, baseline: base, change: v.value - base });
  }
  return best;
}

/** Baseline values (AVISITN 0, observed) of a parameter. */
export function baselineValues(dataset: Dataset, paramcd: string): Map<string, number> {
  const c = cellsOf(dataset);
  const result = new Map<string, number>();
  dataset.rows.forEach((row, i) => {
    if (c.text(row, i, "PARAMCD") !== paramcd || c.text(row, i, "DTYPE") !== "" || c.requiredNumber(row, i, "AVISITN") !== 0) return;
    const value = c.number(row, i, "AVAL");
    if (value !== null) result.set(c.text(row, i, "USUBJID"), value);
  });
  return result;
}
