/**
 * The test of proportional hazards of a Cox model on its scaled Schoenfeld residuals, as survival
 * 3.x's `cox.zph(fit, transform = "km")` (the score test of adding g(t)·x for each term, with the
 * full information matrix; survival ≥ 3.0, `zph1.c`).
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { coxData, type CoxData, type CoxFit } from "./cox.js";
import { exp } from "./elementary-functions.js";
import { cholesky, choleskySolve, type Matrix } from "./matrix.js";
import { checkCaseWeights, checkSurvivalData, groupIndex, type GroupLabel } from "./survival-data.js";
import { EstimatorInputError, checkMatrix, describeValue } from "./validate.js";

export interface CoxZphOptions {
  /** The case weights of the fit (if it had any). */
  weights?: ArrayLike<number>;
  /** The strata of the fit (if it had any). */
  strata?: ArrayLike<GroupLabel>;
  /**
   * Terms to test, each a name and the columns of X it spans (a factor's dummy columns are one
   * term, as R's `terms = TRUE`); default one term per column, named as the fit's coefficients.
   */
  terms?: readonly { name: string; columns: readonly number[] }[];
}

export interface CoxZphTest {
  /** The term's name, or "GLOBAL". */
  term: string;
  chiSquare: number;
  df: number;
  p: number;
}

export interface CoxZphResult {
  /** One test per term, then the global test (R's `table`). */
  tests: CoxZphTest[];
  global: CoxZphTest;
  transform: "km";
  /**
   * The scaled Schoenfeld residuals for the diagnostic plot, one row per event sorted by stratum
   * and time: R's `time`, `x` (g(t) = 1 − KM(t−), not centred), stratum index, and `y` (events ×
   * terms; `null` where a term is constant within the stratum, as R's NA).
   */
  residuals: { time: number[]; x: number[]; stratum: number[]; y: (number | null)[][] };
}

/**
 * Proportional-hazards test. With g(t) = 1 − KM(t−) (the left-continuous Kaplan–Meier of all
 * subjects, unweighted) centred at its mean over the events, U = Σ_events wᵢ g(tᵢ)(xᵢ − x̄(tᵢ)) at
 * the fitted β, and I the 2p × 2p information of (β, g(t)·β), the statistic of a term with columns
 * J is Uⱼᵀ [I⁻¹]ⱼⱼ Uⱼ computed as uᵀ I_K⁻¹ u on K = (1..p, p + J) with u = (0, U_J), with |J|
 * degrees of freedom; the global test uses all 2p rows.
 *
 * @param time the fit's follow-up times
 * @param status the fit's event indicators
 * @param X the fit's covariates
 * @param fit the result of {@link fitCox} on these data
 * @param options weights and strata of the fit, terms
 * @throws EstimatorInputError naming the argument and value
 * @example
 * const t = [1, 2, 3, 4, 5, 6, 7, 8], s = [1, 1, 1, 0, 1, 1, 1, 1], X = [[1], [0], [1], [0], [1], [0], [0], [1]];
 * coxZph(t, s, X, fitCox(t, s, X)).global.chiSquare // => 1.4261799324887179 (R: cox.zph(coxph(Surv(t, s) ~ x))$table)
 */
