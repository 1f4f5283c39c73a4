/**
 * The Cox proportional-hazards model fitted as R's `coxph(Surv(time, status) ~ x + strata(s),
 * weights = w, ties = "efron" | "breslow", robust = TRUE, cluster = id)` (survival 3.x) fits it:
 * Newton–Raphson on the partial likelihood from β = 0 with R's step halving and stopping rule
 * (|1 − ℓ_old/ℓ_new| ≤ 1e-9, at most 20 iterations), the model-based variance (inverse
 * information), the robust sandwich variance from the dfbeta residuals (summed within clusters),
 * and the Wald, likelihood-ratio and score (log-rank) tests.
 */
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { exp, ln } from "./elementary-functions.js";
import { cholesky, choleskyInverse, choleskySolve, type Matrix } from "./matrix.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { checkCaseWeights, checkSurvivalData, groupIndex, type GroupLabel } from "./survival-data.js";
import { EstimatorInputError, checkInteger, checkMatrix, checkNumberInRange, checkOneOf, columnNamesFor, describeValue } from "./validate.js";

/** Handling of tied event times: Efron's approximation (R's default) or Breslow's. */
export type CoxTies = "efron" | "breslow";

export interface CoxOptions {
  /** Column names of X (default x0, x1, …). */
  names?: readonly string[];
  /** Tied event times (default `"efron"`, as R). */
  ties?: CoxTies;
  /** Case weights (≥ 0), default all 1. */
  weights?: ArrayLike<number>;
  /** A stratum label per subject: a separate baseline hazard per stratum. */
  strata?: ArrayLike<GroupLabel>;
  /** Also compute the robust (sandwich) variance, each subject its own cluster unless `cluster` is given. */
  robust?: boolean;
  /** A cluster label per subject (implies `robust`): dfbeta residuals are summed within clusters. */
  cluster?: ArrayLike<GroupLabel>;
  /** Confidence level of the hazard-ratio intervals (default 0.95). */
  level?: number;
  /** Maximum Newton–Raphson iterations (default 20, R's `iter.max`). */
  maxIterations?: number;
  /** Convergence tolerance on the relative change of the log partial likelihood (default 1e-9, R's `eps`). */
  tolerance?: number;
}

export interface CoxCoefficient {
  name: string;
  /** log hazard ratio β. */
  estimate: number;
  /** exp(β). */
  hazardRatio: number;
  /** Model-based SE (√ of the inverse information's diagonal), R's `se(coef)`. */
  se: number;
  /** Robust SE (when asked), R's `robust se`. */
  robustSe: number | null;
  /** z = β / SE (the robust SE when computed, as R). */
  z: number;
  p: number;
  /** Wald interval of the hazard ratio exp(β ± z·SE) (robust SE when computed, as R). */
  lower: number;
  upper: number;
}

export interface CoxTest {
  chiSquare: number;
  df: number;
  p: number;
}

export interface CoxFit {
  coefficients: CoxCoefficient[];
  /** Model-based variance of β (R's `fit$var`, or `fit$naive.var` with robust). */
  variance: Matrix;
  /** Robust variance (R's `fit$var` with robust), `null` when not asked. */
  robustVariance: Matrix | null;
  /** Log partial likelihood at β = 0 and at the estimate. */
  logLikelihood: { null: number; fitted: number };
  /** Likelihood-ratio test 2(ℓ(β̂) − ℓ(0)). */
  likelihoodRatioTest: CoxTest;
  /** Wald test β̂ᵀV⁻¹β̂ (the robust V when computed, as R's `wald.test`). */
  waldTest: CoxTest;
  /** Score (log-rank) test at β = 0. */
  scoreTest: CoxTest;
  /** Robust score test at β = 0 (R's `rscore`), `null` without robust. */
  robustScoreTest: CoxTest | null;
  /** Number of subjects and of events (unweighted). */
  n: number;
  events: number;
  ties: CoxTies;
  iterations: number;
  converged: boolean;
  /**
   * Coefficients that may be infinite (R's warning "Loglik converged before variable …;
   * coefficient may be infinite"): the likelihood is monotone in them, e.g. under separation.
   */
  possiblyInfinite: string[];
  /** The centring of X (R's `fit$means`: weighted column means, 0 for 0/1 columns). */
  means: number[];
  /** Linear predictor (X − means)β per subject, in the input order (R's `fit$linear.predictors`). */
  linearPredictor: number[];
}

