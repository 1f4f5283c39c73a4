/**
 * Propensity scores e(x) = P(T = 1 | X = x) from a logistic model with an intercept.
 */
import { fitLogistic, type LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { checkMatrix, checkTreatment, columnNamesFor, EstimatorInputError, type NumericVector } from "./validate.js";

export interface PropensityOptions {
  /** Covariate names (one per column of `covariates`), for error messages and the fit. */
  covariateNames?: readonly string[];
  /** Ridge penalty on the slopes (default 0: plain maximum likelihood). */
  ridge?: number;
  /** Optional prior weights. */
  weights?: NumericVector;
  /** Newton iterations (default 100). */
  maxIter?: number;
  /** Convergence tolerance (default 1e-10). */
  tol?: number;
  /**
   * Return the fit even when the model shows separation (default false: separation is an error,
   * because the scores are then 0 or 1 and inverse weights are infinite).
   */
  allowSeparation?: boolean;
}

export interface PropensityModel {
  /** Fitted P(T = 1 | x), one per subject. */
  scores: number[];
  /** The logistic fit (first coefficient: the intercept). */
  fit: LogisticFit;
}

/**
 * Prepends a column of ones.
 *
 * @example
 * withIntercept([[2, 3]]) // => [[1, 2, 3]]
 */
export function withIntercept(covariates: Matrix): number[][] {
  return covariates.map((row) => [1, ...row]);
}

/**
 * Fits the propensity model logit e(x) = β₀ + xᵀβ by maximum likelihood (an intercept is added:
 * pass covariates only) and returns the fitted scores.
 *
 * @param covariates n × k covariate matrix (no intercept column); k may be 0 (rows of length 0 are
 *   not accepted: pass `[[], …]` only through {@link withIntercept} yourself)
 * @param treatment 1 = treated, 0 = control; both arms non-empty
 * @param options `covariateNames`, `ridge`, `weights`, `maxIter`, `tol`, `allowSeparation`
 * @throws EstimatorInputError for an empty arm, non-finite covariates, fewer rows than parameters,
 *   a constant or collinear covariate (named), non-convergence, or separation (naming how many
 *   subjects are perfectly predicted) unless `allowSeparation`
 * @example
 * fitPropensity([[0], [0], [1], [1]], [0, 1, 0, 1]).scores // => [0.5, 0.5, 0.5, 0.5]
 */
export function fitPropensity(covariates: Matrix, treatment: ArrayLike<number | boolean>, options: PropensityOptions = {}): PropensityModel {
  checkMatrix("covariates", covariates);
  const t = checkTreatment("treatment", treatment, covariates.length);
  const k = (covariates[0] as number[]).length;
  const names = ["(Intercept)", ...columnNamesFor("options.covariateNames", options.covariateNames, k)];
  const fit = fitLogistic(withIntercept(covariates), t, {
    columnNames: names,
    ...(options.ridge !== undefined ? { ridge: options.ridge } : {}),
    ...(options.weights !== undefined ? { weights: options.weights } : {}),
    ...(options.maxIter !== undefined ? { maxIter: options.maxIter } : {}),
    ...(options.tol !== undefined ? { tol: options.tol } : {}),
  });
  return propensityModel(fit, options.allowSeparation ?? false);
}

/**
 * A logistic fit of treatment on an intercept and covariates (`fitLogistic(withIntercept(X), t)`,
 * fitted by the caller) as a propensity model, with the checks {@link fitPropensity} applies to its
 * own fit: a caller that already holds the fit (for its diagnostics) need not fit it again.
 *
 * @param fit the logistic fit; its first coefficient is the intercept
 * @param allowSeparation accept a fit with separation (default false)
 * @throws EstimatorInputError for separation (unless allowed) or non-convergence, as fitPropensity
 * @example
 * propensityModel(fitLogistic([[1], [1]], [0, 1])).scores // => [0.5, 0.5]
 */
export function propensityModel(fit: LogisticFit, allowSeparation = false): PropensityModel {
  if (fit.separation !== "none" && !allowSeparation) {
    const largest = fit.coefficients
      .map((b, j) => ({ name: fit.columnNames[j] as string, b, se: fit.standardErrors?.[j] ?? Infinity }))
      .slice(1)
      .sort((a, b) => Math.abs(b.b) - Math.abs(a.b))
      .slice(0, 3)
      .map((c) => `${c.name} (β = ${c.b.toPrecision(4)})`)
      .join(", ");
    throw new EstimatorInputError(
      "treatment",
      `the propensity model shows ${fit.separation} separation: ${fit.separatedObservations} of ${fit.fitted.length} subjects have a fitted probability of (almost) exactly 0 or 1, so treatment is perfectly predicted for them and inverse weights are infinite. Largest coefficients: ${largest || "(intercept only)"}. Remove or coarsen the covariate, restrict the population, or use a ridge penalty`,
    );
  }
  if (!fit.converged && fit.separation === "none") {
    throw new EstimatorInputError("covariates", `the propensity model did not converge in ${fit.iterations} iterations; raise maxIter or check the covariates' scaling`);
  }
  return { scores: fit.fitted, fit };
}
