/**
 * Propensity scores e(x) = P(T = 1 | X = x) from a logistic model with an intercept.
 */
import { fitLogistic } from "./logistic.js";
import { checkMatrix, checkTreatment, columnNamesFor, EstimatorInputError } from "./validate.js";
/**
 * Prepends a column of ones.
 *
 * @example
 * withIntercept([[2, 3]]) // => [[1, 2, 3]]
 */
export function withIntercept(covariates) {
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
export function fitPropensity(covariates, treatment, options = {}) {
    checkMatrix("covariates", covariates);
    const t = checkTreatment("treatment", treatment, covariates.length);
    const k = covariates[0].length;
    const names = ["(Intercept)", ...columnNamesFor("options.covariateNames", options.covariateNames, k)];
    const fit = fitLogistic(withIntercept(covariates), t, {
        columnNames: names,
        ...(options.ridge !== undefined ? { ridge: options.ridge } : {}),
        ...(options.weights !== undefined ? { weights: options.weights } : {}),
        ...(options.maxIter !== undefined ? { maxIter: options.maxIter } : {}),
        ...(options.tol !== undefined ? { tol: options.tol } : {}),
    });
    if (fit.separation !== "none" && !options.allowSeparation) {
        const largest = fit.coefficients
            .map((b, j) => ({ name: names[j], b, se: fit.standardErrors?.[j] ?? Infinity }))
            .slice(1)
            .sort((a, b) => Math.abs(b.b) - Math.abs(a.b))
            .slice(0, 3)
            .map((c) => `${c.name} (β = ${c.b.toPrecision(4)})`)
            .join(", ");
        throw new EstimatorInputError("treatment", `the propensity model shows ${fit.separation} separation: ${fit.separatedObservations} of ${t.length} subjects have a fitted probability of (almost) exactly 0 or 1, so treatment is perfectly predicted for them and inverse weights are infinite. Largest coefficients: ${largest || "(intercept only)"}. Remove or coarsen the covariate, restrict the population, or use a ridge penalty`);
    }
    if (!fit.converged && fit.separation === "none") {
        throw new EstimatorInputError("covariates", `the propensity model did not converge in ${fit.iterations} iterations; raise maxIter or check the covariates' scaling`);
    }
    return { scores: fit.fitted, fit };
}
