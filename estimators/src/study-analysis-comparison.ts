/**
 * One comparison of a study-month analysis (a treated arm against the control arm): the propensity
 * model with its diagnostics, trimming and the refit, the weights and the balance, the outcome
 * models, fitted once and handed to AIPW, g-computation and the two IPW estimators, and the gates.
 */
import { balanceGate, convergenceGate, estimationGate, bootstrapGate, extremeWeightsGate, overlapGate, scoresAtBoundsGate, separationGate, type Gate } from "./analysis-gates.js";
import { balanceTable } from "./balance-table.js";
import { fitEffectModels } from "./effect-models.js";
import { kishEssByArm } from "./ess.js";
import { fitLogistic, type LogisticFit } from "./logistic.js";
import { propensityWeights } from "./propensity-weights.js";
import { withIntercept } from "./propensity.js";
import { scoreRange } from "./score-range.js";
import { counts, effectOptions, type PreparedComparison } from "./study-analysis-preparation.js";
import type { AnalysisParameters, ComparisonDetails, ComparisonResult, MethodEstimate, StudyAnalysisSpec } from "./study-analysis-types.js";
import { checkEffectInput, estimateEffect, type EffectMethod, type TreatmentEffectResult } from "./treatment-effect.js";
import { trimPropensity } from "./trimming.js";
import { EstimatorInputError } from "./validate.js";

const methodLabels: Record<EffectMethod, string> = {
  aipw: "AIPW (doubly robust)",
  "g-computation": "Regression adjustment (g-computation)",
  "ipw-ht": "IPW, Horvitz–Thompson",
  "ipw-hajek": "IPW, Hájek (normalised)",
};

function methodEstimate(r: TreatmentEffectResult): MethodEstimate {
  return {
    method: r.method,
    label: methodLabels[r.method],
    mean1: r.mean1,
    mean0: r.mean0,
    difference: r.difference,
    riskRatio: r.riskRatio,
    oddsRatio: r.oddsRatio,
    seMethod: r.seMethod,
  };
}

export interface ComparisonOutcome {
  result: ComparisonResult;
  details: ComparisonDetails;
}

