/**
 * The gates of a what-if analysis, evaluated on the subjects it analysed with the weights of its
 * estimand: covariate balance after weighting (max |SMD| < 0.1), overlap of the propensity scores
 * and extreme weights, with the primary analysis' thresholds. Balance is checked on every
 * covariate of the study (`balanceCovariates`), not only those the choice adjusts for: leaving a
 * confounder out of the model is exactly what the gate must catch. The explorer shows a failed
 * gate plainly beside the estimate it qualifies.
 */
import { type Gate, type GateThresholds, type TreatmentEffectInput, type TreatmentEffectResult } from "@trial/estimators";
/**
 * @param comparison comparison id, e.g. "TRT-vs-PBO"
 * @param input the analysis' input (its covariates are the model's)
 * @param result the analysis' result (which subjects it analysed, its propensity model)
 * @param balanceCovariates every covariate of the study for the same subjects (design matrix and names)
 * @param thresholds the gate thresholds
 */
export declare function explorerGates(comparison: string, input: TreatmentEffectInput, result: TreatmentEffectResult, balanceCovariates: {
    X: ArrayLike<ArrayLike<number>>;
    names: readonly string[];
}, thresholds?: GateThresholds): Gate[];