/** The data of a fit, sorted by stratum and time, with X centred: shared by the fit, its residuals and cox.zph. */
export interface CoxData {
  n: number;
  p: number;
  /** Subject indices (input order) sorted by stratum, then time ascending. */
  order: number[];
  time: Float64Array;
  status: Float64Array;
  weight: Float64Array;
  stratum: Int32Array;
  /** Centred covariates, column-major: x[j][r] for the r-th sorted subject. */
  x: Float64Array[];
  means: number[];
  /** [start, end) of each stratum in the sorted order. */
  strataBounds: [number, number][];
}

/**
 * Cox proportional-hazards model. With risk score rᵢ = wᵢ·exp(xᵢβ), the log partial likelihood
 * sums, over each distinct event time (within a stratum) with d events of total weight W:
 * Σ_events wᵢxᵢβ − (W/d)Σ_{k=0}^{d−1} log(S₀ − (k/d)·S₀ᴰ) for Efron (S₀ the risk set's Σr, S₀ᴰ
 * the events' Σr), or − W·log S₀ for Breslow. Newton–Raphson uses the exact score and information.
 * Robust variance: DᵀD, D the dfbeta residuals (score residuals × weights × V), summed by cluster.
 *
 * @param time follow-up times (≥ 0)
 * @param status 1 = event, 0 = censored
 * @param X covariates, one row per subject (no intercept column)
 * @param options names, ties, weights (> 0), strata, robust/cluster, level, iteration control
 * @throws EstimatorInputError naming the argument and value (also when the information matrix is singular)
 * @example
 * fitCox([1, 2, 3, 4, 5, 6], [1, 1, 1, 0, 1, 1], [[1], [0], [1], [0], [1], [0]]).coefficients[0].estimate // => 1.2075288381097595 (R: coef(coxph(Surv(t, s) ~ x)))
 */
