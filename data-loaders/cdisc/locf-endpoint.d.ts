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
export declare function locfEndpoint(dataset: Dataset, paramcd: string, targetVisit?: number): Map<string, LocfValue>;
/** Baseline values (AVISITN 0, observed) of a parameter. */
export declare function baselineValues(dataset: Dataset, paramcd: string): Map<string, number>;
