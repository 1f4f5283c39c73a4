/**
 * The fit half of a treatment-effect estimate (scikit-learn's fit/predict split): the propensity
 * model, trimming and the refit on the kept subjects, and the per-arm outcome models, fitted once.
 * `estimateEffect` (treatment-effect.ts) turns the fitted models into an estimate by any of the
 * four methods, so a caller that wants AIPW, g-computation and both IPW estimators fits each model
 * once, not once per method.
 */
import type { LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { fitOutcomeModels, type OutcomeModels, type OutcomeType } from "./outcome-model.js";
import { fitPropensity, propensityModel, type PropensityModel } from "./propensity.js";
import { trimPropensity, type TrimRule } from "./trimming.js";
import { EstimatorInputError } from "./validate.js";

/** Data already checked by `checkEffectInput`: treatment as 0/1 numbers, one name per covariate. */
export interface CheckedEffectInput {
  covariates: Matrix;
  treatment: number[];
  outcome: ArrayLike<number>;
  covariateNames: string[];
}

export interface EffectModelOptions {
  outcomeType: OutcomeType;
  /** Propensity trimming (default `{rule: "none"}`); ignored when `propensity` is false. */
  trim?: TrimRule;
  /** Ridge penalty of the propensity model (default 0). */
  propensityRidge?: number;
  /** Fit the propensity model (and trim). */
  propensity: boolean;
  /** Fit the per-arm outcome models (on the kept subjects). */
  outcome: boolean;
  /**
   * Propensity fits the caller already made on these rows, `fitLogistic(withIntercept(X), t)` with
   * the same ridge: the first fit and the refit on the subjects that `trim` keeps (the first fit
   * again when it keeps everyone). They are checked as `fitPropensity` checks its own and used
   * instead of fitting again.
   */
  propensityFits?: { initial: LogisticFit; trimmed: LogisticFit };
}

/** The fitted models and the subjects they were fitted on. */
export interface FittedEffectModels {
  /** Subjects given. */
  n: number;
  /** Which of the n subjects were kept (all, without trimming). */
  analysed: boolean[];
  /** Trimming threshold α (null without trimming). */
  trimThreshold: number | null;
  /** Covariates, treatment and outcomes of the kept subjects. */
  covariates: Matrix;
  treatment: number[];
  outcome: number[];
  /** The propensity model on the kept subjects (null when not fitted). */
  propensity: PropensityModel | null;
  /** The outcome models on the kept subjects (null when not fitted). */
  outcomeModels: OutcomeModels | null;
}

const subset = <T>(xs: ArrayLike<T>, keep: boolean[]): T[] => {
  const out: T[] = [];
  for (let i = 0; i < keep.length; i++) if (keep[i]) out.push(xs[i] as T);
  return out;
};

/**
 * Fits the models of a treatment-effect estimate once: with `propensity`, the propensity model,
 * then (with trimming) the subjects outside [α, 1 − α] dropped and the model refitted on the rest;
 * with `outcome`, one outcome model per arm on the kept subjects.
 *
 * @param input checked data (see {@link CheckedEffectInput})
 * @param options `outcomeType`, `trim`, `propensityRidge`, `propensity`, `outcome`, `propensityFits`
 * @throws EstimatorInputError as the fits do (separation, non-convergence, collinearity), and when
 *   trimming leaves an arm empty
 * @example
 * fitEffectModels(
 *   { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1], covariateNames: ["x"] },
 *   { outcomeType: "continuous", propensity: false, outcome: true },
 * ).outcomeModels.mu1 // => [2, 3, 2, 3, 2, 3]  (m₁(x) = 2 + x)
 */
export function fitEffectModels(input: CheckedEffectInput, options: EffectModelOptions): FittedEffectModels {
  const { covariates, treatment: t, outcome, covariateNames: names } = input;
  const trim: TrimRule = options.trim ?? { rule: "none" };
  const ridgeOption = options.propensityRidge !== undefined ? { ridge: options.propensityRidge } : {};
  const fits = options.propensityFits;
  const n = t.length;

  let analysed = new Array<boolean>(n).fill(true);
  let trimThreshold: number | null = null;
  let X = covariates;
  let tt = t;
  let y = Array.from(outcome);
  let propensity: PropensityModel | null = null;
  if (options.propensity) {
    let model = fits !== undefined ? propensityModel(fits.initial) : fitPropensity(X, tt, { covariateNames: names, ...ridgeOption });
    if (trim.rule !== "none") {
      const trimmed = trimPropensity(model.scores, trim);
      trimThreshold = trimmed.threshold;
      analysed = trimmed.keep;
      X = subset(covariates, analysed);
      tt = subset(t, analysed);
      y = subset(outcome, analysed);
      const n1 = tt.reduce((s, v) => s + v, 0);
      if (n1 === 0 || n1 === tt.length) {
        throw new EstimatorInputError("options.trim", `trimming at α = ${trimThreshold} leaves ${n1 === 0 ? "no treated" : "no control"} subjects (${tt.length} kept of ${n})`);
      }
      if (trimmed.nTrimmed > 0) {
        try {
          model = fits !== undefined ? propensityModel(fits.trimmed) : fitPropensity(X, tt, { covariateNames: names, ...ridgeOption });
        } catch (e) {
          if (e instanceof EstimatorInputError) throw new EstimatorInputError(`propensity model after trimming (n = ${tt.length})`, e.message);
          throw e;
        }
      }
    }
    propensity = model;
  }
  const outcomeModels = options.outcome ? fitOutcomeModels(X, tt, y, options.outcomeType, names) : null;
  return { n, analysed, trimThreshold, covariates: X, treatment: tt, outcome: y, propensity, outcomeModels };
}
