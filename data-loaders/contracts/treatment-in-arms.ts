/**
 * Rule `treatment-in-arms`: each subject's `arm` is one of the study's declared arm codes, and
 * `treated` is 1 exactly for an arm whose role is "treated" (0 for the control arm). A missing arm
 * is left to required-values.
 */
import { violation, type ContractRule } from "./context.ts";

export const treatmentInArms: ContractRule = (tables, context) => {
  const roles = new Map(context.arms.map((a) => [a.code, a.role]));
  tables.subjects.forEach((row, i) => {
    if (row.arm === null || row.arm === undefined) return; // a missing arm is reported by required-values
    const role = roles.get(row.arm as string);
    if (role === undefined)
      return violation(context, "subjects", i, row, {
        column: "arm",
        value: row.arm,
        rule: `treatment-in-arms: arm must be one of the declared arms ${[...roles.keys()].join(", ")}`,
      });
    const expected = role === "treated" ? 1 : 0;
    if (row.treated !== expected)
      violation(context, "subjects", i, row, {
        column: "treated",
        value: row.treated,
        rule: `treatment-in-arms: treated must be ${expected} for arm ${String(row.arm)} (role ${role})`,
      });
  });
};
