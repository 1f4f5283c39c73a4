/**
 * Fisher's exact test of independence in an r × c table of counts (2 × 2 as R's `fisher.test`,
 * and the r × c tables of a CSR's adverse-event incidence: 2 × 3 for three arms), by complete
 * enumeration of the tables with the observed margins.
 *
 * Given the margins, a table has the multivariate hypergeometric probability
 * P(n) = Πᵢ nᵢ₊! Πⱼ n₊ⱼ! / (N! Πᵢⱼ nᵢⱼ!). The two-sided p-value sums P over the tables no more
 * probable than the observed one, with R's relative tolerance 1 + 10⁻⁷ on that comparison
 * (fisher.test's `relErr`), so ties are counted as R counts them.
 *
 * Enumeration is exact and simple, and fast for the small tables it is meant for (a 2 × 3 table
 * of 300 subjects has at most ~45,000 tables); beyond `maxTables` it stops with an error instead
 * of running for minutes (use the chi-square test or a network algorithm for such tables).
 */
import { exp, ln } from "./elementary-functions.js";
import { checkInteger, describeValue, EstimatorInputError } from "./validate.js";

export interface FisherExactOptions {
  /** Most tables to enumerate before giving up (default 10⁷). */
  maxTables?: number;
}

export interface FisherExactResult {
  /** Two-sided p-value. */
  p: number;
  /** Probability of the observed table given its margins. */
  observedProbability: number;
  /** Tables with the observed margins that were enumerated. */
  tablesEnumerated: number;
}

/**
 * Two-sided Fisher exact test of an r × c table.
 *
 * @param table counts, r ≥ 2 rows × c ≥ 2 columns (non-negative integers)
 * @param options `maxTables`
 * @throws EstimatorInputError for a table that is not r × c of counts (the cell is named), an
 *   empty table, or more than `maxTables` tables to enumerate
 * @example
 * fisherExactTest([[3, 1], [1, 3]]).p // => 0.4857142857 (R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 17/35)
 */
export function fisherExactTest(table: ReadonlyArray<ReadonlyArray<number>>, options: FisherExactOptions = {}): FisherExactResult {
  if (!Array.isArray(table) || table.length < 2) throw new EstimatorInputError("table", `must have at least two rows, got ${describeValue(table)}`);
  const c = Array.isArray(table[0]) ? (table[0] as number[]).length : 0;
  if (c < 2) throw new EstimatorInputError("table[0]", "must have at least two columns");
  table.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== c) throw new EstimatorInputError(`table[${i}]`, `must have ${c} columns like table[0], got ${describeValue(row)}`);
    row.forEach((v, j) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new EstimatorInputError(`table[${i}][${j}]`, `must be a count (a non-negative integer), got ${describeValue(v)}`);
    });
  });
  const maxTables = options.maxTables ?? 1e7;
  checkInteger("options.maxTables", maxTables, 1);
  const r = table.length;
  const rows = table.map((row: readonly number[]) => row.reduce((a: number, b: number) => a + b, 0));
  const cols = Array.from({ length: c }, (_, j) => table.reduce((a, row) => a + (row[j] as number), 0));
  const N = rows.reduce((a, b) => a + b, 0);
  if (N === 0) throw new EstimatorInputError("table", "is empty (all counts 0); nothing can be tested");
  // ln k! for k = 0..N, summed in a fixed order.
  const lnFact = new Float64Array(N + 1);
  for (let k = 2; k <= N; k++) lnFact[k] = (lnFact[k - 1] as number) + ln(k);
  let constant = -(lnFact[N] as number);
  for (const v of rows) constant += lnFact[v] as number;
  for (const v of cols) constant += lnFact[v] as number;
  const logP = (cells: (k: number) => number) => {
    let s = constant;
    for (let k = 0; k < r * c; k++) s -= lnFact[cells(k)] as number;
    return s;
  };
  const observed = logP((k) => (table[Math.floor(k / c)] as number[])[k % c] as number);
  const threshold = observed + ln(1 + 1e-7);

  // Enumerate column by column: column j's counts are a composition of cols[j] bounded by the
  // rows' remaining totals; the last column is what remains.
  let total = 0;
  let count = 0;
  const remaining = rows.slice();
  // Running −Σ ln nᵢⱼ! of the columns filled so far.
  const visitColumn = (j: number, partial: number): void => {
    if (j === c - 1) {
      let s = partial;
      for (let i = 0; i < r; i++) s -= lnFact[remaining[i] as number] as number;
      count++;
      if (count > maxTables) throw new EstimatorInputError("table", `has more than ${maxTables} tables with its margins (N = ${N}); too large for exact enumeration — use the chi-square test`);
      const lp = constant + s;
      if (lp <= threshold) total += exp(lp);
      return;
    }
    // Distribute cols[j] over the rows: row i gets x ≤ remaining[i], with what is left for rows > i
    // at most the remaining capacity of those rows.
    const capacityAfter = new Array<number>(r + 1).fill(0);
    for (let i = r - 1; i >= 0; i--) capacityAfter[i] = (capacityAfter[i + 1] as number) + (remaining[i] as number);
    const fill = (i: number, left: number, acc: number): void => {
      if (i === r - 1) {
        if (left > (remaining[i] as number)) return;
        remaining[i] = (remaining[i] as number) - left;
        visitColumn(j + 1, acc - (lnFact[left] as number));
        remaining[i] = (remaining[i] as number) + left;
        return;
      }
      const lo = Math.max(0, left - (capacityAfter[i + 1] as number));
      const hi = Math.min(left, remaining[i] as number);
      for (let x = lo; x <= hi; x++) {
        remaining[i] = (remaining[i] as number) - x;
        fill(i + 1, left - x, acc - (lnFact[x] as number));
        remaining[i] = (remaining[i] as number) + x;
      }
    };
    fill(0, cols[j] as number, partial);
  };
  visitColumn(0, 0);
  return { p: Math.min(1, total), observedProbability: exp(observed), tablesEnumerated: count };
}
