/**
 * Fisher's exact test of independence in an r × c table of counts: 2 × 2 as R's `fisher.test`,
 * and the r × c tables of a CSR (adverse-event incidence by arm, 2 × 3; reasons for
 * discontinuation by arm, 9 × 3), by a network algorithm in the manner of Mehta & Patel (1983).
 *
 * Given the margins, a table has the multivariate hypergeometric probability
 * P(n) = Πᵢ nᵢ₊! Πⱼ n₊ⱼ! / (N! Πᵢⱼ nᵢⱼ!). The two-sided p-value sums P over the tables no more
 * probable than the observed one, with R's relative tolerance 1 + 10⁻⁷ on that comparison
 * (fisher.test's `relErr`), so ties are counted as R counts them.
 *
 * Why a network rather than plain enumeration: the 9 × 3 disposition table of the CDISC pilot
 * (136 subjects) has more than 10⁹ tables with its margins (minutes to enumerate); the network
 * settles it in about a million steps (under a second in Node).
 * The table is filled one column at a time; a node is the vector of row totals still to fill
 * (sorted: rows are exchangeable for what remains). For every node the longest and shortest
 * remaining paths — the largest and smallest −Σ ln nᵢⱼ! over the columns still to fill — are
 * computed exactly by dynamic programming, and the total probability of all its completions is
 * closed-form (Σ Πᵢⱼ 1/nᵢⱼ! = N′!/(Πᵢ r′ᵢ! Πⱼ c′ⱼ!)). A path reaching a node with past value v is
 * then settled at once when even its most probable completion is no more probable than the
 * observed table (all completions count) or its least probable one is more probable (none
 * counts); only the paths in between are extended. Paths with the same past value at the same
 * node are merged. Only +, −, ×, ÷ and the library's ln/exp are used (the same bits everywhere).
 */
import { exp, ln } from "./elementary-functions.js";
import { checkInteger, describeValue, EstimatorInputError } from "./validate.js";

export interface FisherExactOptions {
  /** Most network steps (bound computations and path extensions) before giving up (default 10⁷). */
  maxNodes?: number;
}

export interface FisherExactResult {
  /** Two-sided p-value. */
  p: number;
  /** Probability of the observed table given its margins. */
  observedProbability: number;
  /** Network steps performed (bound computations and path extensions: the work done). */
  nodes: number;
}

function checkTable(table: unknown): asserts table is number[][] {
  if (!Array.isArray(table) || table.length < 2) throw new EstimatorInputError("table", `must have at least two rows, got ${describeValue(table)}`);
  const c = Array.isArray(table[0]) ? (table[0] as number[]).length : 0;
  if (c < 2) throw new EstimatorInputError("table[0]", "must have at least two columns");
  table.forEach((row: unknown, i: number) => {
    if (!Array.isArray(row) || row.length !== c) throw new EstimatorInputError(`table[${i}]`, `must have ${c} columns like table[0], got ${describeValue(row)}`);
    row.forEach((v: unknown, j: number) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw new EstimatorInputError(`table[${i}][${j}]`, `must be a count (a non-negative integer), got ${describeValue(v)}`);
    });
  });
}

/**
 * Two-sided Fisher exact test of an r × c table.
 *
 * @param table counts, r ≥ 2 rows × c ≥ 2 columns (non-negative integers)
 * @param options `maxNodes`
 * @throws EstimatorInputError for a table that is not r × c of counts (the cell is named), an
 *   empty table, or more than `maxNodes` network steps (a table too large for the exact test)
 * @example
 * fisherExactTest([[3, 1], [1, 3]]).p // => 0.4857142857 (R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 17/35)
 */