export function fitCox(time: ArrayLike<number>, status: ArrayLike<number | boolean>, X: ArrayLike<ArrayLike<number>>, options: CoxOptions = {}): CoxFit {
  const st = checkSurvivalData(time, status);
  const n = st.length;
  checkMatrix("X", X);
  if (X.length !== n) throw new EstimatorInputError("X", `must have one row per subject (${n}), got ${X.length}`);
  const p = (X[0] as ArrayLike<number>).length;
  const names = columnNamesFor("names", options.names, p);
  const ties = options.ties ?? "efron";
  checkOneOf("ties", ties, ["efron", "breslow"] as const);
  const w = checkCaseWeights(options.weights, n);
  // As coxph ("Invalid weights, must be >0"): a zero weight is an error, not a dropped subject.
  w.forEach((wi, i) => {
    if (!(wi > 0)) throw new EstimatorInputError(`weights[${i}]`, `must be > 0 (as R's coxph), got ${describeValue(wi)}`);
  });
  const level = options.level ?? 0.95;
  checkNumberInRange("level", level, 0, 1, true);
  const maxIterations = options.maxIterations ?? 20;
  checkInteger("maxIterations", maxIterations, 1, 1000);
  const tolerance = options.tolerance ?? 1e-9;
  checkNumberInRange("tolerance", tolerance, 0, 1, true);
  const strata = options.strata === undefined ? new Array<number>(n).fill(0) : groupIndex("strata", options.strata, n).index;
  const cluster = options.cluster === undefined ? null : groupIndex("cluster", options.cluster, n);
  const robust = options.robust === true || cluster !== null;
  if (st.every((s) => s === 0)) throw new EstimatorInputError("status", "has no events; a Cox model cannot be fitted");

  const data = coxData(time, st, X, w, strata);
  const efron = ties === "efron";
  // Iteration 0 at β = 0: the score test.
  let beta = new Array<number>(p).fill(0);
  let step = coxStep(data, beta, efron);
  const loglik0 = step.loglik;
  const l0 = cholesky(step.imat);
  if (l0 === null)
    throw new EstimatorInputError("X", `the information matrix at β = 0 is singular: a column of X (${names.join(", ")}) is constant or collinear within the risk sets`);
  const a = choleskySolve(l0, step.u);
  let score = 0;
  for (let j = 0; j < p; j++) score += (step.u[j] as number) * (a[j] as number);
  // Newton–Raphson as coxfit6.c.
  let best = loglik0;
  let newBeta = beta.map((b, j) => b + (a[j] as number));
  let halving = 0;
  let converged = false;
  let iterations = 0;
  let finalImat: Matrix | null = null;
  for (let iter = 1; iter <= maxIterations; iter++) {
    iterations = iter;
    const next = coxStep(data, newBeta, efron);
    const l = cholesky(next.imat);
    const finite = Number.isFinite(next.loglik) && next.u.every(Number.isFinite) && next.imat.every((row) => row.every(Number.isFinite));
    if (finite && Math.abs(1 - best / next.loglik) <= tolerance) {
      best = next.loglik;
      beta = newBeta;
      step = next;
      finalImat = next.imat;
      converged = true;
      break;
    }
    if (!finite || next.loglik < best) {
      halving++;
      newBeta = newBeta.map((nb, j) => (nb + halving * (beta[j] as number)) / (halving + 1));
    } else {
      halving = 0;
      best = next.loglik;
      if (l === null) throw new EstimatorInputError("X", `the information matrix is singular at iteration ${iter}: a column of X is collinear within the risk sets`);
      const delta = choleskySolve(l, next.u);
      beta = newBeta;
      step = next;
      newBeta = newBeta.map((nb, j) => nb + (delta[j] as number));
    }
  }
  if (!converged) {
    step = coxStep(data, beta, efron);
    best = step.loglik;
    finalImat = step.imat;
  }
  const lf = cholesky(finalImat as Matrix);
  if (lf === null) throw new EstimatorInputError("X", "the information matrix at the estimate is singular (a coefficient may be infinite: check for separation)");
  const variance = choleskyInverse(lf);
  // R's check (coxph.fit): after convergence, a coefficient whose next Newton step |(U·V)ⱼ| is
  // still > eps and > √eps·|βⱼ| "may be infinite" (monotone likelihood, e.g. separation).
  const possiblyInfinite: string[] = [];
  if (converged) {
    for (let j = 0; j < p; j++) {
      let stepJ = 0;
      for (let k = 0; k < p; k++) stepJ += (step.u[k] as number) * ((variance[k] as number[])[j] as number);
      const infJ = Math.abs(stepJ);
      if (!Number.isFinite(step.u[j] as number) || (infJ > tolerance && infJ > Math.sqrt(tolerance) * Math.abs(beta[j] as number))) possiblyInfinite.push(names[j] as string);
    }
  }

  let robustVariance: Matrix | null = null;
  let robustScoreTest: CoxTest | null = null;
  if (robust) {
    const groups = cluster === null ? Array.from({ length: n }, (_, i) => i) : cluster.index;
    const nGroups = cluster === null ? n : cluster.levels.length;
    const resid = coxScoreResiduals(data, beta, efron);
    const dfb = collapse(resid, data, groups, nGroups, variance);
    robustVariance = crossProduct(dfb, p);
    const resid0 = coxScoreResiduals(data, new Array<number>(p).fill(0), efron);
    const s0 = collapse(resid0, data, groups, nGroups, null);
    const u0 = new Array<number>(p).fill(0);
    for (const row of s0) for (let j = 0; j < p; j++) u0[j] = (u0[j] as number) + (row[j] as number);
    const lr0 = cholesky(crossProduct(s0, p));
    if (lr0 !== null) {
      const sol = choleskySolve(lr0, u0);
      let rs = 0;
      for (let j = 0; j < p; j++) rs += (sol[j] as number) * (u0[j] as number);
      robustScoreTest = { chiSquare: rs, df: p, p: chiSquareUpperTail(Math.max(rs, 0), p) };
    }
  }
  const v = robustVariance ?? variance;
  const lv = cholesky(v);
  let wald = NaN;
  if (lv !== null) {
    const sol = choleskySolve(lv, beta);
    wald = 0;
    for (let j = 0; j < p; j++) wald += (sol[j] as number) * (beta[j] as number);
  }
  if (!Number.isFinite(wald)) throw new EstimatorInputError("X", "the variance of the coefficients is singular; the Wald test cannot be computed");
  const zq = normalQuantile(1 - (1 - level) / 2);
  const coefficients: CoxCoefficient[] = names.map((name, j) => {
    const b = beta[j] as number;
    const se = Math.sqrt((variance[j] as number[])[j] as number);
    const rse = robustVariance === null ? null : Math.sqrt((robustVariance[j] as number[])[j] as number);
    const useSe = rse ?? se;
    const z = b / useSe;
    return { name, estimate: b, hazardRatio: exp(b), se, robustSe: rse, z, p: 2 * normalCdf(-Math.abs(z)), lower: exp(b - zq * useSe), upper: exp(b + zq * useSe) };
  });
  const lr = 2 * (best - loglik0);
  // R's centring (coxfit6.c): weighted column means, except 0 for a column of only 0s and 1s.
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += w[i] as number;
  const means = names.map((_, j) => {
    let binary = true;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const xij = (X[i] as ArrayLike<number>)[j] as number;
      if (xij !== 0 && xij !== 1) binary = false;
      s += (w[i] as number) * xij;
    }
    return binary ? 0 : s / totalWeight;
  });
  const linearPredictor = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let eta = 0;
    const row = X[i] as ArrayLike<number>;
    for (let j = 0; j < p; j++) eta += (beta[j] as number) * ((row[j] as number) - (means[j] as number));
    linearPredictor[i] = eta;
  }
  return {
    coefficients,
    variance,
    robustVariance,
    logLikelihood: { null: loglik0, fitted: best },
    likelihoodRatioTest: { chiSquare: lr, df: p, p: chiSquareUpperTail(Math.max(lr, 0), p) },
    waldTest: { chiSquare: wald, df: p, p: chiSquareUpperTail(Math.max(wald, 0), p) },
    scoreTest: { chiSquare: score, df: p, p: chiSquareUpperTail(Math.max(score, 0), p) },
    robustScoreTest,
    n,
    events: st.reduce((s, x) => s + x, 0),
    ties,
    iterations,
    converged,
    possiblyInfinite,
    means,
    linearPredictor,
  };
}

