import type { Dataset } from "../readers/types.ts";
import type { Row } from "../snapshot/schema.ts";
/** Scheduled visits: SDTM VISITNUM → [week, label, planned study day]. */
export declare const SCHEDULED_VISITS: ReadonlyMap<number, readonly [number, string, number]>;
/**
 * @param enrolDates first dose date of each ITT subject (DM.RFSTDTC)
 * @param outcomeColumn name of the per-visit ADAS-Cog change column (the study's primary outcome)
 */
export declare function visitRows(domains: {
    sv: Dataset;
    vs: Dataset;
    lb: Dataset;
    ex: Dataset;
    adadas: Dataset;
}, enrolDates: ReadonlyMap<string, string>, outcomeColumn: string): Row[];
