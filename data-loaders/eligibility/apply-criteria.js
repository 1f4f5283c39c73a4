import { evaluateRule } from "./evaluate-rule.ts";
/** Whether a subject passes one criterion (inclusion: satisfies the rule; exclusion: does not). */
export function passesCriterion(criterion, record, subject) {
    const satisfied = evaluateRule(criterion.rule, record, subject);
    return criterion.kind === "inclusion" ? satisfied : !satisfied;
}
/**
 * The id of the first criterion the record fails, or null when it passes them all.
 *
 * @example
 * firstFailedCriterion([{ id: "I1", kind: "inclusion", label: "Adult", rule: { column: "age", gt: 17 } }], { age: 16 }, "S1") // => "I1"
 */
export function firstFailedCriterion(criteria, record, subject) {
    for (const criterion of criteria)
        if (!passesCriterion(criterion, record, subject))
            return criterion.id;
    return null;
}
/**
 * Counts exclusions step by step.
 *
 * @param criteria in order
 * @param records screening records
 * @param subjectId how to name a record in errors
 * @returns the steps (excluded at each, remaining after each) and the records that pass them all
 */
export function applyCriteria(criteria, records, subjectId) {
    const excluded = new Map(criteria.map((c) => [c.id, 0]));
    const eligible = [];
    for (const record of records) {
        const failed = firstFailedCriterion(criteria, record, subjectId(record));
        if (failed === null)
            eligible.push(record);
        else
            excluded.set(failed, (excluded.get(failed) ?? 0) + 1);
    }
    let remaining = records.length;
    const steps = criteria.map((c) => {
        const n = excluded.get(c.id) ?? 0;
        remaining -= n;
        return { id: c.id, label: c.label, kind: c.kind, excluded: n, remaining };
    });
    return { screened: records.length, steps, eligible };
}
