/**
 * Fast reanalysis of weighted copies of one data set, for the bootstrap and the jackknife: a
 * resample is the original subjects with multiplicities (counts: 0, 1, 2, … for a bootstrap
 * resample; all 1 but one 0 for a leave-one-out), so every replicate is the same analysis as
 * `estimateTreatmentEffect` on the materialised rows, computed with frequency weights instead.
 *
 * What makes it fast, and why the numbers are the same:
 * - the design matrix is built once, as one Float64Array (rows of [1, z₁ … z_k]) with every
 *   covariate centred and scaled by its full-sample mean and SD. That is a reparametrisation of
 *   the same models (the intercept absorbs the centring): fitted values and predictions are the
 *   same, and the normal equations become well conditioned, so Cholesky on XᵀWX (p × p) is as
 *   accurate as the reference's Householder QR;
 * - a resample touches only its distinct subjects (about 63% of n), each once, with its count as a
 *   weight: Σ over the resample of f(row) = Σ over subjects of countᵢ·f(rowᵢ);
 * - the logistic models start from the full-sample fit (a replicate's MLE is close to it): a
 *   first step with the full-sample information (no pass over XᵀWX), one Newton step, then chord
 *   steps (the information kept; score passes only) until the estimated remaining error is below
 *   1e-12 on the standardised scale: one XᵀWX pass per replicate instead of the 5 to 8 of Newton
 *   from zero;
 * - buffers are allocated once per engine, not per replicate.
 * The results equal the reference analysis up to the order of floating-point summation (relative
 * differences of order 1e-12; tested in tests/estimators/replicate-engine.test.ts).
 *
 * The engine declines (returns null) whenever the reference could behave differently: an empty
 * arm, a model whose XᵀX is (nearly) singular or whose rank check would be close to R's 1e-7 rule,
 * a fitted probability within 1e-6 of 0 or 1 (possible separation, which the reference probes), a
 * Newton iteration that does not settle, a risk of 0 or 1 for the ratio measures. The caller then
 * runs the reference analysis on the materialised rows, which gives its exact result or its exact
 * error. Trimming and a ridge-penalised propensity model are not handled here (the engine is not
 * created; every replicate uses the reference analysis).
 */
import type { TreatmentEffectInput, TreatmentEffectOptions } from "./treatment-effect.js";
import { exp, ln, square } from "./elementary-functions.js";

export interface ReplicateEngine {
  /** Subjects in the data set (the length of a counts vector). */
  readonly n: number;
  /**
   * The bootstrap statistics of the analysis of the data with these multiplicities: `[difference]`
   * for a continuous outcome, `[risk difference, log risk ratio, log odds ratio]` for a binary one.
   * Null when the fast path declines (run the reference analysis instead).
   */
  statistics(counts: ArrayLike<number>): number[] | null;
}

/** `plogis`, written out so that the hot loops inline it (the same arithmetic, the same digits). */
function logistic(eta: number): number {
  const e = exp(-Math.abs(eta));
  return eta >= 0 ? 1 / (1 + e) : e / (1 + e);
}

/**
 * e^(−x) for |x| ≤ 0.05 by its Taylor series to x¹¹ (the remainder is below 1e-22): a few
 * multiply-adds instead of exp, for the small changes of the linear predictor between
 * Newton and chord passes.
 */
function expNegSmall(x: number): number {
  const u = -x;
  return (
    1 + u * (1 + u * (1 / 2 + u * (1 / 6 + u * (1 / 24 + u * (1 / 120 + u * (1 / 720 + u * (1 / 5040 + u * (1 / 40320 + u * (1 / 362880 + u * (1 / 3628800 + u / 39916800))))))))))
  );
}

/**
 * The logistic function moved along the linear predictor: from p = logistic(η) and Δ, returns
 * logistic(η + Δ) = p / (p + (1 − p)e^(−Δ)) (no exp for |Δ| ≤ 0.05).
 */
function shiftLogistic(p: number, delta: number): number {
  const e = delta >= -0.05 && delta <= 0.05 ? expNegSmall(delta) : exp(-delta);
  return p / (p + (1 - p) * e);
}

