/**
 * The parameters of a study-month analysis: their defaults, and a study's overrides applied and
 * validated once, at the entry.
 */
import { defaultGateThresholds } from "./analysis-gates.js";
import type { AnalysisParameterOverrides, AnalysisParameters } from "./study-analysis-types.js";
import { checkInteger, checkNumberInRange, checkOneOf } from "./validate.js";

/** Defaults of every analysis parameter (a study's config may override them). */
export const defaultAnalysisParameters: AnalysisParameters = {
  estimand: "ATE",
  trim: { rule: "none" },
  propensityRidge: 0,
  level: 0.95,
  bootstrap: { replicates: 200, seed: 20260101, acceleration: "influence", maxFailureFraction: 0 },
  missingOutcome: "exclude",
  missingCovariates: "error",
  gates: defaultGateThresholds,
};

/**
 * The parameters of an analysis: the defaults with the overrides applied, validated.
 *
 * @example
 * resolveAnalysisParameters({ bootstrap: { replicates: 50 } }).bootstrap // => {replicates: 50, seed: 20260101, acceleration: "influence", maxFailureFraction: 0}
 */
export function resolveAnalysisParameters(overrides: AnalysisParameterOverrides = {}): AnalysisParameters {
  const d = defaultAnalysisParameters;
  const p: AnalysisParameters = {
    estimand: overrides.estimand ?? d.estimand,
    trim: overrides.trim ?? d.trim,
    propensityRidge: overrides.propensityRidge ?? d.propensityRidge,
    level: overrides.level ?? d.level,
    bootstrap: { ...d.bootstrap, ...overrides.bootstrap },
    missingOutcome: overrides.missingOutcome ?? d.missingOutcome,
    missingCovariates: overrides.missingCovariates ?? d.missingCovariates,
    gates: { ...d.gates, ...overrides.gates },
  };
  checkOneOf("parameters.estimand", p.estimand, ["ATE"] as const);
  checkNumberInRange("parameters.propensityRidge", p.propensityRidge, 0, Number.MAX_VALUE);
  checkNumberInRange("parameters.level", p.level, 0, 1, true);
  checkInteger("parameters.bootstrap.replicates", p.bootstrap.replicates, 0, 1_000_000);
  checkInteger("parameters.bootstrap.seed", p.bootstrap.seed, 0, 4294967295);
  checkOneOf("parameters.bootstrap.acceleration", p.bootstrap.acceleration, ["influence", "none"] as const);
  checkNumberInRange("parameters.bootstrap.maxFailureFraction", p.bootstrap.maxFailureFraction, 0, 1);
  checkOneOf("parameters.missingOutcome", p.missingOutcome, ["exclude"] as const);
  checkOneOf("parameters.missingCovariates", p.missingCovariates, ["error", "exclude"] as const);
  checkNumberInRange("parameters.gates.maxAbsSmd", p.gates.maxAbsSmd, 0, Number.MAX_VALUE, true);
  checkNumberInRange("parameters.gates.minScoreDistance", p.gates.minScoreDistance, 0, 0.5);
  checkNumberInRange("parameters.gates.maxRelativeWeight", p.gates.maxRelativeWeight, 1, Number.MAX_VALUE);
  checkNumberInRange("parameters.gates.maxOutsideSupport", p.gates.maxOutsideSupport, 0, 1);
  return p;
}
