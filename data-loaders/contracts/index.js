import { columnTypes } from "./column-types.ts";
import { datesWithinCut } from "./dates-within-cut.ts";
import { eventsAfterEnrolment } from "./events-after-enrolment.ts";
import { foreignKeys } from "./foreign-keys.ts";
import { plausibility } from "./plausibility.ts";
import { requiredValues } from "./required-values.ts";
import { treatmentInArms } from "./treatment-in-arms.ts";
import { uniqueSubjectIds } from "./unique-subject-ids.ts";
export { ContractViolation } from "./errors.ts";
export const SNAPSHOT_CONTRACTS = [
    { id: "unique-subject-ids", check: uniqueSubjectIds },
    { id: "foreign-keys", check: foreignKeys },
    { id: "treatment-in-arms", check: treatmentInArms },
    { id: "required-values", check: requiredValues },
    { id: "column-types", check: columnTypes },
    { id: "dates-within-cut", check: datesWithinCut },
    { id: "events-after-enrolment", check: eventsAfterEnrolment },
    { id: "plausibility", check: plausibility },
];
/** Runs every contract; throws the first violation. */
export function checkSnapshotContracts(tables, context) {
    for (const { check } of SNAPSHOT_CONTRACTS)
        check(tables, context);
}
