/**
 * Subjects of the CDISC pilot from SDTM DM and SUPPDM: every screened subject (DM has 306, of
 * which 52 are screen failures), with arm, demographics, reference dates and the population flags
 * that SUPPDM carries (ITT, SAFETY, EFFICACY, COMPLT24). Compared with ADSL in the tests.
 */
import type { Dataset } from "../readers/types.ts";
export interface PilotSubject {
    subject_id: string;
    site: string;
    /** DM.ARMCD (planned arm): Pbo, Xan_Lo, Xan_Hi, or Scrnfail. */
    arm: string;
    age: number;
    /** ADSL AGEGR1's grouping: "<65", "65-80", ">80". */
    age_group: string;
    female: number;
    race: string;
    /** First dose (DM.RFSTDTC); null for screen failures. */
    enrol_date: string | null;
    /** End of participation in the treatment period (DM.RFENDTC). */
    end_date: string | null;
    screen_failure: boolean;
    itt: number;
    safety: number;
    efficacy: number;
    /** Completed the week-24 visit (SUPPDM COMPLT24). */
    completed_w24: number;
}
export declare const SCREEN_FAILURE_ARM = "Scrnfail";
/** ADSL's AGEGR1 grouping of age in years. */
export declare function ageGroup(age: number): string;
export declare function pilotSubjects(dm: Dataset, suppdm: Dataset): PilotSubject[];
/**
 * Pooled site group (ADSL SITEGR1): a site with fewer than `minimum` ITT subjects in any arm is
 * pooled into group "900"; other sites are their own group.
 */
export declare function siteGroups(subjects: readonly PilotSubject[], arms: readonly string[], minimum?: number): Map<string, string>;
