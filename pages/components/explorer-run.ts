/**
 * One what-if choice of the explorer, estimated: the contrast of the chosen arm (within the chosen
 * subgroup level, on the chosen covariates less the subgroup's own), the treatment-effect estimate
 * with the chosen method, estimand and trimming, and the explorer's gates (balance is checked on
 * every model covariate, whatever the model adjusts for). A choice that cannot be analysed (too
 * few subjects, separation, …) is returned as `{ok: false, error}` for the page to say so.
 */
import { estimateTreatmentEffect, type GateThresholds, type TreatmentEffectOptions, type TreatmentEffectResult } from "@trial/estimators";
import type { ExplorerData } from "./explorer-data.js";
import { explorerGates } from "./explorer-gates.js";
import { type ExplorerState, trimRuleOf } from "./explorer-state.js";

export type ExplorerRun =
  | {
      ok: true;
      data: ReturnType<ExplorerData["contrast"]>;
      result: TreatmentEffectResult;
      gates: ReturnType<typeof explorerGates>;
      comparison: string;
      options: TreatmentEffectOptions;
    }
  | { ok: false; error: string; options: TreatmentEffectOptions };

/**
 * @param state the explorer's URL state, with `arm` as the treated arm's code
 * @param parameters the primary analysis's parameters (ridge, level, gate thresholds)
 */
export function runExplorerChoice(
  explorer: ExplorerData,
  state: Omit<ExplorerState, "arm"> & { arm: string },
  outcomeType: TreatmentEffectOptions["outcomeType"],
  parameters: { propensityRidge?: number; level: number; gates: GateThresholds },
): ExplorerRun {
  const sub = state.subgroup === "all" ? null : (explorer.subgroupLevels.find((s) => s.value === state.subgroup) ?? null);
  const rows = explorer.rowsOf(sub);
  const notOwn = (c: string) => sub === null || c !== sub.definition.column;
  const options: TreatmentEffectOptions = {
    method: state.method,
    outcomeType,
    estimand: state.estimand,
    trim: trimRuleOf(state.trim),
    propensityRidge: parameters.propensityRidge,
    level: parameters.level,
  };
  try {
    const data = explorer.contrast(rows, state.arm, state.covariates.filter(notOwn), state.subgroup);
    const result = estimateTreatmentEffect(data.input, options);
    const comparison = `${data.treated.code}-vs-${data.control.code}`;
    const all = explorer.contrast(rows, state.arm, explorer.modelCovariates.filter(notOwn), state.subgroup);
    const gates = explorerGates(comparison, data.input, result, { X: all.input.covariates, names: all.input.covariateNames ?? [] }, parameters.gates);
    return { ok: true, data, result, gates, comparison, options };
  } catch (e) {
    return { ok: false, error: (e as Error).message, options };
  }
}
