/**
 * Rule `events-after-enrolment`: nothing recorded for a subject precedes its enrolment: every DATE
 * of visits and adverse events, and the subject's own discontinuation and last-visit dates, are on
 * or after `subjects.enrol_date`.
 */
import { type ContractRule } from "./context.ts";
export declare const eventsAfterEnrolment: ContractRule;