/** Largest Newton iterations per logistic fit before declining. */
const MAX_ITER = 30;
/** Newton stops after a step whose largest coefficient change (standardised scale) is below this. */
const STEP_TOL = 1e-7;
/** After a Newton step this small, keep the information matrix (chord iterations)… */
const CHORD_SWITCH = 1e-2;
/** …until the remaining error, estimated as ρ·step (ρ the ratio of the last two steps), is below this. */
const CHORD_TOL = 1e-12;
/** Fitted probabilities closer than this to 0 or 1 make the engine decline (the reference's separation probe threshold). */
const EXTREME = 1e-6;
/** Rank checks with a residual-to-norm ratio below this are left to the reference (its rule is 1e-7). */
const RANK_MARGIN = 1e-4;

/**
 * Creates a replicate engine for one data set and analysis, or returns null when the analysis is
 * one it does not handle (trimming, a ridge penalty) or when its full-sample fit declines.
 * The input must already have passed `estimateTreatmentEffect` (it is not validated again).
 *
 * @param input as for `estimateTreatmentEffect`
 * @param options as for `estimateTreatmentEffect`
 * @example
 * const engine = createReplicateEngine(input, { method: "aipw", outcomeType: "continuous" });
 * engine.statistics(new Array(input.outcome.length).fill(1)) // => [the full-sample estimate] (to ~1e-12)
 */
