/**
 * What every contract rule is given: the tables of a snapshot (rows in written order), their
 * schema, the study's arms and the data cut.
 */
import type { Arm, PlausibilityRange } from "../../src/foundation/study-config.ts";
import type { Row, TableName, TableSpec } from "../snapshot/schema.ts";
import { ContractViolation, type ContractViolationDetails } from "./errors.ts";

export type SnapshotTables = Record<TableName, Row[]>;

export interface ContractContext {
  study: string;
  month: string;
  /** ISO date of the data cut. */
  cutDate: string;
  arms: readonly Arm[];
  schema: readonly TableSpec[];
  /** The study's own plausibility ranges; they add to and override the default ranges column by column. */
  plausibility?: readonly PlausibilityRange[];
  /**
   * When set, each violation is handed here and the rule goes on to the next row (the check
   * command lists them all); when not, the first violation throws (the loader halts).
   */
  collect?: (violation: ContractViolation) => void;
}

/** A contract rule: returns normally, or throws a ContractViolation at the first breach (unless the context collects them). */
export type ContractRule = (tables: SnapshotTables, context: ContractContext) => void;

/** Throws (or, when the context collects, records) a violation for a row of a table (row index 0-based here, reported 1-based). */
export function violation(
  context: ContractContext,
  table: string,
  index: number,
  row: Row | undefined,
  details: Omit<ContractViolationDetails, "study" | "month" | "table" | "row" | "subject">,
): void {
  const subject = row && typeof row.subject_id === "string" ? row.subject_id : undefined;
  const found = new ContractViolation({ study: context.study, month: context.month, table, row: index + 1, ...(subject !== undefined ? { subject } : {}), ...details });
  if (context.collect === undefined) throw found;
  context.collect(found);
}
