/**
 * The arms a CSR table reports, in the study entry's order, and the subjects of each: rows are
 * grouped by the value of an arm column matched against the arms' codes (or any key mapping).
 */
import type { Arm } from "../../foundation/study-config.ts";
import { describe, TrialTableInputError } from "./trial-table.ts";

export type SubjectRow = Readonly<Record<string, unknown>>;

export interface ArmGroup<R extends SubjectRow = SubjectRow> {
  arm: Arm;
  rows: R[];
}

/**
 * Splits `rows` by `armColumn` into the study's arms (study order). A row whose arm is not one
 * of the study's is an error naming the row and value.
 */
export function groupByArm<R extends SubjectRow>(rows: readonly R[], arms: readonly Arm[], armColumn: string): Array<ArmGroup<R>> {
  if (arms.length < 2) throw new TrialTableInputError("study.arms", `must list at least two arms, got ${arms.length}`);
  const groups = arms.map((arm) => ({ arm, rows: [] as R[] }));
  const index = new Map(arms.map((a, i) => [a.code, i]));
  rows.forEach((row, i) => {
    const at = index.get(String(row[armColumn]));
    if (at === undefined)
      throw new TrialTableInputError(`rows[${i}].${armColumn}`, `is ${describe(row[armColumn])}, not one of the study's arms (${arms.map((a) => a.code).join(", ")})`);
    groups[at]!.rows.push(row);
  });
  return groups;
}

/** The header of an arm column: "Placebo (N=86)". */
export const armHeader = (label: string, n: number): string => `${label} (N=${n})`;
