import type { CdiscSource } from "../../src/foundation/study-config.ts";
import type { Dataset } from "../readers/types.ts";
declare const BOTH_FORMATS: readonly ["dm", "ds", "ae", "ex", "sv"];
declare const XPT_ONLY: {
    readonly suppdm: "sdtm";
    readonly vs: "sdtm";
    readonly lb: "sdtm";
    readonly mh: "sdtm";
    readonly adsl: "adam";
    readonly adadas: "adam";
    readonly adqscibc: "adam";
};
export type CdiscDomain = (typeof BOTH_FORMATS)[number] | keyof typeof XPT_ONLY;
export interface CdiscDomains {
    datasets: Record<CdiscDomain, Dataset>;
    /** Absolute paths of the files read, in reading order. */
    files: string[];
}
/** The file a domain is read from. */
export declare function domainFile(source: CdiscSource, domain: CdiscDomain): string;
/** Reads every domain; a malformed file halts with the reader's error (file, position, rule). */
export declare function readCdiscDomains(source: CdiscSource): CdiscDomains;
export {};
