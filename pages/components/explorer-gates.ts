/**
 * The gates of a what-if analysis, evaluated on the subjects it analysed with the weights of its
 * estimand: covariate balance after weighting (max |SMD| < 0.1), overlap of the propensity scores
 * and extreme weights, with the primary analysis' thresholds. Balance is checked on every
 * covariate of the study (`balanceCovariates`), not only those the choice adjusts for: leaving a
 * confounder out of the model is exactly what the gate must catch. The explorer shows a failed
 * gate plainly beside the estimate it qualifies.
 */
import {
  balanceGate,
  balanceTable,
  defaultGateThresholds,
  extremeWeightsGate,
  fitPropensity,
  overlapGate,
  plogis,
  propensityWeights,
  type Gate,
  type GateThresholds,
  type TreatmentEffectInput,
  type TreatmentEffectResult,
} from "@trial/estimators";

/**
 * @param comparison comparison id, e.g. "TRT-vs-PBO"
 * @param input the analysis' input (its covariates are the model's)
 * @param result the analysis' result (which subjects it analysed, its propensity model)
 * @param balanceCovariates every covariate of the study for the same subjects (design matrix and names)
 * @param thresholds the gate thresholds
 */
export function explorerGates(
  comparison: string,
  input: TreatmentEffectInput,
  result: TreatmentEffectResult,
  balanceCovariates: { X: ArrayLike<ArrayLike<number>>; names: readonly string[] },
  thresholds: GateThresholds = defaultGateThresholds,
): Gate[] {
  const X: number[][] = [];
  const B: number[][] = [];
  const t: number[] = [];
  for (let i = 0; i < result.analysed.length; i++) {
    if (!result.analysed[i]) continue;
    X.push(Array.from(input.covariates[i] as ArrayLike<number>));
    B.push(Array.from(balanceCovariates.X[i] as ArrayLike<number>));
    t.push(input.treatment[i] === 1 || input.treatment[i] === true ? 1 : 0);
  }
  const names = input.covariateNames ? [...input.covariateNames] : X[0]!.map((_, j) => `x${j}`);
  const coefficients = result.propensity?.coefficients.map((c) => c.estimate) ?? null;
  const scores =
    coefficients !== null
      ? X.map((row) => plogis(row.reduce((s, v, j) => s + v * (coefficients[j + 1] as number), coefficients[0] as number)))
      : fitPropensity(X, t, { covariateNames: names }).scores;
  const weights = propensityWeights(scores, t, result.estimand);
  const balance = balanceTable(balanceCovariates.names, { X: B, treatment: t }, { X: B, treatment: t, weights });
  return [
    balanceGate(
      comparison,
      balance.map((b) => b.smdAfter),
      balanceCovariates.names,
      thresholds.maxAbsSmd,
    ),
    overlapGate(comparison, scores, t, thresholds.maxOutsideSupport),
    extremeWeightsGate(comparison, weights, t, thresholds.maxRelativeWeight),
  ];
}
