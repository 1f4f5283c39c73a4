/**
 * Delta-adjusted multiple imputation for the missing primary outcomes of subjects who discontinued
 * (ICH E9(R1) sensitivity analysis of the missing-at-random assumption), and the tipping point:
 * the shift of the imputed outcomes at which the conclusion changes.
 *
 * Imputation model: per arm, the outcome regression on the baseline covariates fitted on the
 * subjects with an observed outcome (linear, or logistic for a binary outcome). Each imputation
 * draws the coefficients from their estimated sampling distribution N(β̂, V̂) and then the outcome
 * (residual noise N(0, σ̂²), or a Bernoulli draw). The shift δ is added to the imputed values of
 * that arm (on the logit scale for a binary outcome): δ = 0 in both arms is MAR. Every cell of
 * the grid uses the same random draws (common random numbers), so the results vary smoothly with
 * δ. The effect in each completed data set is the Hájek IPW ATE (propensity model fitted once on
 * all subjects: it does not involve the outcome); imputations are combined by Rubin's rules with
 * a normal reference distribution.
 */
import { cholesky, type Matrix } from "./matrix.js";
import { hajek } from "./hajek.js";
import { fitLinear } from "./linear.js";
import { fitLogistic, plogis } from "./logistic.js";
import { normalQuantile } from "./normal-distribution.js";
import type { OutcomeType } from "./outcome-model.js";
import { createPrng } from "./prng.js";
import { fitPropensity, withIntercept } from "./propensity.js";
import { checkFiniteVector, checkInteger, checkMatrix, checkNumberInRange, checkOneOf, checkTreatment, columnNamesFor, describeValue, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";

export interface DeltaAdjustmentInput {
  /** n × k baseline covariates (complete). */
  covariates: Matrix;
  treatment: ArrayLike<number | boolean>;
  /** Primary outcome; null (or NaN) for a subject who discontinued before it was assessed. */
  outcome: ArrayLike<number | null>;
  covariateNames?: readonly string[];
}

export interface DeltaAdjustmentOptions {
  outcomeType: OutcomeType;
  /** Shifts of the treated arm's imputed outcomes (default: 11 values from −range to +range). */
  deltasTreated?: readonly number[];
  /** Shifts of the control arm's imputed outcomes (default [0]). */
  deltasControl?: readonly number[];
  /** Largest |δ| searched for the tipping point (default 3·SD of the observed outcome; 4 on the logit scale). */
  range?: number;
  /** Imputations (default 20). */
  imputations?: number;
  /** PRNG seed (required). */
  seed: number;
  level?: number;
}

export interface DeltaCell {
  deltaTreated: number;
  deltaControl: number;
  estimate: number;
  se: number;
  ci: [number, number];
  /** Whether the interval excludes 0. */
  significant: boolean;
}

export interface DeltaTippingPointResult {
  n: number;
  nMissingTreated: number;
  nMissingControl: number;
  imputations: number;
  seed: number;
  level: number;
  /** δ = 0 in both arms (missing at random). */
  mar: DeltaCell;
  /** Every (δ_treated, δ_control) of the grid. */
  grid: DeltaCell[];
  /**
   * The smallest shift of the treated arm's imputed outcomes (control at MAR) at which the
   * interval's verdict (excludes 0 or not) differs from the MAR verdict, found by bisection to
   * 1e-6 of the range; null when the verdict holds over ±range.
   */
  tippingPoint: number | null;
  range: number;
  /** What was done, in words, for the report. */
  method: string;
}

interface ArmImputation {
  /** Missing subjects of the arm. */
  idx: number[];
  /** Per imputation: the linear predictor (binary) or the predicted mean + noise (continuous) of each missing subject. */
  base: number[][];
  /** Binary: per imputation, a uniform per missing subject. */
  uniforms: number[][];
}

/**
 * Delta-adjusted multiple imputation over a grid of shifts, with the tipping point.
 *
 * @param input covariates, treatment, outcome (null = missing after discontinuation)
 * @param options `outcomeType`, `seed`, and optionally the shift grid, `range`, `imputations`, `level`
 * @throws EstimatorInputError for degenerate inputs (an arm with no observed outcome, fewer
 *   observed subjects than parameters, non-finite values, separation)
 * @example
 * deltaTippingPoint({ covariates, treatment, outcome }, { outcomeType: "continuous", seed: 1 }).tippingPoint
 */
export function deltaTippingPoint(input: DeltaAdjustmentInput, options: DeltaAdjustmentOptions): DeltaTippingPointResult {
  const { covariates } = input;
  checkMatrix("input.covariates", covariates);
  const n = covariates.length;
  const t = checkTreatment("input.treatment", input.treatment, n);
  checkOneOf("options.outcomeType", options.outcomeType, ["continuous", "binary"] as const);
  const binary = options.outcomeType === "binary";
  const M = options.imputations ?? 20;
  checkInteger("options.imputations", M, 2, 1000);
  checkInteger("options.seed", options.seed, 0, 4294967295);
  const level = options.level ?? 0.95;
  checkNumberInRange("options.level", level, 0, 1, true);
  if (input.outcome.length !== n) throw new EstimatorInputError("input.outcome", `must have one value per subject (${n}), got ${input.outcome.length}`);
  const k = (covariates[0] as ArrayLike<number>).length;
  const names = ["(Intercept)", ...columnNamesFor("input.covariateNames", input.covariateNames, k)];
  const missing: boolean[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = input.outcome[i];
    if (v === null || (typeof v === "number" && Number.isNaN(v))) {
      missing.push(true);
      y.push(0);
    } else if (typeof v !== "number" || !Number.isFinite(v) || (binary && v !== 0 && v !== 1)) {
      throw new EstimatorInputError(`input.outcome[${i}]`, `must be ${binary ? "0 or 1" : "a finite number"} or null (missing), got ${describeValue(v)}`);
    } else {
      missing.push(false);
      y.push(v);
    }
  }
  const X = withIntercept(covariates);
  const rng = createPrng(options.seed);

  const imputeArm = (arm: number): ArmImputation & { sdObserved: number } => {
    const obs: number[] = [];
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (t[i] === arm) (missing[i] ? idx : obs).push(i);
    const label = arm === 1 ? "treated" : "control";
    if (obs.length === 0) throw new EstimatorInputError("input.outcome", `no subject of the ${label} arm has an observed outcome`);
    const Xo = obs.map((i) => X[i] as number[]);
    const yo = obs.map((i) => y[i] as number);
    const mean = yo.reduce((s, v) => s + v, 0) / yo.length;
    const sdObserved = Math.sqrt(yo.reduce((s, v) => s + square(v - mean), 0) / Math.max(1, yo.length - 1));
    let coef: number[];
    let cov: Matrix | null;
    let sigma = 0;
    try {
      if (binary) {
        const fit = fitLogistic(Xo, yo, { columnNames: names });
        if (fit.separation !== "none") throw new EstimatorInputError("outcome", `shows ${fit.separation} separation`);
        coef = fit.coefficients;
        cov = fit.covariance;
      } else {
        const fit = fitLinear(Xo, yo, { columnNames: names });
        coef = fit.coefficients;
        cov = fit.covariance;
        sigma = Math.sqrt(fit.residualVariance ?? 0);
      }
    } catch (e) {
      if (e instanceof EstimatorInputError) throw new EstimatorInputError(`imputation model (${label} arm, ${obs.length} observed)`, e.message);
      throw e;
    }
    const L = cov === null ? null : cholesky(cov);
    const base: number[][] = [];
    const uniforms: number[][] = [];
    for (let m = 0; m < M; m++) {
      const z = coef.map(() => rng.normal());
      const beta = L === null ? coef : coef.map((b, j) => b + (L[j] as number[]).reduce((s, l, c) => s + l * (z[c] as number), 0));
      const eta = idx.map((i) => (X[i] as number[]).reduce((s, v, j) => s + v * (beta[j] as number), 0));
      if (binary) {
        base.push(eta);
        uniforms.push(idx.map(() => rng.uniform()));
      } else {
        base.push(eta.map((e) => e + sigma * rng.normal()));
        uniforms.push([]);
      }
    }
    return { idx, base, uniforms, sdObserved };
  };

  const treatedArm = imputeArm(1);
  const controlArm = imputeArm(0);
  const ps = fitPropensity(covariates, t, { covariateNames: names.slice(1) }).scores;
  const z = normalQuantile((1 + level) / 2);

  const analyse = (dT: number, dC: number): DeltaCell => {
    const q: number[] = [];
    const u: number[] = [];
    const yc = y.slice();
    for (let m = 0; m < M; m++) {
      for (const [arm, d] of [
        [treatedArm, dT],
        [controlArm, dC],
      ] as const) {
        const base = arm.base[m] as number[];
        const unif = arm.uniforms[m] as number[];
        arm.idx.forEach((i, j) => {
          yc[i] = binary ? ((unif[j] as number) < plogis((base[j] as number) + d) ? 1 : 0) : (base[j] as number) + d;
        });
      }
      const est = hajek(yc, t, ps);
      q.push(est.estimate);
      u.push(square(est.se as number));
    }
    const qbar = q.reduce((s, v) => s + v, 0) / M;
    const ubar = u.reduce((s, v) => s + v, 0) / M;
    const b = q.reduce((s, v) => s + square(v - qbar), 0) / (M - 1);
    const se = Math.sqrt(ubar + (1 + 1 / M) * b);
    const ci: [number, number] = [qbar - z * se, qbar + z * se];
    return { deltaTreated: dT, deltaControl: dC, estimate: qbar, se, ci, significant: ci[0] > 0 || ci[1] < 0 };
  };

  const observedSd = Math.sqrt(
    (() => {
      const yo = y.filter((_, i) => !missing[i]);
      const mean = yo.reduce((s, v) => s + v, 0) / yo.length;
      return yo.reduce((s, v) => s + square(v - mean), 0) / Math.max(1, yo.length - 1);
    })(),
  );
  const range = options.range ?? (binary ? 4 : 3 * observedSd);
  checkNumberInRange("options.range", range, 0, Number.MAX_VALUE, true);
  const defaultGrid = Array.from({ length: 11 }, (_, i) => -range + (2 * range * i) / 10);
  const deltasTreated = options.deltasTreated ?? defaultGrid;
  const deltasControl = options.deltasControl ?? [0];
  checkFiniteVector("options.deltasTreated", deltasTreated, 1);
  checkFiniteVector("options.deltasControl", deltasControl, 1);

  const mar = analyse(0, 0);
  const grid = deltasControl.flatMap((dC) => deltasTreated.map((dT) => analyse(dT, dC)));

  // Tipping point: nearest verdict change along δ_treated, searched on both sides of 0.
  let tippingPoint: number | null = null;
  if (treatedArm.idx.length > 0) {
    const steps = 40;
    for (const sign of mar.estimate >= 0 ? [-1, 1] : [1, -1]) {
      let lo = 0;
      for (let s = 1; s <= steps; s++) {
        const hi = (sign * range * s) / steps;
        if (analyse(hi, 0).significant !== mar.significant) {
          let a = lo;
          let b = hi;
          while (Math.abs(b - a) > 1e-6 * range) {
            const mid = (a + b) / 2;
            if (analyse(mid, 0).significant !== mar.significant) b = mid;
            else a = mid;
          }
          if (tippingPoint === null || Math.abs(b) < Math.abs(tippingPoint)) tippingPoint = b;
          break;
        }
        lo = hi;
      }
    }
  }

  return {
    n,
    nMissingTreated: treatedArm.idx.length,
    nMissingControl: controlArm.idx.length,
    imputations: M,
    seed: options.seed,
    level,
    mar,
    grid,
    tippingPoint,
    range,
    method:
      `${M} imputations per arm from the outcome regression on the baseline covariates fitted on the observed subjects (coefficients drawn from N(β̂, V̂)${binary ? ", Bernoulli outcomes; δ on the log-odds scale" : ", residual noise N(0, σ̂²)"}), ` +
      `δ added to the imputed outcomes of the arm, Hájek IPW ATE in each completed data set, Rubin's rules (normal reference), seed ${options.seed}`,
  };
}