/**
 * The data of a Cox fit prepared once: sorted by stratum, then time, with X centred at its
 * (unweighted) column means (the centring changes no estimate; it keeps exp(xβ) in range).
 * Shared by {@link fitCox}, {@link coxScoreResiduals} and cox.zph.
 *
 * @param time follow-up times
 * @param status 0/1 event indicators (already checked)
 * @param X covariate rows
 * @param w case weights (already checked)
 * @param strata 0-based stratum index per subject
 * @example
 * coxData([2, 1], [1, 1], [[1], [0]], [1, 1], [0, 0]).order // => [1, 0]
 */
export function coxData(time: ArrayLike<number>, status: readonly number[], X: ArrayLike<ArrayLike<number>>, w: readonly number[], strata: readonly number[]): CoxData {
  const n = status.length;
  const p = (X[0] as ArrayLike<number>).length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (strata[a] as number) - (strata[b] as number) || (time[a] as number) - (time[b] as number) || a - b);
  const means = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) means[j] = (means[j] as number) + ((X[i] as ArrayLike<number>)[j] as number);
  for (let j = 0; j < p; j++) means[j] = (means[j] as number) / n;
  const x = Array.from({ length: p }, () => new Float64Array(n));
  const t = new Float64Array(n);
  const s = new Float64Array(n);
  const wt = new Float64Array(n);
  const stratum = new Int32Array(n);
  order.forEach((i, r) => {
    t[r] = time[i] as number;
    s[r] = status[i] as number;
    wt[r] = w[i] as number;
    stratum[r] = strata[i] as number;
    for (let j = 0; j < p; j++) (x[j] as Float64Array)[r] = ((X[i] as ArrayLike<number>)[j] as number) - (means[j] as number);
  });
  const strataBounds: [number, number][] = [];
  let startR = 0;
  for (let r = 1; r <= n; r++) {
    if (r === n || stratum[r] !== stratum[r - 1]) {
      strataBounds.push([startR, r]);
      startR = r;
    }
  }
  return { n, p, order, time: t, status: s, weight: wt, stratum, x, means, strataBounds };
}

