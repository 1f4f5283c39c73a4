/**
 * Demographic and baseline characteristics by arm and in total, in the layout of the CDISC pilot
 * CSR's Table 14-2.01: for a continuous variable n, mean, SD, median, min and max with the
 * one-way ANOVA p-value across arms; for a categorical one n (%) per level (percent of the arm's
 * N) with Pearson's chi-square p-value across arms (the CSR's footnote [1]), or Fisher's exact
 * test where the variable asks for it. Levels no subject has are left out of the test (their
 * expected count is 0) but still printed.
 */
import { fisherExactTest, oneWayAnova, pearsonChiSquareTest } from "@trial/estimators";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { armHeader, groupByArm, type SubjectRow } from "./arm-columns.ts";
import { countPercent, fixed, pValue4 } from "./csr-format.ts";
import { descriptives, numericValues } from "./descriptive-statistics.ts";
import { blankRow, describe, numberCell, textCell, TrialTableInputError, type TableCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface ContinuousVariable {
  kind: "continuous";
  column: string;
  label: string;
  /** Decimals of mean, SD, median and min/max (CSR 14-2.01: 1, 2, 1, 1). */
  digits?: { mean: number; sd: number; median: number; range: number };
}

export interface CategoricalVariable {
  kind: "categorical";
  column: string;
  label: string;
  levels: Array<{ value: string | number; label: string }>;
  /** Print an "n" row first (the CSR does for sex and race, not for age or BMI groups). */
  showN?: boolean;
  /** Test across arms: Pearson chi-square (default, the CSR's) or Fisher's exact test. */
  test?: "chi-square" | "fisher";
}

export type DemographicVariable = ContinuousVariable | CategoricalVariable;

export interface DemographicsOptions {
  /** Column holding the arm code (default "arm"). */
  armColumn?: string;
  population?: string;
  id?: string;
}

const DEFAULT_DIGITS = { mean: 1, sd: 2, median: 1, range: 1 };

function continuousRows(groups: SubjectRow[][], v: ContinuousVariable): TableRow[] {
  const d = v.digits ?? DEFAULT_DIGITS;
  const values = groups.map((g) => numericValues(g, v.column));
  const stats = [...values, values.flat()].map(descriptives);
  const test = oneWayAnova(values);
  const line = (label: string, stat: string, pick: (s: (typeof stats)[number]) => number, digits: number, p: TableCell = textCell("")): TableRow => ({
    cells: [textCell(label), textCell(stat), ...stats.map((s) => numberCell(pick(s), digits < 0 ? String(pick(s)) : fixed(pick(s), digits))), p],
  });
  return [
    line(v.label, "n", (s) => s.n, -1, numberCell(test.p, pValue4(test.p))),
    line("", "Mean", (s) => s.mean, d.mean),
    line("", "SD", (s) => s.sd, d.sd),
    line("", "Median", (s) => s.median, d.median),
    line("", "Min", (s) => s.min, d.range),
    line("", "Max", (s) => s.max, d.range),
  ];
}

function categoricalRows(groups: SubjectRow[][], v: CategoricalVariable): TableRow[] {
  if (v.levels.length < 2) throw new TrialTableInputError(`variables[${describe(v.column)}].levels`, `must list at least two levels, got ${v.levels.length}`);
  const known = new Set(v.levels.map((l) => l.value));
  groups.flat().forEach((row) => {
    const x = row[v.column];
    if (x !== null && x !== undefined && !known.has(x as string | number))
      throw new TrialTableInputError(`rows[].${v.column}`, `has ${describe(x)}, not one of the levels ${v.levels.map((l) => describe(l.value)).join(", ")}`);
  });
  const sizes = [...groups.map((g) => g.length), groups.flat().length];
  const counts = v.levels.map((l) => groups.map((g) => g.filter((row) => row[v.column] === l.value).length));
  const tested = counts.filter((c) => c.some((x) => x > 0));
  const p = v.test === "fisher" ? fisherExactTest(tested).p : pearsonChiSquareTest(tested).p;
  const pCell = numberCell(p, pValue4(p));
  const rows: TableRow[] = [];
  if (v.showN) {
    const ns = [...groups.map((g) => g.filter((row) => row[v.column] !== null && row[v.column] !== undefined).length)];
    ns.push(ns.reduce((a, b) => a + b, 0));
    rows.push({ cells: [textCell(v.label), textCell("n"), ...ns.map((n) => numberCell(n, String(n))), pCell] });
  }
  counts.forEach((c, i) => {
    const all = [...c, c.reduce((a, b) => a + b, 0)];
    const first = !v.showN && i === 0;
    rows.push({
      cells: [
        textCell(first ? v.label : ""),
        textCell(v.levels[i]!.label),
        ...all.map((n, j) => numberCell(n, countPercent(n, sizes[j]!), { n, percent: (100 * n) / sizes[j]! })),
        first ? pCell : textCell(""),
      ],
    });
  });
  return rows;
}

/**
 * Table 14-2.01 from subject rows (one per subject of the population) and the study entry.
 *
 * @param subjects one row per subject, with the arm column and the variables' columns
 * @param study the study entry (its arms, in order; the first control arm is printed first as listed)
 * @param variables the blocks of the table, in order
 * @throws TrialTableInputError for a subject of an unknown arm, a non-numeric value of a continuous
 *   variable or a value outside a categorical variable's levels (each named)
 */
export function demographicsTable(
  subjects: readonly SubjectRow[],
  study: Pick<StudyConfig, "arms">,
  variables: readonly DemographicVariable[],
  options: DemographicsOptions = {},
): TrialTable {
  const armColumn = options.armColumn ?? "arm";
  const groups = groupByArm(subjects, study.arms, armColumn);
  const rowsByArm = groups.map((g) => g.rows);
  const columns = ["", "", ...groups.map((g) => armHeader(g.arm.label, g.rows.length)), armHeader("Total", subjects.length), "p-value [1]"];
  const rows: TableRow[] = [];
  variables.forEach((v, i) => {
    if (i > 0) rows.push(blankRow(columns.length));
    rows.push(...(v.kind === "continuous" ? continuousRows(rowsByArm, v) : categoricalRows(rowsByArm, v)));
  });
  return {
    id: options.id ?? "14-2.01",
    title: "Summary of Demographic and Baseline Characteristics",
    population: options.population ?? "Intent-to-Treat",
    columns,
    rows,
    footnotes: [
      "[1] P-values are results of ANOVA treatment group comparison for continuous variables and Pearson's chi-square test for categorical variables" +
        (variables.some((v) => v.kind === "categorical" && v.test === "fisher") ? " (Fisher's exact test where marked)." : "."),
    ],
  };
}
