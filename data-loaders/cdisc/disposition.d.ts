import type { Dataset } from "../readers/types.ts";
export interface PilotDisposition {
    disposition: "completed" | "discontinued" | "screen failure";
    disc_date: string | null;
    disc_reason: string | null;
    dropout_w24: number;
    last_visit_date: string | null;
}
export declare const WEEK24_VISITNUM = 12;
export declare function pilotDisposition(ds: Dataset, sv: Dataset): Map<string, PilotDisposition>;
