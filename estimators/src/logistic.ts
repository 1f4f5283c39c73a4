/**
 * Logistic regression by Newton–Raphson (equivalently IRLS for the canonical logit link) with
 * step-halving, optional ridge penalty, and diagnostics: iterations, convergence, and detection of
 * complete or quasi-complete separation (where the maximum-likelihood estimate does not exist).
 * Used for propensity scores and for outcome models of a binary endpoint.
 */
import { cholesky, choleskyInverse, choleskySolve, householderQr, matVec, type Matrix } from "./matrix.js";
import {
  checkFiniteVector,
  checkInteger,
  checkMatrix,
  checkNumberInRange,
  checkSameLength,
  checkWeights,
  columnNamesFor,
  describeValue,
  EstimatorInputError,
  type NumericVector,
} from "./validate.js";
import { exp, log1p, square } from "./elementary-functions.js";

export interface LogisticOptions {
  /** Optional non-negative prior weights (as R's `glm(weights = )`; the dispersion is fixed at 1). */
  weights?: NumericVector;
  /**
   * Ridge penalty λ ≥ 0 (default 0): maximises ℓ(β) − (λ/2) Σⱼ βⱼ² over the penalised columns.
   * With λ > 0 the estimate exists even under separation.
   */
  ridge?: number;
  /** Columns left out of the penalty. Default: the constant columns (the intercept). */
  unpenalized?: readonly number[];
  /** Maximum Newton iterations (default 100). */
  maxIter?: number;
  /**
   * Convergence tolerance on the relative change of the deviance, |D − D_old| / (|D| + 0.1)
   * (the criterion of R's `glm.fit`), default 1e-10 (R's default is 1e-8).
   */
  tol?: number;
  /** Column names, used in error messages and returned with the fit. */
  columnNames?: readonly string[];
}

/** `"none"`, or the MLE does not exist: `"complete"` (every observation predicted perfectly) or `"quasi"` (some are). */
export type SeparationStatus = "none" | "quasi" | "complete";

export interface LogisticFit {
  /** β̂ on the log-odds scale, one per column of X. */
  coefficients: number[];
  /** √diag of the inverse (penalised) information; null when the information matrix is singular (separation). */
  standardErrors: number[] | null;
  /** Inverse of the (penalised) information XᵀWX + λP; null when singular. */
  covariance: Matrix | null;
  /** Fitted probabilities, one per row. */
  fitted: number[];
  /** Linear predictors Xβ̂, one per row. */
  linearPredictor: number[];
  /** Weighted log-likelihood Σ wᵢ[yᵢηᵢ − log(1 + e^ηᵢ)] (without the penalty). */
  logLikelihood: number;
  /** Deviance −2ℓ (R's `deviance` for 0/1 responses). */
  deviance: number;
  /** Newton iterations performed. */
  iterations: number;
  /** Whether the deviance criterion was met within maxIter. */
  converged: boolean;
  /** Separation diagnosis; see {@link SeparationStatus}. */
  separation: SeparationStatus;
  /** Observations whose fitted probability is driven to 0 or 1 (0 without separation). */
  separatedObservations: number;
  /** The ridge penalty used. */
  ridge: number;
  columnNames: string[];
  n: number;
}

/**
 * Numerically stable logistic function 1/(1 + e^−η).
 *
 * @example
 * plogis(0) // => 0.5
 * plogis(-800) // => 0 (no overflow)
 */
export function plogis(eta: number): number {
  if (eta >= 0) return 1 / (1 + exp(-eta));
  const e = exp(eta);
  return e / (1 + e);
}

/** log(1 + e^η) without overflow. */
function log1pExp(eta: number): number {
  return eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta));
}

/** Fitted probabilities this close to 0 or 1 count as "perfectly predicted". */
const EXTREME = 1e-6;

