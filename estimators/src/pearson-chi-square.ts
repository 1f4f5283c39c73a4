/**
 * Pearson's chi-square test of independence in an r × c table, as R's `chisq.test(x, correct)`.
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { square } from "./elementary-functions.js";
import { describeValue, EstimatorInputError } from "./validate.js";

export interface PearsonChiSquareResult {
  statistic: number;
  df: number;
  p: number;
  /** Expected counts nᵢ₊n₊ⱼ/N. */
  expected: number[][];
  /** Whether Yates' continuity correction was applied (2 × 2 only). */
  corrected: boolean;
}

/**
 * X² = Σᵢⱼ (nᵢⱼ − Eᵢⱼ)²/Eᵢⱼ, Eᵢⱼ = nᵢ₊n₊ⱼ/N, on (r − 1)(c − 1) df. With `correct` (2 × 2 tables
 * only, as R) Yates' correction uses (|nᵢⱼ − Eᵢⱼ| − min(0.5, |nᵢⱼ − Eᵢⱼ|))². A CSR reports the
 * expected counts so a reader can see when the approximation is poor (Eᵢⱼ < 5): prefer
 * Fisher's exact test then.
 *
 * @param table counts, r ≥ 2 × c ≥ 2 (non-negative integers)
 * @param correct Yates' continuity correction for 2 × 2 tables (default false; R's default is true)
 * @throws EstimatorInputError for a malformed table (the cell is named) or an empty row or column
 *   (an expected count of 0)
 * @example
 * pearsonChiSquareTest([[10, 20], [20, 10]]).statistic // => 6.6667 (R: chisq.test(matrix(c(10, 20, 20, 10), 2), correct = FALSE))
 */
export function pearsonChiSquareTest(table: ReadonlyArray<ReadonlyArray<number>>, correct = false): PearsonChiSquareResult {
  if (!Array.isArray(table) || table.length < 2) throw new EstimatorInputError("table", `must have at least two rows, got ${describeValue(table)}`);
  const c = Array.isArray(table[0]) ? (table[0] as number[]).length : 0;
  if (c < 2) throw new EstimatorInputError("table[0]", "must have at least two columns");
  table.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== c) throw new EstimatorInputError(`table[${i}]`, `must have ${c} columns like table[0], got ${describeValue(row)}`);
    row.forEach((v, j) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw new EstimatorInputError(`table[${i}][${j}]`, `must be a count (a non-negative integer), got ${describeValue(v)}`);
    });
  });
  const r = table.length;
  const rows = table.map((row: readonly number[]) => row.reduce((a: number, b: number) => a + b, 0));
  const cols = Array.from({ length: c }, (_, j) => table.reduce((a, row) => a + (row[j] as number), 0));
  const N = rows.reduce((a, b) => a + b, 0);
  rows.forEach((v, i) => {
    if (v === 0) throw new EstimatorInputError(`table[${i}]`, "is an empty row (all counts 0); its expected counts are 0 and X² is undefined");
  });
  cols.forEach((v, j) => {
    if (v === 0) throw new EstimatorInputError("table", `has an empty column ${j} (all counts 0); its expected counts are 0 and X² is undefined`);
  });
  const corrected = correct && r === 2 && c === 2;
  const expected = rows.map((ri) => cols.map((cj) => (ri * cj) / N));
  let statistic = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = (expected[i] as number[])[j] as number;
      const d = Math.abs(((table[i] as number[])[j] as number) - e);
      statistic += square(corrected ? d - Math.min(0.5, d) : d) / e;
    }
  }
  const df = (r - 1) * (c - 1);
  return { statistic, df, p: chiSquareUpperTail(statistic, df), expected, corrected };
}
