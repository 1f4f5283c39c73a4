/**
 * What an archived report shows about its own publication: a banner at the top of the first page
 * (status, analyst, override with its reason, failed gates) and a provenance panel mapping the
 * archive's records to ALCOA (attributable, legible, contemporaneous, original, accurate).
 * Both render nothing for an ordinary build or for another study-month than the record's.
 */
import type { HeadlineNumber, PublicationRecord } from "@trial/foundation";
/** One line per headline number: `label: estimate (lower to upper), n = N`. */
export declare function headlineText(h: HeadlineNumber): string;
/** The banner at the top of the report's first page; an empty fragment when not published. */
export declare function publicationBanner(publication: PublicationRecord | null, current: {
    study: string;
    month: string;
}): Node;
/** The archive's records, each under the ALCOA principle it serves. */
export declare function alcoaRows(p: PublicationRecord): Array<[string, string]>;
/** The provenance panel: a heading and the ALCOA table; an empty fragment when not published. */
export declare function alcoaPanel(publication: PublicationRecord | null, current: {
    study: string;
    month: string;
}): Node;
