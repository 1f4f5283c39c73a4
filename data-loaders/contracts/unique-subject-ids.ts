/** Rule `unique-subject-ids`: each subject appears once in `subjects`. */
import { violation, type ContractRule } from "./context.ts";

export const uniqueSubjectIds: ContractRule = (tables, context) => {
  const seen = new Map<unknown, number>();
  tables.subjects.forEach((row, i) => {
    const first = seen.get(row.subject_id);
    if (first !== undefined)
      violation(context, "subjects", i, row, {
        column: "subject_id",
        value: row.subject_id,
        rule: `unique-subject-ids: subject_id must be unique in subjects (first seen in row ${first + 1})`,
      });
    seen.set(row.subject_id, i);
  });
};
