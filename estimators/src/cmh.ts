/**
 * Cochran–Mantel–Haenszel statistics for stratified r × c tables (rows: the treatment arms;
 * columns: the response categories; one table per stratum), as SAS PROC FREQ's `CMH` option
 * (Landis, Heyman & Koch 1978), R's `vcdExtra::CMHtest` and `coin::cmh_test` / `lbl_test`:
 * - general association, Q_GMH on (r − 1)(c − 1) df (R's `mantelhaen.test(x, correct = FALSE)`);
 * - row mean scores differ, Q_SMH on r − 1 df (nominal rows, scored columns);
 * - nonzero correlation, Q_CSMH on 1 df (scored rows and columns).
 * Scores are table scores: the numbers given, by default 1, 2, … in order.
 *
 * Under H₀ (no association within any stratum, margins fixed), the table nₕ of stratum h has mean
 * mₕ,ᵢⱼ = nₕ,ᵢ₊nₕ,₊ⱼ/Nₕ and covariance Cov(nᵢⱼ, nₖₗ) = Nₕ²/(Nₕ − 1)·(δᵢₖpᵢ − pᵢpₖ)(δⱼₗqⱼ − qⱼqₗ),
 * p and q the row and column proportions. For a set of linear functions Aₛ of the cells,
 * g = Σₕ Σᵢⱼ Aₛ,ᵢⱼ(nₕ,ᵢⱼ − mₕ,ᵢⱼ), S = Σₕ Cov(g), Q = gᵀS⁻¹g ~ χ². Strata with fewer than two
 * subjects carry no information and are skipped (as SAS does).
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { cholesky, choleskySolve, type Matrix } from "./matrix.js";
import { checkFiniteVector, describeValue, EstimatorInputError } from "./validate.js";

export interface CmhOptions {
  /** Scores of the response columns (default 1, 2, …, c). */
  columnScores?: readonly number[];
  /** Scores of the rows, for the correlation statistic (default 1, 2, …, r). */
  rowScores?: readonly number[];
}

export interface CmhStatistic {
  statistic: number;
  df: number;
  p: number;
}

export interface CmhResult {
  /** Nonzero correlation (1 df). */
  correlation: CmhStatistic;
  /** Row mean scores differ (r − 1 df). */
  rowMeanScores: CmhStatistic;
  /** General association ((r − 1)(c − 1) df). */
  generalAssociation: CmhStatistic;
  /** Strata used (with at least two subjects). */
  strataUsed: number;
}

function checkTables(tables: unknown): asserts tables is number[][][] {
  if (!Array.isArray(tables) || tables.length === 0)
    throw new EstimatorInputError("tables", `must be a non-empty array of r × c tables (one per stratum), got ${describeValue(tables)}`);
  const first = tables[0];
  if (!Array.isArray(first) || first.length < 2 || !Array.isArray(first[0]) || (first[0] as unknown[]).length < 2) {
    throw new EstimatorInputError("tables[0]", "must be a table with at least two rows and two columns");
  }
  const r = first.length;
  const c = (first[0] as unknown[]).length;
  tables.forEach((t, h) => {
    if (!Array.isArray(t) || t.length !== r) throw new EstimatorInputError(`tables[${h}]`, `must have ${r} rows like tables[0], got ${describeValue(t)}`);
    t.forEach((row: unknown, i: number) => {
      if (!Array.isArray(row) || row.length !== c) throw new EstimatorInputError(`tables[${h}][${i}]`, `must have ${c} columns like tables[0], got ${describeValue(row)}`);
      row.forEach((v: unknown, j: number) => {
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
          throw new EstimatorInputError(`tables[${h}][${i}][${j}]`, `must be a count (a non-negative integer), got ${describeValue(v)}`);
      });
    });
  });
}

