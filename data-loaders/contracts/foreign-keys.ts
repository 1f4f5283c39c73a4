/** Rule `foreign-keys`: every `subject_id` of visits and adverse events is a subject of the snapshot. */
import { violation, type ContractRule } from "./context.ts";

export const foreignKeys: ContractRule = (tables, context) => {
  const ids = new Set(tables.subjects.map((s) => s.subject_id));
  for (const table of ["visits", "adverse_events"] as const) {
    tables[table].forEach((row, i) => {
      if (!ids.has(row.subject_id))
        violation(context, table, i, row, { column: "subject_id", value: row.subject_id, rule: `foreign-keys: ${table}.subject_id must be a subject_id of subjects` });
    });
  }
};
