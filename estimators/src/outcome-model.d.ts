/**
 * Outcome models for g-computation and AIPW: one regression per arm (linear for a continuous
 * outcome, logistic for a binary one), each predicting for every subject, so that m₁(x) and m₀(x)
 * may differ in every coefficient (treatment-by-covariate interactions).
 */
import { type LinearFit } from "./linear.js";
import { type LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { type NumericVector } from "./validate.js";
export type OutcomeType = "continuous" | "binary";
export interface OutcomeModels {
    /** m₁(xᵢ): predicted outcome under treatment, for every subject. */
    mu1: number[];
    /** m₀(xᵢ): predicted outcome under control, for every subject. */
    mu0: number[];
    /** The model fitted on the treated. */
    fit1: LinearFit | LogisticFit;
    /** The model fitted on the controls. */
    fit0: LinearFit | LogisticFit;
}
/**
 * Fits E[Y | X, T = a] separately in each arm (with an intercept; pass covariates only) and
 * predicts it for all subjects. Binary outcomes use logistic regression; separation in an arm's
 * model is an error (its predictions would be 0 or 1).
 *
 * @param covariates n × k covariates (no intercept column)
 * @param treatment 1 = treated, 0 = control
 * @param outcome outcomes (0/1 for binary)
 * @param outcomeType `"continuous"` or `"binary"`
 * @param covariateNames optional names for error messages
 * @throws EstimatorInputError for an arm with fewer subjects than parameters, a covariate constant
 *   (or collinear) within an arm (named), a binary outcome not coded 0/1, or separation
 * @example
 * fitOutcomeModels([[0], [1], [0], [1]], [1, 1, 0, 0], [1, 3, 0, 1], "continuous").mu1 // => [1, 3, 1, 3]
 */
export declare function fitOutcomeModels(covariates: Matrix, treatment: ArrayLike<number | boolean>, outcome: NumericVector, outcomeType: OutcomeType, covariateNames?: readonly string[]): OutcomeModels;
