/**
 * The analysis populations by arm and in total, in the layout of the CDISC pilot CSR's Table
 * 14-1.01: for each population the subjects in it, n (%) of the arm's N (every subject given).
 * A subject is in a population when its column is "Y", 1 or true.
 */
import type { StudyConfig } from "../../foundation/study-config.ts";
import { armHeader, groupByArm, type SubjectRow } from "./arm-columns.ts";
import { countPercent } from "./csr-format.ts";
import { numberCell, textCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface PopulationOptions {
  armColumn?: string;
  /** The populations in print order: label and the flag column. */
  populations: Array<{ label: string; column: string }>;
  footnotes?: string[];
  id?: string;
}

const inPopulation = (v: unknown): boolean => v === "Y" || v === 1 || v === true;

/** Table 14-1.01 from one row per subject entered and the study entry. */
export function populationTable(subjects: readonly SubjectRow[], study: Pick<StudyConfig, "arms">, options: PopulationOptions): TrialTable {
  const groups = groupByArm(subjects, study.arms, options.armColumn ?? "arm").map((g) => g.rows);
  const sizes = [...groups.map((g) => g.length), subjects.length];
  const rows: TableRow[] = options.populations.map((p) => {
    const per = groups.map((g) => g.filter((r) => inPopulation(r[p.column])).length);
    const all = [...per, per.reduce((a, b) => a + b, 0)];
    return { cells: [textCell(p.label), ...all.map((n, j) => numberCell(n, countPercent(n, sizes[j]!, { zero: "percent" }), { n, percent: (100 * n) / sizes[j]! }))] };
  });
  return {
    id: options.id ?? "14-1.01",
    title: "Summary of Populations",
    population: "All subjects",
    columns: ["", ...study.arms.map((a, i) => armHeader(a.label, groups[i]!.length)), armHeader("Total", subjects.length)],
    rows,
    footnotes: options.footnotes ?? ["NOTE: N in column headers represents number of subjects entered in study."],
  };
}