export function createReplicateEngine(input: TreatmentEffectInput, options: TreatmentEffectOptions): ReplicateEngine | null {
  const trim = options.trim ?? { rule: "none" };
  if (trim.rule !== "none" || (options.propensityRidge ?? 0) !== 0) return null;
  const estimand = options.estimand ?? "ATE";
  const method = options.method;
  const binary = options.outcomeType === "binary";
  const needsPropensity = method !== "g-computation" || estimand !== "ATE";
  const needsOutcome = method === "g-computation" || method === "aipw";

  const n = input.covariates.length;
  const k = (input.covariates[0] as number[]).length;
  const P = k + 1;
  // Standardised design: column 0 the intercept, column j + 1 = (x_j − mean_j) / sd_j.
  const centre = new Float64Array(P);
  const scale = new Float64Array(P).fill(1);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (input.covariates[i] as number[])[j] as number;
    const m = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += square(((input.covariates[i] as number[])[j] as number) - m);
    const sd = Math.sqrt(ss / n);
    centre[j + 1] = m;
    scale[j + 1] = sd > 0 ? sd : 1;
  }
  const Z = new Float64Array(n * P);
  const t = new Uint8Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = input.covariates[i] as number[];
    Z[i * P] = 1;
    for (let j = 0; j < k; j++) Z[i * P + j + 1] = ((row[j] as number) - (centre[j + 1] as number)) / (scale[j + 1] as number);
    const ti = input.treatment[i];
    t[i] = ti === 1 || ti === true ? 1 : 0;
    y[i] = input.outcome[i] as number;
  }

  // Work buffers, reused by every replicate.
  const rows1 = new Int32Array(n);
  const rows0 = new Int32Array(n);
  const all = new Int32Array(n);
  const w = new Float64Array(n);
  const v = new Float64Array(n);
  const ps = new Float64Array(n);
  const mu1 = new Float64Array(n);
  const mu0 = new Float64Array(n);
  const gram1 = new Float64Array(P * P);
  const gram0 = new Float64Array(P * P);
  const gram = new Float64Array(P * P);
  const rhs1 = new Float64Array(P);
  const rhs0 = new Float64Array(P);
  const info = new Float64Array(P * P);
  const chol = new Float64Array(P * P);
  const score = new Float64Array(P);
  const step = new Float64Array(P);
  const tmp = new Float64Array(P);
  const tmpRhs = new Float64Array(P);
  const betaPs = new Float64Array(P);
  const beta1 = new Float64Array(P);
  const beta0 = new Float64Array(P);
  const startPs = new Float64Array(P);
  const start1 = new Float64Array(P);
  const start0 = new Float64Array(P);
  const startPsFitted = new Float64Array(n);
  const start1Fitted = new Float64Array(n);
  const start0Fitted = new Float64Array(n);
  const startPsFactor = new Float64Array(P * P);
  const start1Factor = new Float64Array(P * P);
  const start0Factor = new Float64Array(P * P);

  /** Cholesky of the symmetric matrix whose upper triangle is in `a` (row-major), into `l` (lower). False when not clearly positive definite. */
  const factor = (a: Float64Array, l: Float64Array): boolean => {
    for (let j = 0; j < P; j++) {
      let d = a[j * P + j] as number;
      for (let q = 0; q < j; q++) d -= (l[j * P + q] as number) * (l[j * P + q] as number);
      if (!(d > 1e-10 * (a[j * P + j] as number)) || !Number.isFinite(d)) return false;
      const ljj = Math.sqrt(d);
      l[j * P + j] = ljj;
      for (let i = j + 1; i < P; i++) {
        let s = a[j * P + i] as number;
        for (let q = 0; q < j; q++) s -= (l[i * P + q] as number) * (l[j * P + q] as number);
        l[i * P + j] = s / ljj;
      }
    }
    return true;
  };
  /** Solves (LLᵀ) x = b into x. */
  const solve = (l: Float64Array, b: Float64Array, x: Float64Array): void => {
    for (let i = 0; i < P; i++) {
      let s = b[i] as number;
      for (let q = 0; q < i; q++) s -= (l[i * P + q] as number) * (tmp[q] as number);
      tmp[i] = s / (l[i * P + i] as number);
    }
    for (let i = P - 1; i >= 0; i--) {
      let s = tmp[i] as number;
      for (let q = i + 1; q < P; q++) s -= (l[q * P + i] as number) * (x[q] as number);
      x[i] = s / (l[i * P + i] as number);
    }
  };
  /**
   * The reference's rank check (Householder QR of the raw columns, R's 1e-7 rule), decided from the
   * Gram matrix of the standardised columns when it is clear-cut: column j's residual norm on the
   * raw scale is sd_j·L_jj, its raw norm √(Σ c x²) follows from the Gram's entries.
   */
  const clearlyFullRank = (g: Float64Array): boolean => {
    if (!factor(g, chol)) return false;
    const g00 = g[0] as number;
    for (let j = 1; j < P; j++) {
      const m = centre[j] as number;
      const s = scale[j] as number;
      const rawNormSq = m * m * g00 + 2 * m * s * (g[j] as number) + s * s * (g[j * P + j] as number);
      if (!(s * (chol[j * P + j] as number) > RANK_MARGIN * Math.sqrt(rawNormSq))) return false;
    }
    return true;
  };
  /**
   * Σ weightᵢ zᵢzᵢᵀ over the listed rows, into the upper triangle of `g` (row-major), and
   * Σ weightᵢ yᵢ zᵢ into `rhs` (the least-squares right-hand side). Rows are taken
   * four at a time (a quarter of the loads and stores of the accumulator; a fixed summation order, so the
   * same digits everywhere).
   */
  const gramInto = (rows: Int32Array, count: number, weight: Float64Array, g: Float64Array, rhs: Float64Array): void => {
    g.fill(0);
    rhs.fill(0);
    let r = 0;
    for (; r + 3 < count; r += 4) {
      const i1 = rows[r] as number;
      const i2 = rows[r + 1] as number;
      const i3 = rows[r + 2] as number;
      const i4 = rows[r + 3] as number;
      const o1 = i1 * P;
      const o2 = i2 * P;
      const o3 = i3 * P;
      const o4 = i4 * P;
      const w1 = weight[i1] as number;
      const w2 = weight[i2] as number;
      const w3 = weight[i3] as number;
      const w4 = weight[i4] as number;
      const y1 = y[i1] as number;
      const y2 = y[i2] as number;
      const y3 = y[i3] as number;
      const y4 = y[i4] as number;
      for (let a = 0; a < P; a++) {
        const x1 = w1 * (Z[o1 + a] as number);
        const x2 = w2 * (Z[o2 + a] as number);
        const x3 = w3 * (Z[o3 + a] as number);
        const x4 = w4 * (Z[o4 + a] as number);
        rhs[a] = (rhs[a] as number) + (x1 * y1 + x2 * y2 + (x3 * y3 + x4 * y4));
        const base = a * P;
        for (let b = a; b < P; b++) {
          g[base + b] = (g[base + b] as number) + (x1 * (Z[o1 + b] as number) + x2 * (Z[o2 + b] as number) + (x3 * (Z[o3 + b] as number) + x4 * (Z[o4 + b] as number)));
        }
      }
    }
    for (; r < count; r++) {
      const i = rows[r] as number;
      const o = i * P;
      const wi = weight[i] as number;
      const yi = y[i] as number;
      for (let a = 0; a < P; a++) {
        const x = wi * (Z[o + a] as number);
        rhs[a] = (rhs[a] as number) + x * yi;
        const base = a * P;
        for (let b = a; b < P; b++) g[base + b] = (g[base + b] as number) + x * (Z[o + b] as number);
      }
    }
  };

  /**
   * One pass of a logistic fit over the listed rows: the fitted probabilities (from `initial`, or
   * the previous pass's moved by the last `step`), the IRLS weights into `v` and the score
   * Σ wᵢ(yᵢ − pᵢ)zᵢ into `score`. Rows go two at a time: two independent dot-product chains and
   * half the updates of the score (a fixed order, so the same digits everywhere).
   */
  const scorePass = (rows: Int32Array, count: number, response: Float64Array, initial: Float64Array | null, fitted: Float64Array): void => {
    score.fill(0);
    let r = 0;
    for (; r + 1 < count; r += 2) {
      const i1 = rows[r] as number;
      const i2 = rows[r + 1] as number;
      const o1 = i1 * P;
      const o2 = i2 * P;
      let p1: number;
      let p2: number;
      if (initial !== null) {
        p1 = initial[i1] as number;
        p2 = initial[i2] as number;
      } else {
        // Each dot product in two halves (even and odd columns): four independent chains.
        let d1 = 0;
        let e1 = 0;
        let d2 = 0;
        let e2 = 0;
        let a = 0;
        for (; a + 1 < P; a += 2) {
          const sa = step[a] as number;
          const sb = step[a + 1] as number;
          d1 += (Z[o1 + a] as number) * sa;
          e1 += (Z[o1 + a + 1] as number) * sb;
          d2 += (Z[o2 + a] as number) * sa;
          e2 += (Z[o2 + a + 1] as number) * sb;
        }
        if (a < P) {
          d1 += (Z[o1 + a] as number) * (step[a] as number);
          d2 += (Z[o2 + a] as number) * (step[a] as number);
        }
        p1 = shiftLogistic(fitted[i1] as number, d1 + e1);
        p2 = shiftLogistic(fitted[i2] as number, d2 + e2);
      }
      fitted[i1] = p1;
      fitted[i2] = p2;
      const w1 = w[i1] as number;
      const w2 = w[i2] as number;
      const res1 = w1 * ((response[i1] as number) - p1);
      const res2 = w2 * ((response[i2] as number) - p2);
      v[i1] = w1 * p1 * (1 - p1);
      v[i2] = w2 * p2 * (1 - p2);
      for (let a = 0; a < P; a++) score[a] = (score[a] as number) + (res1 * (Z[o1 + a] as number) + res2 * (Z[o2 + a] as number));
    }
    if (r < count) {
      const i = rows[r] as number;
      const o = i * P;
      const p = initial !== null ? (initial[i] as number) : shiftLogistic(fitted[i] as number, rowDot(o, step));
      fitted[i] = p;
      const wi = w[i] as number;
      const res = wi * ((response[i] as number) - p);
      v[i] = wi * p * (1 - p);
      for (let a = 0; a < P; a++) score[a] = (score[a] as number) + res * (Z[o + a] as number);
    }
  };
  /**
   * Weighted logistic regression of `response` on the listed rows by Newton–Raphson from `start`
   * (whose fitted probabilities, `startFitted`, are known: the first pass needs no exp), leaving the
   * coefficients in `beta` and the fitted probabilities of the listed rows in `fitted`. Once a
   * Newton step is small (≤ CHORD_SWITCH) the information matrix is kept (chord iterations: score
   * passes only, each shrinking the error by the observed ratio ρ of successive steps) until the
   * remaining error ρ·step is below CHORD_TOL. Each pass moves the previous pass's probabilities
   * along the change of the linear predictor (`shiftLogistic`), which needs no exp once the steps
   * are small; the last pass carries them to the final coefficients the same way.
   * False when it does not settle or a fitted probability is extreme.
   */
  const fitLogisticCounts = (
    rows: Int32Array,
    count: number,
    response: Float64Array,
    start: Float64Array,
    startFitted: Float64Array,
    startFactor: Float64Array | null,
    beta: Float64Array,
    fitted: Float64Array,
  ): boolean => {
    beta.set(start);
    let chord = false;
    let previous = Infinity;
    for (let iter = 0; iter < MAX_ITER; iter++) {
      // The first step from the full-sample fit uses the full-sample information (a resample's
      // differs by O(1/√n)): it lands about as close as a Newton step, without a pass over XᵀWX.
      const fixed = iter === 0 && startFactor !== null;
      scorePass(rows, count, response, iter === 0 ? startFitted : null, fitted);
      if (fixed) solve(startFactor, score, step);
      else {
        if (!chord) {
          gramInto(rows, count, v, info, tmpRhs);
          if (!factor(info, chol)) return false;
        }
        solve(chol, score, step);
      }
      let largest = 0;
      for (let a = 0; a < P; a++) {
        beta[a] = (beta[a] as number) + (step[a] as number);
        largest = Math.max(largest, Math.abs(step[a] as number));
      }
      if (!(largest < 30)) return false;
      const done = fixed ? false : chord ? largest <= STEP_TOL && (largest / previous) * largest <= CHORD_TOL : largest <= STEP_TOL;
      if (done) {
        for (let r = 0; r < count; r++) {
          const i = rows[r] as number;
          const p = shiftLogistic(fitted[i] as number, rowDot(i * P, step));
          if (!(p >= EXTREME && p <= 1 - EXTREME)) return false;
          fitted[i] = p;
        }
        return true;
      }
      if (fixed) continue;
      if (largest <= CHORD_SWITCH) chord = true;
      previous = largest;
    }
    return false;
  };
  const treatmentOf = Float64Array.from(t);
  const outcomeOf = y;
  /** Fitted probabilities of every subject at `beta`, into `out`. */
  const fittedAll = (beta: Float64Array, out: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let a = 0; a < P; a++) eta += (Z[i * P + a] as number) * (beta[a] as number);
      out[i] = logistic(eta);
    }
  };
  /** Cholesky factor of the information Σ wᵢpᵢ(1 − pᵢ)zᵢzᵢᵀ over the listed rows, into `out`. */
  const informationFactor = (rows: Int32Array, count: number, fitted: Float64Array, out: Float64Array): boolean => {
    for (let r = 0; r < count; r++) {
      const i = rows[r] as number;
      const p = fitted[i] as number;
      v[i] = (w[i] as number) * p * (1 - p);
    }
    gramInto(rows, count, v, info, tmpRhs);
    return factor(info, out);
  };
  /** zᵢ·x for the row starting at offset o of Z. */
  const rowDot = (o: number, x: Float64Array): number => {
    let d = 0;
    for (let a = 0; a < P; a++) d += (Z[o + a] as number) * (x[a] as number);
    return d;
  };
  const predict = (beta: Float64Array, i: number): number => {
    const o = i * P;
    let eta = 0;
    for (let a = 0; a < P; a++) eta += (Z[o + a] as number) * (beta[a] as number);
    return binary ? logistic(eta) : eta;
  };

  // The current resample: its distinct subjects (all, and by arm) and its size.
  let nAll = 0;
  let n1 = 0;
  let n0 = 0;
  let total = 0;
  const listRows = (counts: ArrayLike<number>): void => {
    if (counts.length !== n) throw new RangeError(`counts must have one multiplicity per subject (${n}), got ${counts.length}`);
    nAll = 0;
    n1 = 0;
    n0 = 0;
    total = 0;
    for (let i = 0; i < n; i++) {
      const c = counts[i] as number;
      w[i] = c;
      if (c > 0) {
        total += c;
        all[nAll++] = i;
        if (t[i] === 1) rows1[n1++] = i;
        else rows0[n0++] = i;
      }
    }
  };

  const statistics = (counts: ArrayLike<number>): number[] | null => {
    listRows(counts);
    if (n1 === 0 || n0 === 0) return null;
    if (needsPropensity) {
      gramInto(rows1, n1, w, gram1, rhs1);
      gramInto(rows0, n0, w, gram0, rhs0);
      for (let q = 0; q < P * P; q++) gram[q] = (gram1[q] as number) + (gram0[q] as number);
      if (!clearlyFullRank(gram)) return null;
      if (!fitLogisticCounts(all, nAll, treatmentOf, startPs, startPsFitted, startPsFactor, betaPs, ps)) return null;
    }
    if (needsOutcome) {
      if (!needsPropensity) {
        gramInto(rows1, n1, w, gram1, rhs1);
        gramInto(rows0, n0, w, gram0, rhs0);
      }
      if (!clearlyFullRank(gram1)) return null;
      if (binary) {
        if (!fitLogisticCounts(rows1, n1, outcomeOf, start1, start1Fitted, start1Factor, beta1, mu1)) return null;
      } else solve(chol, rhs1, beta1);
      if (!clearlyFullRank(gram0)) return null;
      if (binary) {
        if (!fitLogisticCounts(rows0, n0, outcomeOf, start0, start0Fitted, start0Factor, beta0, mu0)) return null;
      } else solve(chol, rhs0, beta0);
    }
    const [mean1, mean0] = estimate();
    if (!Number.isFinite(mean1) || !Number.isFinite(mean0)) return null;
    if (!binary) return [mean1 - mean0];
    if (!(mean1 > 0 && mean1 < 1 && mean0 > 0 && mean0 < 1)) return null;
    return [mean1 - mean0, ln(mean1 / mean0), ln(mean1 / (1 - mean1) / (mean0 / (1 - mean0)))];
  };

  /** The estimator's two means over the resample (the formulas of aipw, gComputation, horvitzThompson, hajek with multiplicities). */
  const estimate = (): [number, number] => {
    let s1 = 0;
    let s0 = 0;
    let h1 = 0;
    let h0 = 0;
    for (let r = 0; r < nAll; r++) {
      const i = all[r] as number;
      const c = w[i] as number;
      const ti = t[i] as number;
      const yi = y[i] as number;
      const e = ps[i] as number;
      if (method === "aipw") {
        const m1 = predict(beta1, i);
        const m0 = predict(beta0, i);
        s1 += c * (ti === 1 ? (yi - m1) / e + m1 : m1);
        s0 += c * (ti === 0 ? (yi - m0) / (1 - e) + m0 : m0);
      } else if (method === "g-computation") {
        const h = c * (estimand === "ATE" ? 1 : estimand === "ATT" ? ti : e * (1 - e));
        h1 += h;
        s1 += h * predict(beta1, i);
        s0 += h * predict(beta0, i);
      } else if (method === "ipw-ht") {
        if (estimand === "ATE") {
          if (ti === 1) s1 += (c * yi) / e;
          else s0 += (c * yi) / (1 - e);
        } else if (ti === 1) {
          s1 += c * yi;
          h1 += c;
        } else s0 += (c * yi * e) / (1 - e);
      } else {
        const wi = c * (estimand === "ATE" ? (ti === 1 ? 1 / e : 1 / (1 - e)) : estimand === "ATT" ? (ti === 1 ? 1 : e / (1 - e)) : ti === 1 ? 1 - e : e);
        if (ti === 1) {
          h1 += wi;
          s1 += wi * yi;
        } else {
          h0 += wi;
          s0 += wi * yi;
        }
      }
    }
    if (method === "aipw" || (method === "ipw-ht" && estimand === "ATE")) return [s1 / total, s0 / total];
    if (method === "g-computation") return [s1 / h1, s0 / h1];
    if (method === "ipw-ht") return [s1 / h1, s0 / h1];
    return [s1 / h1, s0 / h0];
  };

  // Warm starts: the full-sample fits (declining there means declining everywhere).
  const ones = new Float64Array(n).fill(1);
  // The first full-sample fits start from zero (every probability 1/2).
  listRows(ones);
  const half = new Float64Array(n).fill(0.5);
  if (needsPropensity) {
    if (!fitLogisticCounts(all, nAll, treatmentOf, startPs, half, null, betaPs, ps)) return null;
    startPs.set(betaPs);
    fittedAll(betaPs, startPsFitted);
    if (!informationFactor(all, nAll, startPsFitted, startPsFactor)) return null;
  }
  if (needsOutcome && binary) {
    if (!fitLogisticCounts(rows1, n1, outcomeOf, start1, half, null, beta1, mu1)) return null;
    start1.set(beta1);
    fittedAll(beta1, start1Fitted);
    if (!informationFactor(rows1, n1, start1Fitted, start1Factor)) return null;
    if (!fitLogisticCounts(rows0, n0, outcomeOf, start0, half, null, beta0, mu0)) return null;
    start0.set(beta0);
    fittedAll(beta0, start0Fitted);
    if (!informationFactor(rows0, n0, start0Fitted, start0Factor)) return null;
  }
  if (statistics(ones) === null) return null;
  return { n, statistics };
}