/** Q = gᵀS⁻¹g for the linear functions `A` (each an r × c weight matrix) summed over strata. */
function quadraticForm(tables: number[][][], A: Matrix[], name: string): CmhStatistic & { used: number } {
  const s = A.length;
  const g = new Array<number>(s).fill(0);
  const S: Matrix = Array.from({ length: s }, () => new Array<number>(s).fill(0));
  let used = 0;
  for (const t of tables) {
    const r = t.length;
    const c = (t[0] as number[]).length;
    const rows = t.map((row) => row.reduce((a, b) => a + b, 0));
    const cols = Array.from({ length: c }, (_, j) => t.reduce((a, row) => a + (row[j] as number), 0));
    const N = rows.reduce((a, b) => a + b, 0);
    if (N < 2) continue;
    used++;
    const p = rows.map((v) => v / N);
    const q = cols.map((v) => v / N);
    const P = p.map((pi, i) => p.map((pk, k) => (i === k ? pi : 0) - pi * pk));
    const Q = q.map((qj, j) => q.map((ql, l) => (j === l ? qj : 0) - qj * ql));
    const factor = (N * N) / (N - 1);
    // P Aₜ Q for each function t.
    const PAQ = A.map((a) => {
      const pa = P.map((Pi) => Array.from({ length: c }, (_, l) => Pi.reduce((acc, v, k) => acc + v * ((a[k] as number[])[l] as number), 0)));
      return pa.map((row) => Array.from({ length: c }, (_, j) => row.reduce((acc, v, l) => acc + v * ((Q[l] as number[])[j] as number), 0)));
    });
    A.forEach((a, u) => {
      let dev = 0;
      for (let i = 0; i < r; i++)
        for (let j = 0; j < c; j++) dev += ((a[i] as number[])[j] as number) * (((t[i] as number[])[j] as number) - ((rows[i] as number) * (cols[j] as number)) / N);
      g[u] = (g[u] as number) + dev;
      for (let v = 0; v < s; v++) {
        let cov = 0;
        const m = PAQ[v] as Matrix;
        for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) cov += ((a[i] as number[])[j] as number) * ((m[i] as number[])[j] as number);
        (S[u] as number[])[v] = ((S[u] as number[])[v] as number) + factor * cov;
      }
    });
  }
  if (used === 0) throw new EstimatorInputError("tables", "has no stratum with at least two subjects; nothing can be tested");
  const l = cholesky(S);
  if (l === null)
    throw new EstimatorInputError(
      "tables",
      `give a singular covariance for the ${name} statistic (a row or column is empty in every stratum, or the scores are constant); it is undefined`,
    );
  const x = choleskySolve(l, g);
  let statistic = 0;
  for (let u = 0; u < s; u++) statistic += (g[u] as number) * (x[u] as number);
  statistic = Math.max(statistic, 0);
  return { statistic, df: s, p: chiSquareUpperTail(statistic, s), used };
}

/**
 * The three Cochran–Mantel–Haenszel statistics of stratified r × c tables.
 *
 * @param tables one r × c table of counts per stratum (rows: arms, columns: response categories)
 * @param options `columnScores`, `rowScores` (table scores; default 1, 2, …)
 * @throws EstimatorInputError for tables of different shapes, a count that is not a non-negative
 *   integer (named), scores of the wrong length, no stratum with two subjects, or a singular
 *   covariance (e.g. a row empty in every stratum)
 * @example
 * cmhTests([[[10, 5], [5, 10]], [[8, 4], [4, 8]]]).generalAssociation.statistic
 * // => 5.7776708… (R: mantelhaen.test(array(c(10, 5, 5, 10, 8, 4, 4, 8), c(2, 2, 2)), correct = FALSE))
 */
export function cmhTests(tables: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>, options: CmhOptions = {}): CmhResult {
  checkTables(tables);
  const r = (tables[0] as number[][]).length;
  const c = ((tables[0] as number[][])[0] as number[]).length;
  const a = options.columnScores ?? Array.from({ length: c }, (_, j) => j + 1);
  const b = options.rowScores ?? Array.from({ length: r }, (_, i) => i + 1);
  checkFiniteVector("options.columnScores", a, c);
  checkFiniteVector("options.rowScores", b, r);
  if (a.length !== c) throw new EstimatorInputError("options.columnScores", `must give one score per column (${c}), got ${a.length}`);
  if (b.length !== r) throw new EstimatorInputError("options.rowScores", `must give one score per row (${r}), got ${b.length}`);
  const zeros = () => Array.from({ length: r }, () => new Array<number>(c).fill(0));
  const general: Matrix[] = [];
  for (let i = 0; i < r - 1; i++) {
    for (let j = 0; j < c - 1; j++) {
      const m = zeros();
      (m[i] as number[])[j] = 1;
      general.push(m);
    }
  }
  const rowMeans: Matrix[] = Array.from({ length: r - 1 }, (_, i) => {
    const m = zeros();
    m[i] = a.map(Number);
    return m;
  });
  const correlation: Matrix[] = [b.map((bi) => a.map((aj) => bi * aj))];
  const ga = quadraticForm(tables, general, "general association");
  const rm = quadraticForm(tables, rowMeans, "row mean scores");
  const co = quadraticForm(tables, correlation, "correlation");
  const strip = ({ statistic, df, p }: CmhStatistic) => ({ statistic, df, p });
  return { correlation: strip(co), rowMeanScores: strip(rm), generalAssociation: strip(ga), strataUsed: ga.used };
}