/** Log partial likelihood, score and information at β (coxfit6.c's `coxfit6_iter`). */
function coxStep(data: CoxData, beta: readonly number[], efron: boolean): { loglik: number; u: number[]; imat: Matrix } {
  const { p, x, time, status, weight } = data;
  const u = new Array<number>(p).fill(0);
  const imat: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const a = new Float64Array(p);
  const a2 = new Float64Array(p);
  const cmat = Array.from({ length: p }, () => new Float64Array(p));
  const cmat2 = Array.from({ length: p }, () => new Float64Array(p));
  let loglik = 0;
  for (const [lo, hi] of data.strataBounds) {
    let denom = 0;
    a.fill(0);
    for (const row of cmat) row.fill(0);
    let r = hi - 1;
    while (r >= lo) {
      const dtime = time[r] as number;
      let ndead = 0;
      let deadwt = 0;
      let denom2 = 0;
      a2.fill(0);
      for (const row of cmat2) row.fill(0);
      for (; r >= lo && time[r] === dtime; r--) {
        let zbeta = 0;
        for (let j = 0; j < p; j++) zbeta += (beta[j] as number) * ((x[j] as Float64Array)[r] as number);
        const risk = exp(zbeta) * (weight[r] as number);
        if (status[r] === 0) {
          denom += risk;
          for (let i = 0; i < p; i++) {
            const xi = (x[i] as Float64Array)[r] as number;
            a[i] = (a[i] as number) + risk * xi;
            const ci = cmat[i] as Float64Array;
            for (let j = 0; j <= i; j++) ci[j] = (ci[j] as number) + risk * xi * ((x[j] as Float64Array)[r] as number);
          }
        } else {
          ndead++;
          deadwt += weight[r] as number;
          denom2 += risk;
          loglik += (weight[r] as number) * zbeta;
          for (let i = 0; i < p; i++) {
            const xi = (x[i] as Float64Array)[r] as number;
            u[i] = (u[i] as number) + (weight[r] as number) * xi;
            a2[i] = (a2[i] as number) + risk * xi;
            const ci = cmat2[i] as Float64Array;
            for (let j = 0; j <= i; j++) ci[j] = (ci[j] as number) + risk * xi * ((x[j] as Float64Array)[r] as number);
          }
        }
      }
      if (ndead === 0) continue;
      if (!efron || ndead === 1) {
        denom += denom2;
        loglik -= deadwt * ln(denom);
        for (let i = 0; i < p; i++) {
          a[i] = (a[i] as number) + (a2[i] as number);
          const mean = (a[i] as number) / denom;
          u[i] = (u[i] as number) - deadwt * mean;
          const ci = cmat[i] as Float64Array;
          const c2 = cmat2[i] as Float64Array;
          for (let j = 0; j <= i; j++) {
            ci[j] = (ci[j] as number) + (c2[j] as number);
            const row = imat[j] as number[];
            row[i] = (row[i] as number) + (deadwt * ((ci[j] as number) - mean * (a[j] as number))) / denom;
          }
        }
      } else {
        const wtave = deadwt / ndead;
        for (let k = 0; k < ndead; k++) {
          denom += denom2 / ndead;
          loglik -= wtave * ln(denom);
          for (let i = 0; i < p; i++) {
            a[i] = (a[i] as number) + (a2[i] as number) / ndead;
            const mean = (a[i] as number) / denom;
            u[i] = (u[i] as number) - wtave * mean;
            const ci = cmat[i] as Float64Array;
            const c2 = cmat2[i] as Float64Array;
            for (let j = 0; j <= i; j++) {
              ci[j] = (ci[j] as number) + (c2[j] as number) / ndead;
              const row = imat[j] as number[];
              row[i] = (row[i] as number) + (wtave * ((ci[j] as number) - mean * (a[j] as number))) / denom;
            }
          }
        }
      }
    }
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) (imat[i] as number[])[j] = (imat[j] as number[])[i] as number;
  return { loglik, u, imat };
}

/**
 * Score residuals at β, one row per sorted subject (row r is subject `data.order[r]`), unweighted,
 * as R's `residuals(fit, type = "score")` (survival's `coxscore2.c`):
 * δᵢ(xᵢ − x̄(tᵢ)) − rᵢ Σ_{tⱼ ≤ tᵢ} (xᵢ − x̄(tⱼ)) dΛ(tⱼ), with Efron's down-weighting of the
 * subjects who have the event at a tied time. Computed with running sums in O(n·p). Their
 * weighted sum is the score U(β); times V they are the dfbeta residuals of the robust variance.
 *
 * @param data from {@link coxData}
 * @param beta coefficients
 * @param efron Efron's tie handling (else Breslow's)
 * @example
 * coxScoreResiduals(coxData([1, 2], [1, 1], [[1], [0]], [1, 1], [0, 0]), [0], true) // => [[0.25], [0.25]] (as Float64Arrays)
 */
