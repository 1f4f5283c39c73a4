/**
 * Rule `required-values`: no missing value in a column the schema declares not nullable (ids,
 * arm and treatment, dates of enrolment and onset, ...). Also: every declared column is present.
 */
import { violation, type ContractRule } from "./context.ts";

export const requiredValues: ContractRule = (tables, context) => {
  for (const spec of context.schema) {
    tables[spec.name].forEach((row, i) => {
      for (const column of spec.columns) {
        if (!(column.name in row)) {
          violation(context, spec.name, i, row, { column: column.name, value: undefined, rule: `required-values: every row has the column ${column.name}` });
          continue;
        }
        const value = row[column.name];
        if (!column.nullable && (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value)) || value === "")) {
          violation(context, spec.name, i, row, { column: column.name, value: value ?? null, rule: `required-values: ${spec.name}.${column.name} must not be missing` });
        }
      }
    });
  }
};
