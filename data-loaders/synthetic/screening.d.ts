/**
 * The screening log: who was assessed for eligibility, when, and at which site.
 *
 * Screening is spread evenly over the enrolment months (subject i of N is screened in month
 * ⌊i·M/N⌋ of the M enrolment months, on a uniformly drawn day of that month); screening numbers
 * follow the calendar. A subject who passes the criteria is enrolled and assigned on the day of
 * screening. Subject ids are `<site>-<screening number>`, e.g. `EU03-00042`.
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import type { ScreenedSubject } from "./types.ts";
/**
 * Every subject screened over the trial, in screening order (day, then draw index).
 *
 * @param config the study; uses `source.seed`, `nScreened`, `firstEnrolment`, `enrolmentMonths`
 */
export declare function screenSubjects(config: SyntheticStudyConfig): ScreenedSubject[];
