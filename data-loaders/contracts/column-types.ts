/**
 * Rule `column-types`: every row of every table has exactly the schema's columns (none missing,
 * none undeclared) and each value has its column's type: text for VARCHAR, a whole number within
 * 32 bits for INTEGER, a finite number for DOUBLE, true/false for BOOLEAN, an ISO date YYYY-MM-DD
 * for DATE (or null, which required-values judges).
 */
import type { ColumnType } from "../snapshot/schema.ts";
import { violation, type ContractRule } from "./context.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a non-null value fits a column type. */
export function valueHasType(type: ColumnType, value: unknown): boolean {
  switch (type) {
    case "VARCHAR":
      return typeof value === "string";
    case "INTEGER":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 2147483648;
    case "DOUBLE":
      return typeof value === "number" && Number.isFinite(value);
    case "BOOLEAN":
      return typeof value === "boolean";
    case "DATE":
      return typeof value === "string" && ISO_DATE.test(value);
  }
}

export const columnTypes: ContractRule = (tables, context) => {
  for (const spec of context.schema) {
    const declared = new Set(spec.columns.map((c) => c.name));
    tables[spec.name].forEach((row, i) => {
      for (const key of Object.keys(row)) {
        if (!declared.has(key)) violation(context, spec.name, i, row, { column: key, value: row[key], rule: `column-types: ${spec.name} has no column ${key} in its schema` });
      }
      for (const column of spec.columns) {
        const value = row[column.name];
        if (value === null || value === undefined) continue;
        if (!valueHasType(column.type, value))
          violation(context, spec.name, i, row, { column: column.name, value, rule: `column-types: ${spec.name}.${column.name} must be a ${column.type} value` });
      }
    });
  }
};
