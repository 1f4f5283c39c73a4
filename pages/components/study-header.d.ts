/**
 * The header of every study-month page: the study and month picker, and tabs for the pages that
 * exist for that study-month. Pages stay thin: they call this, then ask data and draw.
 */
import { type StudySummary } from "./picker.js";
export declare function studyHeader(studies: StudySummary[], current: {
    study: string;
    month: string;
    slug: string;
}): HTMLElement;
