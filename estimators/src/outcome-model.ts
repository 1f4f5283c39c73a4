/**
 * Outcome models for g-computation and AIPW: one regression per arm (linear for a continuous
 * outcome, logistic for a binary one), each predicting for every subject, so that m₁(x) and m₀(x)
 * may differ in every coefficient (treatment-by-covariate interactions).
 */
import { fitLinear, type LinearFit } from "./linear.js";
import { fitLogistic, plogis, type LogisticFit } from "./logistic.js";
import type { Matrix } from "./matrix.js";
import { withIntercept } from "./propensity.js";
import { checkFiniteVector, checkMatrix, checkOneOf, checkSameLength, checkTreatment, columnNamesFor, describeValue, EstimatorInputError, type NumericVector } from "./validate.js";

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
export function fitOutcomeModels(
  covariates: Matrix,
  treatment: ArrayLike<number | boolean>,
  outcome: NumericVector,
  outcomeType: OutcomeType,
  covariateNames?: readonly string[],
): OutcomeModels {
  checkMatrix("covariates", covariates);
  checkFiniteVector("outcome", outcome, 1);
  checkSameLength("covariates", covariates, "outcome", outcome);
  checkOneOf("outcomeType", outcomeType, ["continuous", "binary"] as const);
  const t = checkTreatment("treatment", treatment, covariates.length);
  const k = (covariates[0] as number[]).length;
  const names = ["(Intercept)", ...columnNamesFor("covariateNames", covariateNames, k)];
  const X = withIntercept(covariates);
  const fitArm = (arm: number) => {
    const label = arm === 1 ? "treated" : "control";
    const idx: number[] = [];
    for (let i = 0; i < t.length; i++) if (t[i] === arm) idx.push(i);
    const Xa = idx.map((i) => X[i] as number[]);
    const ya = idx.map((i) => outcome[i] as number);
    try {
      if (outcomeType === "continuous") {
        const fit = fitLinear(Xa, ya, { columnNames: names });
        return { fit, predict: (row: number[]) => row.reduce((s, v, j) => s + v * (fit.coefficients[j] as number), 0) };
      }
      const fit = fitLogistic(Xa, ya, { columnNames: names });
      if (fit.separation !== "none") {
        throw new EstimatorInputError(
          "outcome",
          `shows ${fit.separation} separation (${fit.separatedObservations} of ${idx.length} subjects perfectly predicted); the outcome model's predictions would be 0 or 1`,
        );
      }
      if (!fit.converged) throw new EstimatorInputError("outcome", `the logistic outcome model did not converge in ${fit.iterations} iterations`);
      return { fit, predict: (row: number[]) => plogis(row.reduce((s, v, j) => s + v * (fit.coefficients[j] as number), 0)) };
    } catch (e) {
      if (e instanceof EstimatorInputError) {
        throw new EstimatorInputError(`outcome model (${label} arm, n = ${idx.length})`, e.message);
      }
      throw e;
    }
  };
  if (outcomeType === "binary") {
    for (let i = 0; i < outcome.length; i++) {
      if (outcome[i] !== 0 && outcome[i] !== 1) throw new EstimatorInputError(`outcome[${i}]`, `a binary outcome must be 0 or 1, got ${describeValue(outcome[i])}`);
    }
  }
  const m1 = fitArm(1);
  const m0 = fitArm(0);
  return { mu1: X.map(m1.predict), mu0: X.map(m0.predict), fit1: m1.fit, fit0: m0.fit };
}