/**
 * Fits a logistic regression P(yᵢ = 1) = 1/(1 + exp(−xᵢᵀβ)) by Newton–Raphson with step-halving.
 * X must include an intercept column if one is wanted (as `glm.fit`).
 *
 * Each iteration solves (XᵀWX + λP)Δ = Xᵀw(y − p) − λPβ, W = diag(wᵢpᵢ(1 − pᵢ)), by Cholesky, and
 * halves the step until the penalised log-likelihood does not decrease. It stops when the relative
 * change of the deviance is below `tol` (R's criterion). Standard errors come from the inverse
 * information at β̂ (for λ > 0: of the penalised information, an approximation).
 *
 * Separation: when some fitted probabilities are within 1e-6 of 0 or 1 after convergence, five
 * further Newton steps probe whether the linear predictors keep moving (by more than 1 on the
 * log-odds scale), which happens only when the MLE does not exist. The observations that move
 * are counted; all of them → `"complete"`, some → `"quasi"`. The coefficients returned are those
 * before the probe, and are meaningless (diverging) when separation is reported.
 *
 * @param X design matrix, n × p, finite
 * @param y responses, 0 or 1
 * @param options `weights`, `ridge`, `unpenalized`, `maxIter`, `tol`, `columnNames`
 * @throws EstimatorInputError for non-finite values, a response other than 0/1, mismatched
 *   lengths, fewer rows than parameters, or a collinear column (named)
 * @example
 * const fit = fitLogistic([[1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 0, 1, 1]);
 * fit.coefficients // => [-0.6931, 1.3863] (log(1/2), and log(2/1) − log(1/2) = log 4)
 */