export function coxScoreResiduals(data: CoxData, beta: readonly number[], efron: boolean): Float64Array[] {
  const { n, p, x, time, status, weight } = data;
  const score = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += (beta[j] as number) * ((x[j] as Float64Array)[r] as number);
    score[r] = exp(eta);
  }
  const resid = Array.from({ length: n }, () => new Float64Array(p));
  for (const [lo, hi] of data.strataBounds) {
    // Risk-set sums for each distinct time, from the end of the stratum backwards.
    let denom = 0;
    const a = new Float64Array(p);
    type Block = { start: number; end: number; hz: number; xh: Float64Array; hzDead: number; xhDead: Float64Array; meanDead: Float64Array; deaths: number };
    const blocks: Block[] = [];
    let r = hi - 1;
    while (r >= lo) {
      const dtime = time[r] as number;
      const end = r + 1;
      let deaths = 0;
      let eDenom = 0;
      let meanwt = 0;
      const a2 = new Float64Array(p);
      for (; r >= lo && time[r] === dtime; r--) {
        const risk = (score[r] as number) * (weight[r] as number);
        denom += risk;
        for (let j = 0; j < p; j++) a[j] = (a[j] as number) + risk * ((x[j] as Float64Array)[r] as number);
        if (status[r] === 1) {
          deaths++;
          eDenom += risk;
          meanwt += weight[r] as number;
          for (let j = 0; j < p; j++) a2[j] = (a2[j] as number) + risk * ((x[j] as Float64Array)[r] as number);
        }
      }
      const block: Block = { start: r + 1, end, hz: 0, xh: new Float64Array(p), hzDead: 0, xhDead: new Float64Array(p), meanDead: new Float64Array(p), deaths };
      if (deaths > 0) {
        if (deaths < 2 || !efron) {
          const hazard = meanwt / denom;
          block.hz = hazard;
          block.hzDead = hazard;
          for (let j = 0; j < p; j++) {
            const mean = (a[j] as number) / denom;
            block.xh[j] = hazard * mean;
            block.xhDead[j] = hazard * mean;
            block.meanDead[j] = mean;
          }
        } else {
          const mw = meanwt / deaths;
          for (let dd = 0; dd < deaths; dd++) {
            const downwt = dd / deaths;
            const temp = denom - downwt * eDenom;
            const hazard = mw / temp;
            block.hz += hazard;
            block.hzDead += hazard * (1 - downwt);
            for (let j = 0; j < p; j++) {
              const mean = ((a[j] as number) - downwt * (a2[j] as number)) / temp;
              block.xh[j] = (block.xh[j] as number) + hazard * mean;
              block.xhDead[j] = (block.xhDead[j] as number) + hazard * (1 - downwt) * mean;
              block.meanDead[j] = (block.meanDead[j] as number) + mean / deaths;
            }
          }
        }
      }
      blocks.push(block);
    }
    // Forward in time: cumulative hazard sums up to (not including) the current time.
    let cumHz = 0;
    const cumXh = new Float64Array(p);
    for (let b = blocks.length - 1; b >= 0; b--) {
      const block = blocks[b] as Block;
      for (let q = block.start; q < block.end; q++) {
        const sc = score[q] as number;
        const row = resid[q] as Float64Array;
        const dead = status[q] === 1;
        const hz = cumHz + (dead ? block.hzDead : block.hz);
        for (let j = 0; j < p; j++) {
          const xj = (x[j] as Float64Array)[q] as number;
          const xh = (cumXh[j] as number) + ((dead ? block.xhDead : block.xh)[j] as number);
          let v = -sc * (xj * hz - xh);
          if (dead) v += xj - (block.meanDead[j] as number);
          row[j] = v;
        }
      }
      cumHz += block.hz;
      for (let j = 0; j < p; j++) cumXh[j] = (cumXh[j] as number) + (block.xh[j] as number);
    }
  }
  return resid;
}

/** Weighted residuals (times V when given: dfbeta) summed within clusters. */
function collapse(resid: Float64Array[], data: CoxData, groups: readonly number[], nGroups: number, v: Matrix | null): number[][] {
  const p = data.p;
  const out = Array.from({ length: nGroups }, () => new Array<number>(p).fill(0));
  for (let r = 0; r < data.n; r++) {
    const row = resid[r] as Float64Array;
    const wr = data.weight[r] as number;
    const g = out[groups[data.order[r] as number] as number] as number[];
    for (let j = 0; j < p; j++) {
      let val = 0;
      if (v === null) val = row[j] as number;
      else for (let k = 0; k < p; k++) val += (row[k] as number) * ((v[k] as number[])[j] as number);
      g[j] = (g[j] as number) + wr * val;
    }
  }
  return out;
}

function crossProduct(rows: number[][], p: number): Matrix {
  const m: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const row of rows)
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) (m[i] as number[])[j] = ((m[i] as number[])[j] as number) + (row[i] as number) * (row[j] as number);
  return m;
}
