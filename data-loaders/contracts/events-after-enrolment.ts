/**
 * Rule `events-after-enrolment`: nothing recorded for a subject precedes its enrolment: every DATE
 * of visits and adverse events, and the subject's own discontinuation and last-visit dates, are on
 * or after `subjects.enrol_date`.
 */
import { violation, type ContractRule } from "./context.ts";

export const eventsAfterEnrolment: ContractRule = (tables, context) => {
  const enrol = new Map(tables.subjects.map((s) => [s.subject_id, s.enrol_date]));
  for (const spec of context.schema) {
    const dates = spec.columns.filter((c) => c.type === "DATE" && c.name !== "enrol_date").map((c) => c.name);
    tables[spec.name].forEach((row, i) => {
      const start = enrol.get(row.subject_id);
      if (typeof start !== "string") return; // foreign-keys reports unknown subjects
      for (const column of dates) {
        const value = row[column];
        if (typeof value === "string" && value < start)
          violation(context, spec.name, i, row, { column, value, rule: `events-after-enrolment: no ${column} before the subject's enrol_date ${start}` });
      }
    });
  }
};