/** One comparison analysed (see the module comment); a comparison whose models cannot be fitted is returned failed, with its error and gates. */
export function analyseComparison(spec: StudyAnalysisSpec, prepared: PreparedComparison, parameters: AnalysisParameters): ComparisonOutcome {
  const { id } = prepared.result;
  const g = parameters.gates;
  const result: ComparisonResult = {
    ...prepared.result,
    status: "ok",
    error: null,
    propensity: null,
    balance: [],
    estimates: null,
    outcomeModels: null,
    bootstrap: null,
    bootstrapError: null,
    gates: [],
  };
  const details: ComparisonDetails = { id, subjectIds: prepared.subjectIds, treatment: [], initialScores: [], kept: [], scores: [], weights: [] };
  const fail = (message: string, gates: Gate[]): ComparisonOutcome => {
    result.status = "failed";
    result.error = message;
    result.gates = [...gates, estimationGate(id, message), bootstrapGate(id, { ran: false, reason: "the comparison could not be estimated" })];
    return { result, details };
  };
  if (prepared.effectInput === null) return fail(prepared.designError as string, []);
  const input = prepared.effectInput;
  const t = Array.from(input.treatment, (v) => (v === 1 || v === true ? 1 : 0));
  details.treatment = t;
  const names = ["(Intercept)", ...(input.covariateNames ?? [])];
  const ridge = parameters.propensityRidge;

  // The propensity model, fitted once: its diagnostics and gates here, its scores for every method below.
  let initial: LogisticFit;
  try {
    if (t.every((v) => v === 1) || t.every((v) => v === 0))
      throw new EstimatorInputError(id, `one arm has no analysable subject (treated ${result.counts.analysed.treated}, control ${result.counts.analysed.control})`);
    initial = fitLogistic(withIntercept(input.covariates), t, { columnNames: names, ridge });
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return fail(`propensity model: ${e.message}`, []);
  }
  details.initialScores = initial.fitted;
  const gates: Gate[] = [separationGate(id, initial.separation, initial.separatedObservations)];
  if (initial.separation !== "none" || !initial.converged) {
    gates.push(convergenceGate(id, [{ model: "propensity", converged: initial.converged, iterations: initial.iterations }]));
    return fail(initial.separation !== "none" ? (gates[0] as Gate).message : `the propensity model did not converge in ${initial.iterations} iterations`, gates);
  }

  try {
    const trim = trimPropensity(initial.fitted, parameters.trim);
    details.kept = trim.keep;
    const keptIdx = trim.keep.flatMap((k, i) => (k ? [i] : []));
    const Xk = keptIdx.map((i) => input.covariates[i] as number[]);
    const tk = keptIdx.map((i) => t[i] as number);
    const trimmedTreated = t.filter((v, i) => v === 1 && !trim.keep[i]).length;
    result.counts.trimmed = counts(trimmedTreated, trim.nTrimmed - trimmedTreated);
    result.counts.analysed = counts(result.counts.analysed.treated - trimmedTreated, result.counts.analysed.control - (trim.nTrimmed - trimmedTreated));
    const final = trim.nTrimmed === 0 ? initial : fitLogistic(withIntercept(Xk), tk, { columnNames: names, ridge });
    const finalScores = final.fitted;
    const w = propensityWeights(finalScores, tk, "ATE");
    details.scores = new Array<number | null>(t.length).fill(null);
    details.weights = new Array<number | null>(t.length).fill(null);
    keptIdx.forEach((i, k) => {
      details.scores[i] = finalScores[k] as number;
      details.weights[i] = w[k] as number;
    });
    result.propensity = {
      coefficients: final.coefficients.map((estimate, j) => ({ name: names[j] as string, estimate, se: final.standardErrors?.[j] ?? null })),
      iterations: final.iterations,
      converged: final.converged,
      initial: { iterations: initial.iterations, converged: initial.converged, separation: initial.separation, separatedObservations: initial.separatedObservations },
      trimThreshold: trim.threshold,
      range: { treated: scoreRange(finalScores, tk, 1), control: scoreRange(finalScores, tk, 0) },
      ess: kishEssByArm(w, tk),
      maxWeight: Math.max(...w),
    };
    result.balance = balanceTable(input.covariateNames ?? [], { X: input.covariates as number[][], treatment: t }, { X: Xk, treatment: tk, weights: w });
    gates.push(
      scoresAtBoundsGate(id, finalScores, g.minScoreDistance),
      extremeWeightsGate(id, w, tk, g.maxRelativeWeight),
      overlapGate(id, finalScores, tk, g.maxOutsideSupport),
      balanceGate(
        id,
        result.balance.map((b) => b.smdAfter),
        result.balance.map((b) => b.column),
        g.maxAbsSmd,
      ),
    );
    gates.push(
      convergenceGate(id, [
        { model: "propensity", converged: initial.converged, iterations: initial.iterations },
        ...(final === initial ? [] : [{ model: "propensity (after trimming)", converged: final.converged, iterations: final.iterations }]),
      ]),
    );

    // Fit once, estimate four times: the propensity fits above and one pair of outcome models
    // serve every method (the same numbers as estimateTreatmentEffect called per method).
    const options = effectOptions("aipw", spec, parameters);
    const checked = checkEffectInput(input, options);
    const models = fitEffectModels(checked.input, { ...options, propensity: true, outcome: true, propensityFits: { initial, trimmed: final } });
    const estimate = (method: EffectMethod) => estimateEffect(models, { ...options, method });
    const aipwResult = estimate("aipw");
    result.estimates = {
      aipw: methodEstimate(aipwResult),
      gComputation: methodEstimate(estimate("g-computation")),
      ipwHt: methodEstimate(estimate("ipw-ht")),
      ipwHajek: methodEstimate(estimate("ipw-hajek")),
    };
    result.outcomeModels = aipwResult.outcomeModels;
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return fail(e.message, gates);
  }
  const notRun = parameters.bootstrap.replicates === 0 ? "B = 0" : "point estimates only";
  result.gates = [...gates, estimationGate(id, null), bootstrapGate(id, { ran: false, reason: notRun })];
  return { result, details };
}
