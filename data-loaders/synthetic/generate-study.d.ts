/**
 * Generates a whole synthetic trial from its configuration: every screened subject, eligibility
 * (the configuration's criteria, in order), assignment, potential outcomes, and each enrolled
 * subject's follow-up to its end, with calendar dates. Pure and deterministic: the same
 * configuration gives the same trial, draw for draw. A data cut is a filter on this result
 * (`data-loaders/snapshot/data-cut.ts`).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import type { GeneratedTrial } from "./types.ts";
/** The follow-up schedule of a configuration: K visits every `visitIntervalWeeks` weeks. */
export declare function visitSchedule(config: SyntheticStudyConfig): GeneratedTrial["schedule"];
export declare function generateStudy(config: SyntheticStudyConfig): GeneratedTrial;