export function fitLogistic(X: Matrix, y: NumericVector, options: LogisticOptions = {}): LogisticFit {
  checkMatrix("X", X);
  checkFiniteVector("y", y, 1);
  checkSameLength("X", X, "y", y);
  const n = X.length;
  const p = (X[0] as number[]).length;
  const names = columnNamesFor("options.columnNames", options.columnNames, p);
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new EstimatorInputError(`y[${i}]`, `must be 0 or 1, got ${describeValue(y[i])}`);
  }
  const w = options.weights;
  if (w !== undefined) checkWeights("options.weights", w, n);
  const ridge = options.ridge ?? 0;
  checkNumberInRange("options.ridge", ridge, 0, Number.MAX_VALUE);
  const maxIter = options.maxIter ?? 100;
  checkInteger("options.maxIter", maxIter, 1, 100000);
  const tol = options.tol ?? 1e-10;
  checkNumberInRange("options.tol", tol, 0, 1, true);
  const wt = (i: number) => (w === undefined ? 1 : (w[i] as number));

  // Rank check on the rows that carry weight, naming the collinear column.
  const active: number[] = [];
  for (let i = 0; i < n; i++) if (wt(i) > 0) active.push(i);
  if (active.length < p) {
    throw new EstimatorInputError("X", `has ${active.length} row(s)${w ? " with positive weight" : ""} for ${p} parameters; the model needs at least as many rows as parameters`);
  }
  // Without weights every row is active and √1 = 1: the rows are checked as they are (no copy).
  householderQr(w === undefined ? X : active.map((i) => (X[i] as number[]).map((v) => v * Math.sqrt(wt(i)))), names, "X");

  // Penalised columns.
  const penalised = new Array<boolean>(p).fill(ridge > 0);
  if (ridge > 0) {
    const free = options.unpenalized ?? Array.from({ length: p }, (_, j) => j).filter((j) => X.every((row) => row[j] === (X[0] as number[])[j]));
    for (const j of free) {
      checkInteger("options.unpenalized[]", j, 0, p - 1);
      penalised[j] = false;
    }
  }

  const etaOf = (beta: number[]) => matVec(X, beta);
  const objective = (eta: number[], beta: number[]): { ll: number; pen: number } => {
    let ll = 0;
    for (const i of active) ll += wt(i) * ((y[i] as number) * (eta[i] as number) - log1pExp(eta[i] as number));
    let pen = 0;
    for (let j = 0; j < p; j++) if (penalised[j]) pen += square(beta[j] as number);
    return { ll, pen: 0.5 * ridge * pen };
  };
  /** Newton direction at beta (null when the information is not positive definite). */
  const newtonStep = (beta: number[], eta: number[]): { step: number[]; info: Matrix } | null => {
    const info: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const score = new Array<number>(p).fill(0);
    for (const i of active) {
      const row = X[i] as number[];
      const pi = plogis(eta[i] as number);
      const wi = wt(i);
      const r = wi * ((y[i] as number) - pi);
      const v = wi * pi * (1 - pi);
      for (let j = 0; j < p; j++) {
        const xj = row[j] as number;
        score[j] = (score[j] as number) + r * xj;
        const infoJ = info[j] as number[];
        const vxj = v * xj;
        for (let k = 0; k <= j; k++) infoJ[k] = (infoJ[k] as number) + vxj * (row[k] as number);
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) (info[k] as number[])[j] = (info[j] as number[])[k] as number;
      if (penalised[j]) {
        (info[j] as number[])[j] = ((info[j] as number[])[j] as number) + ridge;
        score[j] = (score[j] as number) - ridge * (beta[j] as number);
      }
    }
    const l = cholesky(info);
    if (l === null) return null;
    return { step: choleskySolve(l, score), info };
  };

  let beta = new Array<number>(p).fill(0);
  let eta = etaOf(beta);
  let obj = objective(eta, beta);
  let deviance = -2 * obj.ll;
  let iterations = 0;
  let converged = false;
  let singular = false;
  while (iterations < maxIter) {
    iterations++;
    const newton = newtonStep(beta, eta);
    if (newton === null) {
      singular = true;
      break;
    }
    let scale = 1;
    let candidate = beta.map((b, j) => b + (newton.step[j] as number));
    let candEta = etaOf(candidate);
    let candObj = objective(candEta, candidate);
    for (let halvings = 0; halvings < 50 && !(candObj.ll - candObj.pen >= obj.ll - obj.pen - 1e-12 * Math.abs(obj.ll - obj.pen)); halvings++) {
      scale /= 2;
      candidate = beta.map((b, j) => b + scale * (newton.step[j] as number));
      candEta = etaOf(candidate);
      candObj = objective(candEta, candidate);
    }
    const newDeviance = -2 * candObj.ll;
    const penDevOld = deviance + 2 * obj.pen;
    const penDevNew = newDeviance + 2 * candObj.pen;
    beta = candidate;
    eta = candEta;
    obj = candObj;
    deviance = newDeviance;
    if (Math.abs(penDevNew - penDevOld) / (Math.abs(penDevNew) + 0.1) < tol) {
      converged = true;
      break;
    }
  }

  const fitted = eta.map(plogis);
  // Separation probe.
  let separatedObservations = 0;
  const extreme = active.some((i) => (fitted[i] as number) < EXTREME || (fitted[i] as number) > 1 - EXTREME);
  if (extreme || singular) {
    let probeBeta = beta.slice();
    let probeEta = eta.slice();
    for (let k = 0; k < 5; k++) {
      const newton = newtonStep(probeBeta, probeEta);
      if (newton === null) break;
      probeBeta = probeBeta.map((b, j) => b + (newton.step[j] as number));
      probeEta = etaOf(probeBeta);
    }
    for (const i of active) {
      const moved = Math.abs((probeEta[i] as number) - (eta[i] as number)) > 1;
      const pi = fitted[i] as number;
      const atBound = pi < EXTREME || pi > 1 - EXTREME;
      if ((moved && atBound) || (singular && atBound)) separatedObservations++;
    }
  }
  const separation: SeparationStatus = separatedObservations === 0 ? "none" : separatedObservations === active.length ? "complete" : "quasi";

  // Standard errors from the inverse information at β̂.
  let covariance: Matrix | null = null;
  const final = newtonStep(beta, eta);
  if (final !== null) {
    const l = cholesky(final.info);
    if (l !== null) covariance = choleskyInverse(l);
  }
  const standardErrors = covariance === null ? null : covariance.map((row, j) => Math.sqrt(row[j] as number));
  return {
    coefficients: beta,
    standardErrors,
    covariance,
    fitted,
    linearPredictor: eta,
    logLikelihood: obj.ll,
    deviance,
    iterations,
    converged,
    separation,
    separatedObservations,
    ridge,
    columnNames: names,
    n,
  };
}

/**
 * Predicted probabilities 1/(1 + exp(−xᵀβ̂)) of a logistic fit for new rows.
 *
 * @param fit a result of {@link fitLogistic}
 * @param X rows with the same columns as the fit
 * @example
 * const fit = fitLogistic([[1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 0, 1, 1]);
 * predictLogistic(fit, [[1, 1]]) // => [0.6667] (2 of 3)
 */
export function predictLogistic(fit: LogisticFit, X: Matrix): number[] {
  checkMatrix("X", X);
  const p = fit.coefficients.length;
  if ((X[0] as number[]).length !== p) throw new EstimatorInputError("X", `must have ${p} columns like the fit, got ${(X[0] as number[]).length}`);
  return matVec(X, fit.coefficients).map(plogis);
}
