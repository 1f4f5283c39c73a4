/**
 * Covariate-adjusted treatment effects on a binary outcome by standardization (g-computation)
 * with a logistic working model, as FDA's 2023 guidance "Adjusting for Covariates in Randomized
 * Clinical Trials for Drugs and Biological Products" describes: fit logit P(Y = 1) = xᵀβ on arm
 * and baseline covariates, predict every subject's risk under each arm, average, and compare
 * the arms' average risks (unconditional risk difference, risk ratio, odds ratio). Three
 * variance estimators, each giving the covariance Σ of the vector of standardized risks:
 * - `"model"`, `"sandwich"`: the delta method of Ge et al. (2011, Drug Inf J 45:481),
 *   Σ = G V Gᵀ with V the model-based or the sandwich (HC0, `sandwich::sandwich(glm)`)
 *   covariance of β̂; the covariates are held fixed (conditional on the observed X).
 * - `"unconditional"`: the robust variance of Ye, Bannick, Yi & Shao (2023, Stat Theory Relat
 *   Fields 7:159) for the unconditional effect under simple randomization, which also counts
 *   the sampling variability of the covariates (the delta method above does not); as RobinCar2's
 *   `vcovG` (simple randomization, `decompose = TRUE`):
 *   n·Σₐᵦ = 1{a = b}[varₐ(Y) + var(μ̂ₐ(X)) − 2 covₐ(Y, μ̂ₐ(X))]/πₐ + covₐ(Y, μ̂ᵦ(X)) + covᵦ(Y, μ̂ₐ(X)) − cov(μ̂ₐ(X), μ̂ᵦ(X)),
 *   with varₐ, covₐ over the subjects of arm a, var and cov over all n (divisor n − 1 each),
 *   πₐ = nₐ/n and μ̂ₐ(Xᵢ) subject i's predicted risk under arm a.
 * Effects from Σ by the delta method: RD with gradient eₐ − e_c, log RR with eₐ/μ̂ₐ − e_c/μ̂_c,
 * log OR with eₐ/(μ̂ₐ(1 − μ̂ₐ)) − e_c/(μ̂_c(1 − μ̂_c)).
 */