export function fisherExactTest(table: ReadonlyArray<ReadonlyArray<number>>, options: FisherExactOptions = {}): FisherExactResult {
  checkTable(table);
  const maxNodes = options.maxNodes ?? 1e7;
  checkInteger("options.maxNodes", maxNodes, 1);
  // Rows: the shorter side (the node is a vector of row totals).
  const shortRows = table.length <= (table[0] as number[]).length ? table : (table[0] as number[]).map((_, j) => table.map((row) => row[j] as number));
  // Columns by increasing total, the largest last (where it is forced): the p-value does not
  // depend on the order, the work does (a third of the nodes on the 9 × 3 disposition table).
  const colTotal = (j: number) => shortRows.reduce((s, row) => s + (row[j] as number), 0);
  const order = (shortRows[0] as number[]).map((_, j) => j).sort((a, b) => colTotal(a) - colTotal(b) || a - b);
  const t = shortRows.map((row) => order.map((j) => row[j] as number));
  const r = t.length;
  const c = (t[0] as number[]).length;
  const rows = t.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: c }, (_, j) => t.reduce((a, row) => a + (row[j] as number), 0));
  const N = rows.reduce((a, b) => a + b, 0);
  if (N === 0) throw new EstimatorInputError("table", "is empty (all counts 0); nothing can be tested");
  const lnFact = new Float64Array(N + 1);
  for (let k = 2; k <= N; k++) lnFact[k] = (lnFact[k - 1] as number) + ln(k);
  const lf = (k: number) => lnFact[k] as number;
  let K = -lf(N);
  for (const v of rows) K += lf(v);
  for (const v of cols) K += lf(v);
  let observedTerm = 0;
  for (const row of t) for (const v of row) observedTerm -= lf(v);
  const observed = K + observedTerm;
  const threshold = observed + ln(1 + 1e-7);
  // ln Σ_{completions} Πᵢⱼ 1/nᵢⱼ! of a node at column j.
  const colsFrom = new Float64Array(c + 1);
  for (let j = c - 1; j >= 0; j--) colsFrom[j] = (colsFrom[j + 1] as number) + lf(cols[j] as number);
  const lnTotal = (j: number, state: number[]) => {
    let s = lf(state.reduce((a, b) => a + b, 0)) - (colsFrom[j] as number);
    for (const v of state) s -= lf(v);
    return s;
  };

  // A node's key: its sorted row totals as one number in base N + 1 when that is exact, else text.
  let span = 1;
  for (let i = 0; i < r; i++) span *= N + 1;
  const numericKeys = span < Number.MAX_SAFE_INTEGER;
  const keyOf = (state: readonly number[]): number | string => {
    if (!numericKeys) return state.join(",");
    let k = 0;
    for (const v of state) k = k * (N + 1) + v;
    return k;
  };
  const sortSmall = (a: number[]) => {
    for (let i = 1; i < a.length; i++) {
      const v = a[i] as number;
      let k = i - 1;
      while (k >= 0 && (a[k] as number) > v) {
        a[k + 1] = a[k] as number;
        k--;
      }
      a[k + 1] = v;
    }
    return a;
  };
  /** Calls visit(next sorted state, −Σ ln x!) for every way to put cols[j] into the rows of `state`. */
  const compositions = (state: number[], total: number, visit: (next: number[], value: number) => void) => {
    const capAfter = new Array<number>(r + 1).fill(0);
    for (let i = r - 1; i >= 0; i--) capAfter[i] = (capAfter[i + 1] as number) + (state[i] as number);
    const next = state.slice();
    const fill = (i: number, left: number, value: number): void => {
      if (i === r - 1) {
        if (left > (state[i] as number)) return;
        next[i] = (state[i] as number) - left;
        visit(sortSmall(next.slice()), value - lf(left));
        return;
      }
      const lo = Math.max(0, left - (capAfter[i + 1] as number));
      const hi = Math.min(left, state[i] as number);
      for (let x = lo; x <= hi; x++) {
        next[i] = (state[i] as number) - x;
        fill(i + 1, left - x, value - lf(x));
      }
    };
    fill(0, total, 0);
  };

  let nodes = 0;
  const tick = (k = 1) => {
    nodes += k;
    if (nodes > maxNodes)
      throw new EstimatorInputError("table", `needs more than ${maxNodes} network steps (N = ${N}, ${r} × ${c}); too large for the exact test — use the chi-square test`);
  };
  // Longest and shortest remaining paths of every node, by memoised recursion.
  const memo = Array.from({ length: c }, () => new Map<number | string, { max: number; min: number }>());
  const bounds = (j: number, state: number[]): { max: number; min: number } => {
    const key = keyOf(state);
    const hit = (memo[j] as Map<number | string, { max: number; min: number }>).get(key);
    if (hit) return hit;
    let out: { max: number; min: number };
    if (j === c - 1) {
      let v = 0;
      for (const s of state) v -= lf(s);
      out = { max: v, min: v };
    } else {
      let max = -Infinity;
      let min = Infinity;
      compositions(state, cols[j] as number, (next, value) => {
        tick();
        const b = bounds(j + 1, next);
        if (value + b.max > max) max = value + b.max;
        if (value + b.min < min) min = value + b.min;
      });
      out = { max, min };
    }
    (memo[j] as Map<number | string, { max: number; min: number }>).set(key, out);
    return out;
  };

  interface Node {
    state: number[];
    paths: Map<number, { v: number; count: number }>;
  }
  let p = 0;
  const start = rows.slice().sort((a, b) => a - b);
  let current = new Map<number | string, Node>([[keyOf(start), { state: start, paths: new Map([[0, { v: 0, count: 1 }]]) }]]);
  for (let j = 0; j < c; j++) {
    const next = new Map<number | string, Node>();
    for (const { state, paths } of current.values()) {
      const b = bounds(j, state);
      let total: number | null = null;
      // Before the last column every completion is one composition of column j (the last column
      // is forced): its tables are summed directly, without building the last nodes.
      let finals: number[] | null = null;
      for (const { v, count } of paths.values()) {
        if (K + v + b.max <= threshold) {
          total ??= lnTotal(j, state);
          p += count * exp(K + v + total);
        } else if (K + v + b.min > threshold) {
          // biome-ignore lint/complexity/noUselessContinue: the case is stated: every table below this path is more probable than the observed one
          continue;
        } else if (j === c - 2) {
          if (finals === null) {
            const f: number[] = [];
            compositions(state, cols[j] as number, (nextState, value) => f.push(value + bounds(c - 1, nextState).max));
            finals = f;
          }
          tick(finals.length);
          for (const w of finals) if (K + v + w <= threshold) p += count * exp(K + v + w);
        } else {
          compositions(state, cols[j] as number, (nextState, value) => {
            tick();
            const key = keyOf(nextState);
            let node = next.get(key);
            if (node === undefined) {
              node = { state: nextState, paths: new Map() };
              next.set(key, node);
            }
            const nv = v + value;
            // Paths whose past values agree to 1e-9 are merged (far inside the 1e-7 tolerance).
            const vKey = Math.round(nv * 1e9);
            const path = node.paths.get(vKey);
            if (path === undefined) node.paths.set(vKey, { v: nv, count });
            else path.count += count;
          });
        }
      }
    }
    current = next;
  }
  return { p: Math.min(1, p), observedProbability: exp(observed), nodes };
}
