/**
 * Applies a study's eligibility criteria in the order the configuration lists them. Each subject
 * is counted once, at the first criterion it fails, which is how the CONSORT log counts
 * exclusions (so remaining = previous remaining − excluded at every step).
 */
import type { Criterion } from "../../src/foundation/study-config.ts";
/** Whether a subject passes one criterion (inclusion: satisfies the rule; exclusion: does not). */
export declare function passesCriterion(criterion: Criterion, record: Readonly<Record<string, unknown>>, subject: string): boolean;
/**
 * The id of the first criterion the record fails, or null when it passes them all.
 *
 * @example
 * firstFailedCriterion([{ id: "I1", kind: "inclusion", label: "Adult", rule: { column: "age", gt: 17 } }], { age: 16 }, "S1") // => "I1"
 */
export declare function firstFailedCriterion(criteria: readonly Criterion[], record: Readonly<Record<string, unknown>>, subject: string): string | null;
export interface CriteriaStep {
    id: string;
    label: string;
    kind: Criterion["kind"];
    excluded: number;
    remaining: number;
}
/**
 * Counts exclusions step by step.
 *
 * @param criteria in order
 * @param records screening records
 * @param subjectId how to name a record in errors
 * @returns the steps (excluded at each, remaining after each) and the records that pass them all
 */
export declare function applyCriteria<T extends Readonly<Record<string, unknown>>>(criteria: readonly Criterion[], records: readonly T[], subjectId: (record: T) => string): {
    screened: number;
    steps: CriteriaStep[];
    eligible: T[];
};
