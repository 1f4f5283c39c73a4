import { ContractViolation, type ContractContext, type SnapshotTables } from "../../../data-loaders/contracts/index.ts";
export declare const context: ContractContext;
/** A fresh copy of the valid fixture. */
export declare function validTables(): SnapshotTables;
/** The ContractViolation a check throws on the tables (fails the test if none is thrown). */
export declare function violationOf(check: (t: SnapshotTables) => void, tables: SnapshotTables): ContractViolation;