export function coxZph(time: ArrayLike<number>, status: ArrayLike<number | boolean>, X: ArrayLike<ArrayLike<number>>, fit: CoxFit, options: CoxZphOptions = {}): CoxZphResult {
  const st = checkSurvivalData(time, status);
  const n = st.length;
  checkMatrix("X", X);
  if (X.length !== n || n !== fit.n) throw new EstimatorInputError("X", `must have one row per subject of the fit (${fit.n}), got ${X.length}`);
  const p = (X[0] as ArrayLike<number>).length;
  if (p !== fit.coefficients.length) throw new EstimatorInputError("X", `must have the fit's ${fit.coefficients.length} columns, got ${p}`);
  const w = checkCaseWeights(options.weights, n);
  const strata = options.strata === undefined ? new Array<number>(n).fill(0) : groupIndex("strata", options.strata, n).index;
  const terms = options.terms ?? fit.coefficients.map((c, j) => ({ name: c.name, columns: [j] }));
  terms.forEach((term, k) => {
    if (term.columns.length === 0) throw new EstimatorInputError(`terms[${k}]`, "must span at least one column");
    term.columns.forEach((c) => {
      if (!Number.isInteger(c) || c < 0 || c >= p) throw new EstimatorInputError(`terms[${k}].columns`, `must be column indices 0..${p - 1}, got ${describeValue(c)}`);
    });
  });
  const beta = fit.coefficients.map((c) => c.estimate);
  const data = coxData(time, st, X, w, strata);

  // g(t) = 1 − KM(t−), the unweighted Kaplan–Meier of all subjects, centred over the events.
  const sortedTimes = Array.from({ length: n }, (_, i) => i).sort((a, b) => (time[a] as number) - (time[b] as number));
  const kmBefore = new Map<number, number>();
  let km = 1;
  let atRisk = n;
  for (let r = 0; r < n; ) {
    const t0 = time[sortedTimes[r] as number] as number;
    kmBefore.set(t0, km);
    let d = 0;
    let q = r;
    while (q < n && time[sortedTimes[q] as number] === t0) {
      d += st[sortedTimes[q] as number] as number;
      q++;
    }
    if (d > 0) km *= (atRisk - d) / atRisk;
    atRisk -= q - r;
    r = q;
  }
  let gMean = 0;
  let nEvents = 0;
  for (let i = 0; i < n; i++) {
    if (st[i] === 1) {
      gMean += 1 - (kmBefore.get(time[i] as number) as number);
      nEvents++;
    }
  }
  gMean /= nEvents;

  const { x, weight } = data;
  const m = 2 * p;
  const u = new Array<number>(m).fill(0);
  const imat: Matrix = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const a = new Float64Array(p);
  const a2 = new Float64Array(p);
  const cmat = Array.from({ length: p }, () => new Float64Array(p));
  const cmat2 = Array.from({ length: p }, () => new Float64Array(p));
  const efron = fit.ties === "efron";
  const schoen = new Map<number, number[]>(); // sorted row → Schoenfeld residual (centred X)
  for (const [lo, hi] of data.strataBounds) {
    let denom = 0;
    a.fill(0);
    for (const row of cmat) row.fill(0);
    let r = hi - 1;
    while (r >= lo) {
      const dtime = data.time[r] as number;
      const timewt = 1 - (kmBefore.get(dtime) as number) - gMean;
      let ndead = 0;
      let deadwt = 0;
      let denom2 = 0;
      a2.fill(0);
      for (const row of cmat2) row.fill(0);
      const lastRow = r;
      for (; r >= lo && data.time[r] === dtime; r--) {
        let eta = 0;
        for (let j = 0; j < p; j++) eta += (beta[j] as number) * ((x[j] as Float64Array)[r] as number);
        const risk = exp(eta) * (weight[r] as number);
        const target = data.status[r] === 0 ? cmat : cmat2;
        if (data.status[r] === 0) denom += risk;
        else {
          ndead++;
          deadwt += weight[r] as number;
          denom2 += risk;
        }
        for (let i = 0; i < p; i++) {
          const xi = (x[i] as Float64Array)[r] as number;
          if (data.status[r] === 0) a[i] = (a[i] as number) + risk * xi;
          else {
            u[i] = (u[i] as number) + (weight[r] as number) * xi;
            u[i + p] = (u[i + p] as number) + timewt * (weight[r] as number) * xi;
            a2[i] = (a2[i] as number) + risk * xi;
          }
          const ci = target[i] as Float64Array;
          for (let j = 0; j <= i; j++) ci[j] = (ci[j] as number) + risk * xi * ((x[j] as Float64Array)[r] as number);
        }
      }
      if (ndead === 0) continue;
      const parts = efron ? ndead : 1;
      // Schoenfeld residuals of the deaths at this time: x − x̄, x̄ averaged over Efron's steps.
      for (let q = r + 1; q <= lastRow; q++) {
        if (data.status[q] !== 1) continue;
        const row = new Array<number>(p);
        for (let i = 0; i < p; i++) {
          let tmean = 0;
          for (let k = 0; k < parts; k++) {
            const f = (k + 1) / parts;
            tmean += ((a[i] as number) + (a2[i] as number) * f) / (denom + denom2 * f);
          }
          row[i] = ((x[i] as Float64Array)[q] as number) - tmean / parts;
        }
        schoen.set(q, row);
      }
      const wt = deadwt / parts;
      for (let k = 0; k < parts; k++) {
        denom += denom2 / parts;
        for (let i = 0; i < p; i++) {
          a[i] = (a[i] as number) + (a2[i] as number) / parts;
          const mean = (a[i] as number) / denom;
          u[i] = (u[i] as number) - wt * mean;
          u[i + p] = (u[i + p] as number) - timewt * wt * mean;
          const ci = cmat[i] as Float64Array;
          const c2 = cmat2[i] as Float64Array;
          for (let j = 0; j <= i; j++) {
            ci[j] = (ci[j] as number) + (c2[j] as number) / parts;
            const temp = (wt * ((ci[j] as number) - mean * (a[j] as number))) / denom;
            (imat[j] as number[])[i] = ((imat[j] as number[])[i] as number) + temp;
            (imat[j] as number[])[i + p] = ((imat[j] as number[])[i + p] as number) + timewt * temp;
            (imat[j + p] as number[])[i + p] = ((imat[j + p] as number[])[i + p] as number) + timewt * timewt * temp;
          }
        }
      }
    }
  }
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) {
      (imat[i] as number[])[j] = (imat[j] as number[])[i] as number;
      (imat[i] as number[])[j + p] = (imat[j] as number[])[i + p] as number;
      (imat[i + p] as number[])[j + p] = (imat[j + p] as number[])[i + p] as number;
    }
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) (imat[i + p] as number[])[j] = (imat[j] as number[])[i + p] as number;

  const quadratic = (rows: number[], term: string): number => {
    const sub = rows.map((i) => rows.map((j) => (imat[i] as number[])[j] as number));
    const uu = rows.map((i) => (i < p ? 0 : (u[i] as number)));
    const l = cholesky(sub);
    if (l === null) throw new EstimatorInputError("X", `the information matrix of the proportional-hazards test of ${term} is singular`);
    const sol = choleskySolve(l, uu);
    let s = 0;
    for (let k = 0; k < rows.length; k++) s += (sol[k] as number) * (uu[k] as number);
    return s;
  };
  const base = Array.from({ length: p }, (_, j) => j);
  const tests = terms.map((term) => {
    const chi = quadratic([...base, ...term.columns.map((c) => c + p)], term.name);
    const df = term.columns.length;
    return { term: term.name, chiSquare: chi, df, p: chiSquareUpperTail(Math.max(chi, 0), df) };
  });
  const g = quadratic(
    Array.from({ length: m }, (_, j) => j),
    "GLOBAL",
  );
  const global = { term: "GLOBAL", chiSquare: g, df: p, p: chiSquareUpperTail(Math.max(g, 0), p) };
  const residuals = scaledSchoenfeld(data, schoen, imat, beta, terms, kmBefore);
  return { tests: [...tests, global], global, transform: "km", residuals };
}

