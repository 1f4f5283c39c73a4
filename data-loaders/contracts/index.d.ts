/**
 * The snapshot contracts, run in this order before anything is written (identity and links first,
 * so that a duplicated or unknown subject is reported as such rather than as a value it left missing). The first violation halts
 * the load (a ContractViolation naming study, month, table, row, subject, column, value and rule).
 */
import type { ContractContext, ContractRule, SnapshotTables } from "./context.ts";
export { ContractViolation } from "./errors.ts";
export type { ContractContext, SnapshotTables } from "./context.ts";
export declare const SNAPSHOT_CONTRACTS: ReadonlyArray<{
    id: string;
    check: ContractRule;
}>;
/** Runs every contract; throws the first violation. */
export declare function checkSnapshotContracts(tables: SnapshotTables, context: ContractContext): void;
