/**
 * The categorical analysis of an ordinal response by visit, in the layout of the CDISC pilot CSR's
 * Table 14-3.13 (CIBIC+, LOCF): per visit and arm the number of subjects assessed and, for each
 * response category, n (%) of them; and one p-value per visit, the Cochran–Mantel–Haenszel
 * "row mean scores differ" statistic (rows: the arms; columns: the categories, scored by their
 * values; strata: the site groups), as SAS PROC FREQ's `CMH` option prints it and the published
 * table's footnote names it. The statistic is the estimators' `cmhTests` (Landis, Heyman & Koch 1978).
 *
 * Categories no subject reached at a visit are printed (as 0) but left out of the test: they carry
 * no information, and the general-association covariance would be singular with them.
 */
import { cmhTests } from "@trial/estimators";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { armHeader, groupByArm, type SubjectRow } from "./arm-columns.ts";
import { countPercent, pValue4 } from "./csr-format.ts";
import { numericValues } from "./descriptive-statistics.ts";
import { blankRow, describe, numberCell, textCell, TrialTableInputError, type TableCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface ResponseCategory {
  /** The coded value (also its score in the test), e.g. 1 for "Marked improvement". */
  value: number;
  label: string;
}

export interface CategoricalResponseOptions {
  /** The response categories in print order, each with its code. */
  categories: readonly ResponseCategory[];
  armColumn?: string;
  /** Subject identifier column (default "subject_id"), for the arms' N in the header. */
  subjectColumn?: string;
  /** Column of the visit (number), default "visit". */
  visitColumn?: string;
  /** Column of the coded response, default "aval". */
  valueColumn?: string;
  /** Stratification factor of the CMH test (default "site_group"). */
  siteColumn?: string;
  /** The visits to report, with their labels; default every visit value in the rows, "Week <v>". */
  visits?: ReadonlyArray<{ value: number; label: string }>;
  id?: string;
  title?: string;
  population?: string;
}

/** The CIBIC+ scale (Clinician's Interview-Based Impression of Change, plus caregiver input) as the CSR prints it. */
export const CIBIC_CATEGORIES: readonly ResponseCategory[] = [
  "Marked improvement",
  "Moderate improvement",
  "Minimal improvement",
  "No Change",
  "Minimal worsening",
  "Moderate worsening",
  "Marked worsening",
].map((label, i) => ({ value: i + 1, label }));

/**
 * The CMH row-mean-scores test of one visit's responses: one arms × categories table per stratum,
 * categories with no subject dropped. Null when fewer than two categories were observed.
 */
function rowMeanScores(
  rows: readonly SubjectRow[],
  arms: StudyConfig["arms"],
  categories: readonly ResponseCategory[],
  columns: { arm: string; value: string; site: string },
): number | null {
  const observed = categories.filter((c) => rows.some((r) => r[columns.value] === c.value));
  if (observed.length < 2) return null;
  const strata = [...new Set(rows.map((r) => String(r[columns.site])))].sort();
  const tables = strata.map((s) => {
    const inStratum = rows.filter((r) => String(r[columns.site]) === s);
    return arms.map((a) => observed.map((c) => inStratum.filter((r) => r[columns.arm] === a.code && r[columns.value] === c.value).length));
  });
  return cmhTests(tables, { columnScores: observed.map((c) => c.value) }).rowMeanScores.p;
}

/**
 * Table 14-3.13 from one row per subject and visit (LOCF already applied by the caller) and the
 * study entry.
 *
 * @throws TrialTableInputError for a row of an unknown arm (named), a response that is not one of
 *   the categories (named), a row without a site group, or a requested visit without rows
 */
export function categoricalResponseTable(rows: readonly SubjectRow[], study: Pick<StudyConfig, "arms">, options: CategoricalResponseOptions): TrialTable {
  const armColumn = options.armColumn ?? "arm";
  const visitColumn = options.visitColumn ?? "visit";
  const value = options.valueColumn ?? "aval";
  const site = options.siteColumn ?? "site_group";
  const arms = study.arms;
  const codes = new Set(options.categories.map((c) => c.value));
  rows.forEach((r, i) => {
    if (!codes.has(r[value] as number))
      throw new TrialTableInputError(`rows[${i}].${value}`, `is ${describe(r[value])}, not one of the categories' codes (${[...codes].join(", ")})`);
    if (r[site] === null || r[site] === undefined || r[site] === "")
      throw new TrialTableInputError(`rows[${i}].${site}`, "is missing: every row needs its site group (the test's stratum)");
  });
  const visits = options.visits ?? [...new Set(numericValues(rows, visitColumn))].sort((a, b) => a - b).map((v) => ({ value: v, label: `Week ${v}` }));
  const subjectsPerArm = groupByArm(rows, arms, armColumn).map((g) => new Set(g.rows.map((r) => r[options.subjectColumn ?? "subject_id"])).size);
  const columns = ["", "Assessment", ...arms.map((a, i) => armHeader(a.label, subjectsPerArm[i]!)), "p-value [1]"];
  const width = columns.length;

  const out: TableRow[] = [];
  for (const visit of visits) {
    const visitRows = rows.filter((r) => r[visitColumn] === visit.value);
    if (visitRows.length === 0) throw new TrialTableInputError("options.visits", `has ${describe(visit.value)}, a visit without rows`);
    const groups = groupByArm(visitRows, arms, armColumn).map((g) => g.rows);
    const p = rowMeanScores(visitRows, arms, options.categories, { arm: armColumn, value, site });
    if (out.length > 0) out.push(blankRow(width));
    out.push({
      cells: [textCell(visit.label), textCell("n"), ...groups.map((g) => numberCell(g.length, String(g.length))), p === null ? textCell("") : numberCell(p, pValue4(p))],
    });
    for (const category of options.categories) {
      const cells: TableCell[] = groups.map((g) => {
        const n = g.filter((r) => r[value] === category.value).length;
        return numberCell(n, countPercent(n, g.length), { n, percent: g.length > 0 ? (100 * n) / g.length : 0 });
      });
      out.push({ cells: [textCell(""), textCell(category.label), ...cells, textCell("")] });
    }
  }
  return {
    id: options.id ?? "14-3.13",
    title: options.title ?? "CIBIC+ - Categorical Analysis - LOCF",
    population: options.population ?? "Efficacy",
    columns,
    rows: out,
    footnotes: ["[1] Overall comparison of treatments using CMH test (row mean scores differ, the categories scored by their codes), controlling for site group."],
  };
}
