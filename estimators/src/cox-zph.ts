/**
 * The test of proportional hazards of a Cox model on its scaled Schoenfeld residuals, as survival
 * 3.x's `cox.zph(fit, transform = "km")` (the score test of adding g(t)·x for each term, with the
 * full information matrix; survival ≥ 3.0, `zph1.c`).
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { coxData, type CoxFit } from "./cox.js";
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
  const g = quadratic(Array.from({ length: m }, (_, j) => j), "GLOBAL");
  const global = { term: "GLOBAL", chiSquare: g, df: p, p: chiSquareUpperTail(Math.max(g, 0), p) };
  return { tests: [...tests, global], global, transform: "km" };
}