import { buildModelDesign, modelTerm, type LinearModelSpec } from "./linear-model.js";
import { fitLogistic, plogis, type LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { sandwichProduct } from "./robust-covariance.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { exp, ln, square } from "./elementary-functions.js";
import { isMissingValue } from "./covariate-values.js";
import type { Level } from "./smd.js";
import { checkNumberInRange, checkOneOf, describeValue, EstimatorInputError } from "./validate.js";

export type StandardizationVariance = "model" | "sandwich" | "unconditional";

export interface StandardizationOptions {
  /** The factor of `spec` that holds the arm. */
  factor: string;
  /** The control arm (default the factor's reference level). */
  control?: Level;
  /** `"sandwich"` (default: Ge et al.'s delta method with the HC0 covariance of β̂), `"model"` (with the inverse information), or `"unconditional"` (Ye et al. 2023). */
  variance?: StandardizationVariance;
  /** Confidence level (default 0.95). */
  level?: number;
}

/** An effect with a normal-theory (Wald) interval; ratios are tested and bounded on the log scale. */
export interface StandardizedEffect {
  estimate: number;
  /** SE of the estimate (risk difference) or of its logarithm (risk ratio, odds ratio). */
  se: number;
  lower: number;
  upper: number;
  /** Two-sided p-value of H₀: RD = 0, or log RR = 0, or log OR = 0. */
  p: number;
}

export interface StandardizedComparison {
  level: Level;
  control: Level;
  riskDifference: StandardizedEffect;
  riskRatio: StandardizedEffect;
  oddsRatio: StandardizedEffect;
}

export interface StandardizationResult {
  /** The standardized risk of each arm, μ̂ₐ, with its SE. */
  risks: Array<{ level: Level; risk: number; se: number }>;
  /** Σ, the estimated covariance of the standardized risks (arms in the factor's order). */
  riskCovariance: Matrix;
  /** Each non-control arm against the control. */
  comparisons: StandardizedComparison[];
  /** The logistic working model. */
  fit: LogisticFit;
  columnNames: string[];
  variance: StandardizationVariance;
}

function wald(estimate: number, se: number, z: number, logScale: boolean): StandardizedEffect {
  const p = 2 * normalCdf(-Math.abs(estimate / se));
  if (!logScale) return { estimate, se, lower: estimate - z * se, upper: estimate + z * se, p };
  return { estimate: exp(estimate), se, lower: exp(estimate - z * se), upper: exp(estimate + z * se), p };
}

function mean(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

/** Sample covariance (divisor m − 1) of two vectors over the indices `idx`. */
function sampleCov(a: readonly number[], b: readonly number[], idx: readonly number[]): number {
  const ma = mean(idx.map((i) => a[i] as number));
  const mb = mean(idx.map((i) => b[i] as number));
  let s = 0;
  for (const i of idx) s += ((a[i] as number) - ma) * ((b[i] as number) - mb);
  return s / (idx.length - 1);
}

function quadratic(g: number[], V: Matrix): number {
  let s = 0;
  for (let j = 0; j < g.length; j++) for (let k = 0; k < g.length; k++) s += (g[j] as number) * ((V[j] as number[])[k] as number) * (g[k] as number);
  return s;
}

/**
 * Standardized (g-computation) risks and effects of the arms on a binary outcome.
 *
 * μ̂ₐ = (1/n) Σᵢ expit(xᵢ(a)ᵀβ̂), xᵢ(a) subject i's covariates with the arm set to a. With
 * gₐ = ∂μ̂ₐ/∂β = (1/n) Σᵢ pᵢ(a)(1 − pᵢ(a)) xᵢ(a) and V the covariance of β̂:
 * Σ = G V Gᵀ (rows of G the gₐ) for the delta methods, or Ye et al.'s Σ (module note); effects
 * from Σ by the delta method, Wald intervals and p-values (ratios on the log scale).
 *
 * @param rows subject records (outcome 0/1; model columns complete)
 * @param spec the working model: `outcome`, `factors` (the arm among them), `covariates`
 * @param options `factor` (the arm), `control`, `variance` (`"sandwich"` default, `"model"`,
 *   `"unconditional"`), `level`
 * @throws EstimatorInputError for an outcome other than 0/1 (naming the row), an arm factor not
 *   in the spec, a control that is not a level, separation in the working model (the risks do not
 *   exist as maximum-likelihood estimates), or as {@link buildModelDesign}
 * @example
 * // No covariates: the standardized risks are the arms' proportions.
 * standardizedBinaryEffects(rows, { outcome: "y", factors: ["arm"] }, { factor: "arm" }).risks // => [0.25, 0.75] (see the test)
 */
export function standardizedBinaryEffects(rows: ArrayLike<Record<string, unknown>>, spec: LinearModelSpec, options: StandardizationOptions): StandardizationResult {
  if (spec === null || typeof spec !== "object" || typeof spec.outcome !== "string")
    throw new EstimatorInputError("spec.outcome", `must name the outcome column, got ${describeValue(spec?.outcome)}`);
  const variance = options.variance ?? "sandwich";
  checkOneOf("options.variance", variance, ["model", "sandwich", "unconditional"] as const);
  const level = options.level ?? 0.95;
  checkNumberInRange("options.level", level, 0, 1, true);
  const design = buildModelDesign(rows, spec);
  const term = modelTerm(design, options.factor);
  if (term.kind !== "factor") throw new EstimatorInputError("options.factor", `must name a factor of the spec, got the covariate ${describeValue(options.factor)}`);
  const levels = term.levels as Level[];
  const control = options.control ?? (term.reference as Level);
  const controlIndex = levels.indexOf(control);
  if (controlIndex < 0)
    throw new EstimatorInputError("options.control", `must be a level of "${options.factor}" (${levels.map(describeValue).join(", ")}), got ${describeValue(control)}`);
  const y = Array.from({ length: rows.length }, (_, i) => {
    const v = (rows[i] as Record<string, unknown>)[spec.outcome];
    if (isMissingValue(v)) throw new EstimatorInputError(`rows[${i}].${spec.outcome}`, `is missing (${describeValue(v)}); choose the analysis population upstream, explicitly`);
    if (v !== 0 && v !== 1 && v !== true && v !== false) throw new EstimatorInputError(`rows[${i}].${spec.outcome}`, `must be 0 or 1, got ${describeValue(v)}`);
    return v === 1 || v === true ? 1 : 0;
  });
  const fit = fitLogistic(design.X, y, { columnNames: design.columnNames });
  if (fit.separation !== "none") {
    throw new EstimatorInputError(
      "rows",
      `the logistic working model shows ${fit.separation} separation (${fit.separatedObservations} observation(s) fitted at 0 or 1); the standardized risks are not estimable by maximum likelihood`,
    );
  }
  if (!fit.converged || fit.covariance === null) throw new EstimatorInputError("rows", "the logistic working model did not converge; the standardized risks are not estimable");
  const n = design.X.length;
  const p = design.columnNames.length;
  let V = fit.covariance;
  if (variance === "sandwich") {
    const meat: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    design.X.forEach((x, i) => {
      const u = square((y[i] as number) - (fit.fitted[i] as number));
      for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) (meat[j] as number[])[k] = ((meat[j] as number[])[k] as number) + u * (x[j] as number) * (x[k] as number);
    });
    V = sandwichProduct(fit.covariance, meat);
  }
  // Standardized risk, its gradient and every subject's prediction, for each arm.
  const perArm = levels.map((_, a) => {
    const g = new Array<number>(p).fill(0);
    const preds = new Array<number>(n);
    let mu = 0;
    design.X.forEach((row, i) => {
      const x = row.slice();
      term.columns.forEach((col, l) => (x[col] = l + 1 === a ? 1 : 0));
      let eta = 0;
      for (let j = 0; j < p; j++) eta += (x[j] as number) * (fit.coefficients[j] as number);
      const pi = plogis(eta);
      preds[i] = pi;
      mu += pi;
      const d = pi * (1 - pi);
      for (let j = 0; j < p; j++) g[j] = (g[j] as number) + d * (x[j] as number);
    });
    return { mu: mu / n, g: g.map((v) => v / n), preds };
  });
  const k = levels.length;
  let Sigma: Matrix;
  if (variance === "unconditional") {
    const all = Array.from({ length: n }, (_, i) => i);
    const arms = levels.map((_, a) => all.filter((i) => (term.levelOfRow as number[])[i] === a));
    arms.forEach((idx, a) => {
      if (idx.length < 2)
        throw new EstimatorInputError("rows", `arm ${describeValue(levels[a])} has ${idx.length} subject(s); the unconditional variance needs at least two per arm`);
    });
    const pred = (a: number) => (perArm[a] as { preds: number[] }).preds;
    Sigma = levels.map((_, a) =>
      levels.map((__, b) => {
        let v = sampleCov(y, pred(b), arms[a] as number[]) + sampleCov(y, pred(a), arms[b] as number[]) - sampleCov(pred(a), pred(b), all);
        if (a === b) {
          const idx = arms[a] as number[];
          v += (sampleCov(y, y, idx) + sampleCov(pred(a), pred(a), all) - 2 * sampleCov(y, pred(a), idx)) / (idx.length / n);
        }
        return v / n;
      }),
    );
  } else {
    Sigma = levels.map((_, a) =>
      levels.map((__, b) => {
        const ga = (perArm[a] as { g: number[] }).g;
        const gb = (perArm[b] as { g: number[] }).g;
        let s2 = 0;
        for (let j = 0; j < p; j++) for (let l = 0; l < p; l++) s2 += (ga[j] as number) * ((V[j] as number[])[l] as number) * (gb[l] as number);
        return s2;
      }),
    );
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const risks = levels.map((lvl, a) => ({ level: lvl, risk: (perArm[a] as { mu: number }).mu, se: Math.sqrt((Sigma[a] as number[])[a] as number) }));
  const mc = (perArm[controlIndex] as { mu: number }).mu;
  const unit = (a: number, scale: number) => Array.from({ length: k }, (_, j) => (j === a ? scale : 0));
  const comparisons = levels.flatMap((lvl, a) => {
    if (a === controlIndex) return [];
    const mt = (perArm[a] as { mu: number }).mu;
    const grad = (st: number, sc: number) => unit(a, st).map((v, j) => v - (unit(controlIndex, sc)[j] as number));
    return [
      {
        level: lvl,
        control,
        riskDifference: wald(mt - mc, Math.sqrt(quadratic(grad(1, 1), Sigma)), z, false),
        riskRatio: wald(ln(mt / mc), Math.sqrt(quadratic(grad(1 / mt, 1 / mc), Sigma)), z, true),
        oddsRatio: wald(ln(mt / (1 - mt)) - ln(mc / (1 - mc)), Math.sqrt(quadratic(grad(1 / (mt * (1 - mt)), 1 / (mc * (1 - mc))), Sigma)), z, true),
      },
    ];
  });
  return { risks, riskCovariance: Sigma, comparisons, fit, columnNames: design.columnNames, variance };
}
