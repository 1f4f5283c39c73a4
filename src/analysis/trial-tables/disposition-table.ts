/**
 * Subject disposition by arm and in total, in the layout of the CDISC pilot CSR's Table 14-1.02:
 * completed the primary visit vs early termination (and missing), with Fisher's exact p-value
 * across arms; early terminations by reason, with Fisher's exact p-value across arms of "this
 * reason vs any other status" for the reasons the CSR tests (adverse event, lack of efficacy).
 * Percentages are of the arm's N; zero counts print as "0 (  0%)".
 *
 * As the published table, a reason's test counts every subject whose discontinuation reason is
 * that reason, also those who discontinued after the primary visit (the printed counts are of
 * early terminations only): in the pilot one subject discontinued for an adverse event after
 * week 24.
 */
import { fisherExactTest } from "@trial/estimators";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { armHeader, groupByArm, type SubjectRow } from "./arm-columns.ts";
import { countPercent, pValue4 } from "./csr-format.ts";
import { blankRow, describe, numberCell, TrialTableInputError, textCell, type TableCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface DispositionOptions {
  armColumn?: string;
  /** Column true / "Y" / 1 when the subject completed the primary visit (null: missing). */
  completedColumn: string;
  /** Column with the discontinuation reason (null for completers). */
  reasonColumn: string;
  /** Reasons in print order: the column's value and the printed label; `test` adds a Fisher p. */
  reasons: Array<{ value: string; label: string; test?: boolean }>;
  /** The primary visit's name in the labels, e.g. "Week 24". */
  visit: string;
  /** Label of the row of subjects with neither status (default "Missing"; "Ongoing at the cut" mid-study). */
  missingLabel?: string;
  population?: string;
  id?: string;
}

const isYes = (v: unknown): boolean | null => (v === null || v === undefined || v === "" ? null : v === true || v === "Y" || v === 1);

/**
 * Table 14-1.02 from subject rows and the study entry.
 *
 * @throws TrialTableInputError for a subject of an unknown arm or an early termination whose
 *   reason is not in `options.reasons` (named)
 */
export function dispositionTable(subjects: readonly SubjectRow[], study: Pick<StudyConfig, "arms">, options: DispositionOptions): TrialTable {
  const groups = groupByArm(subjects, study.arms, options.armColumn ?? "arm").map((g) => g.rows);
  const sizes = [...groups.map((g) => g.length), subjects.length];
  const columns = ["", ...study.arms.map((a, i) => armHeader(a.label, groups[i]!.length)), armHeader("Total", subjects.length), "p-value [1]"];
  const width = columns.length;
  const countRow = (label: string, per: number[], p: TableCell = textCell("")): TableRow => {
    const all = [...per, per.reduce((a, b) => a + b, 0)];
    return {
      cells: [textCell(label), ...all.map((n, j) => numberCell(n, countPercent(n, sizes[j]!, { zero: "percent", lessThanOne: false }), { n, percent: (100 * n) / sizes[j]! })), p],
    };
  };
  const heading = (label: string): TableRow => ({ cells: [textCell(label), ...Array.from({ length: width - 1 }, () => textCell(""))] });
  const fisher = (table: number[][]): TableCell => {
    const p = fisherExactTest(table).p;
    return numberCell(p, pValue4(p));
  };

  const completed = groups.map((g) => g.filter((r) => isYes(r[options.completedColumn]) === true).length);
  const early = groups.map((g) => g.filter((r) => isYes(r[options.completedColumn]) === false).length);
  const missing = groups.map((g) => g.filter((r) => isYes(r[options.completedColumn]) === null).length);
  const rows: TableRow[] = [
    blankRow(width),
    heading("Completion Status:"),
    countRow(`Completed ${options.visit}`, completed, fisher([completed, early])),
    countRow(`Early Termination (prior to ${options.visit})`, early),
    countRow(options.missingLabel ?? "Missing", missing),
    blankRow(width),
    heading(`Reason for Early Termination (prior to ${options.visit}):`),
  ];
  const earlyRows = groups.map((g) => g.filter((r) => isYes(r[options.completedColumn]) === false));
  for (const reason of options.reasons) {
    const per = earlyRows.map((g) => g.filter((r) => r[options.reasonColumn] === reason.value).length);
    let p: TableCell = textCell("");
    if (reason.test) {
      const withReason = groups.map((g) => g.filter((r) => r[options.reasonColumn] === reason.value).length);
      p = fisher([withReason, groups.map((g, i) => g.length - withReason[i]!)]);
    }
    rows.push(countRow(reason.label, per, p));
  }
  const known = new Set(options.reasons.map((r) => r.value));
  const blank = (v: unknown): boolean => v === null || v === undefined || v === "";
  earlyRows.flat().forEach((r) => {
    const v = r[options.reasonColumn];
    if (!blank(v) && !known.has(String(v)))
      throw new TrialTableInputError(`subjects[].${options.reasonColumn}`, `has ${describe(v)}, not one of options.reasons (${[...known].join(", ")})`);
  });
  rows.push(
    countRow(
      "Missing",
      earlyRows.map((g) => g.filter((r) => blank(r[options.reasonColumn])).length),
    ),
  );
  return {
    id: options.id ?? "14-1.02",
    title: "Summary of End of Study Data",
    population: options.population ?? "Intent-to-Treat",
    columns,
    rows,
    footnotes: ["[1] Fisher's exact test."],
  };
}
