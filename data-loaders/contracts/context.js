import { ContractViolation } from "./errors.ts";
/** Throws a violation for a row of a table (row index 0-based here, reported 1-based). */
export function violation(context, table, index, row, details) {
    const subject = row && typeof row.subject_id === "string" ? row.subject_id : undefined;
    throw new ContractViolation({ study: context.study, month: context.month, table, row: index + 1, ...(subject !== undefined ? { subject } : {}), ...details });
}