/**
 * R's scaled Schoenfeld residuals (`cox.zph(fit)$y`): per stratum, the residuals of the terms that
 * vary in the stratum times V̄⁻¹, V̄ = I(β̂) divided element-wise by Σ_strata min(usedⱼ, usedₖ)
 * (used = the stratum's events when the column varies in it, else 0), plus β̂ (plus 1 for a
 * multi-column term, whose residual is the linear predictor's, Σ β̂ⱼ·residualⱼ).
 */
function scaledSchoenfeld(
  data: CoxData,
  schoen: Map<number, number[]>,
  imat: Matrix,
  beta: readonly number[],
  terms: readonly { name: string; columns: readonly number[] }[],
  kmBefore: Map<number, number>,
): CoxZphResult["residuals"] {
  const p = data.p;
  const nt = terms.length;
  // used[s][j]: events of stratum s when column j varies within it, else 0.
  const used = data.strataBounds.map(([lo, hi]) => {
    let events = 0;
    for (let r = lo; r < hi; r++) events += data.status[r] as number;
    return Array.from({ length: p }, (_, j) => {
      const col = data.x[j] as Float64Array;
      for (let r = lo + 1; r < hi; r++) if (col[r] !== col[lo]) return events;
      return 0;
    });
  });
  // A multi-column term is used where any of its columns is (R's fix-up for unused factor levels).
  for (const term of terms) {
    if (term.columns.length > 1) {
      for (const u of used) {
        const mx = Math.max(...term.columns.map((c) => u[c] as number));
        for (const c of term.columns) u[c] = mx;
      }
    }
  }
  const vmeanCols: Matrix = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let wt = 0;
      for (const u of used) wt += Math.min(u[i] as number, u[j] as number);
      return ((imat[i] as number[])[j] as number) / (wt === 0 ? 1 : wt);
    }),
  );
  // Collapse to terms: T (p × nt) is 1 for a one-column term, β̂ⱼ on a multi-column term's columns.
  const tmat: Matrix = Array.from({ length: p }, () => new Array<number>(nt).fill(0));
  terms.forEach((term, k) => {
    for (const c of term.columns) (tmat[c] as number[])[k] = term.columns.length === 1 ? 1 : (beta[c] as number);
  });
  const vmean: Matrix = Array.from({ length: nt }, (_, a) =>
    Array.from({ length: nt }, (_, b) => {
      let sum = 0;
      for (let i = 0; i < p; i++)
        for (let j = 0; j < p; j++) sum += ((tmat[i] as number[])[a] as number) * ((vmeanCols[i] as number[])[j] as number) * ((tmat[j] as number[])[b] as number);
      return sum;
    }),
  );
  const time: number[] = [];
  const x: number[] = [];
  const stratum: number[] = [];
  const y: (number | null)[][] = [];
  data.strataBounds.forEach(([lo, hi], s) => {
    const u = used[s] as number[];
    const k = terms.map((term, idx) => ((u[term.columns[0] as number] as number) > 0 ? idx : -1)).filter((idx) => idx >= 0);
    const l = k.length > 0 ? cholesky(k.map((a) => k.map((b) => (vmean[a] as number[])[b] as number))) : null;
    if (k.length > 0 && l === null) throw new EstimatorInputError("X", "the information matrix of the scaled Schoenfeld residuals is singular");
    for (let r = lo; r < hi; r++) {
      const res = schoen.get(r);
      if (res === undefined) continue;
      const collapsed = terms.map((_, t) => {
        let v = 0;
        for (let i = 0; i < p; i++) v += (res[i] as number) * ((tmat[i] as number[])[t] as number);
        return v;
      });
      const row: (number | null)[] = new Array<number | null>(nt).fill(null);
      if (l !== null) {
        const sol = choleskySolve(
          l,
          k.map((t) => collapsed[t] as number),
        );
        k.forEach((t, q) => {
          row[t] = (sol[q] as number) + (terms[t]!.columns.length === 1 ? (beta[terms[t]!.columns[0] as number] as number) : 1);
        });
      }
      time.push(data.time[r] as number);
      x.push(1 - (kmBefore.get(data.time[r] as number) as number));
      stratum.push(data.stratum[r] as number);
      y.push(row);
    }
  });
  return { time, x, stratum, y };
}
