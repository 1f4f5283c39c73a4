/**
 * The snapshot contracts, run in this order before anything is written (identity and links first,
 * so that a duplicated or unknown subject is reported as such rather than as a value it left missing). The first violation halts
 * the load (a ContractViolation naming study, month, table, row, subject, column, value and rule).
 */
import type { ContractContext, ContractRule, SnapshotTables } from "./context.ts";
import { columnTypes } from "./column-types.ts";
import { datesWithinCut } from "./dates-within-cut.ts";
import { eventsAfterEnrolment } from "./events-after-enrolment.ts";
import { foreignKeys } from "./foreign-keys.ts";
import { plausibility } from "./plausibility.ts";
import { requiredValues } from "./required-values.ts";
import { timeToEventFollowUp } from "./time-to-event-follow-up.ts";
import { treatmentInArms } from "./treatment-in-arms.ts";
import { uniqueSubjectIds } from "./unique-subject-ids.ts";

import { ContractViolation } from "./errors.ts";

export { ContractViolation };
export type { ContractContext, SnapshotTables } from "./context.ts";

export const SNAPSHOT_CONTRACTS: ReadonlyArray<{ id: string; check: ContractRule }> = [
  { id: "unique-subject-ids", check: uniqueSubjectIds },
  { id: "foreign-keys", check: foreignKeys },
  { id: "treatment-in-arms", check: treatmentInArms },
  { id: "required-values", check: requiredValues },
  { id: "column-types", check: columnTypes },
  { id: "dates-within-cut", check: datesWithinCut },
  { id: "events-after-enrolment", check: eventsAfterEnrolment },
  { id: "time-to-event-follow-up", check: timeToEventFollowUp },
  { id: "plausibility", check: plausibility },
];

/** Runs every contract; throws the first violation. */
export function checkSnapshotContracts(tables: SnapshotTables, context: ContractContext): void {
  for (const { check } of SNAPSHOT_CONTRACTS) check(tables, { ...context, collect: undefined });
}

/** Runs every contract and returns every violation, in contract then row order (the check command). */
export function collectContractViolations(tables: SnapshotTables, context: ContractContext): ContractViolation[] {
  const found: ContractViolation[] = [];
  for (const { check } of SNAPSHOT_CONTRACTS) check(tables, { ...context, collect: (v) => found.push(v) });
  return found;
}
