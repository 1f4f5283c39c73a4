/** Rule `dates-within-cut`: no DATE value of any table is after the data cut. */
import { violation, type ContractRule } from "./context.ts";

export const datesWithinCut: ContractRule = (tables, context) => {
  for (const spec of context.schema) {
    const dates = spec.columns.filter((c) => c.type === "DATE").map((c) => c.name);
    tables[spec.name].forEach((row, i) => {
      for (const column of dates) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          violation(context, spec.name, i, row, { column, value, rule: "dates-within-cut: a DATE value must be an ISO date YYYY-MM-DD" });
          continue;
        }
        if (value > context.cutDate) violation(context, spec.name, i, row, { column, value, rule: `dates-within-cut: no date after the data cut ${context.cutDate}` });
      }
    });
  }
};
