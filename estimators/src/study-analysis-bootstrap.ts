/**
 * The bootstrap of a study-month analysis, comparison by comparison: what a worker pool needs to
 * compute it elsewhere, its summary, and a point analysis with it filled in.
 */
import { bootstrapGate } from "./analysis-gates.js";
import { bootstrapTreatmentEffect, type BootstrapEffectOptions, type BootstrapEffectResult } from "./bootstrap-effect.js";
import type { BootstrapIntervals } from "./bootstrap.js";
import { effectOptions, prepareAll, type PreparedComparison } from "./study-analysis-preparation.js";
import type {
  AnalysisInput,
  AnalysisParameters,
  AnalysisResult,
  BootstrapSummaryInterval,
  ComparisonBootstrap,
  ComparisonResult,
  StudyAnalysisSpec,
} from "./study-analysis-types.js";
import type { TreatmentEffectInput, TreatmentEffectOptions } from "./treatment-effect.js";
import { describeValue, EstimatorInputError } from "./validate.js";

function summaryInterval(b: BootstrapIntervals): BootstrapSummaryInterval {
  return { se: b.se, bias: b.bias, percentile: b.percentile, bca: b.bca };
}

function bootstrapSummary(b: BootstrapEffectResult, parameters: AnalysisParameters): ComparisonBootstrap {
  return {
    seed: b.seed,
    requested: b.requested,
    used: b.requested - b.failures.length,
    failures: b.failures.length,
    failureMessages: b.failures.slice(0, 3).map((f) => `replicate ${f.replicate}: ${f.message}`),
    acceleration: parameters.bootstrap.acceleration,
    difference: summaryInterval(b.difference),
    riskRatio: b.riskRatio === null ? null : summaryInterval(b.riskRatio),
    oddsRatio: b.oddsRatio === null ? null : summaryInterval(b.oddsRatio),
  };
}

/** The outcome of one comparison's bootstrap: its summary, or why it could not run. */
export interface ComparisonBootstrapOutcome {
  bootstrap: ComparisonBootstrap | null;
  /** The error when the bootstrap failed (more failed replicates than allowed); null otherwise. */
  error: string | null;
}

/** The settings of one comparison's bootstrap (what `bootstrapTreatmentEffect` or a worker pool is given). */
export interface ComparisonBootstrapRequest {
  input: TreatmentEffectInput;
  options: TreatmentEffectOptions;
  bootstrap: BootstrapEffectOptions;
}

function bootstrapRequestOf(spec: StudyAnalysisSpec, p: PreparedComparison, parameters: AnalysisParameters): ComparisonBootstrapRequest | null {
  if (p.effectInput === null || parameters.bootstrap.replicates === 0) return null;
  return {
    input: p.effectInput,
    options: effectOptions("aipw", spec, parameters),
    bootstrap: {
      seed: parameters.bootstrap.seed,
      replicates: parameters.bootstrap.replicates,
      level: parameters.level,
      acceleration: parameters.bootstrap.acceleration,
      maxFailureFraction: parameters.bootstrap.maxFailureFraction,
    },
  };
}

/** One comparison's bootstrap as configured (null summary when it cannot run or B = 0). */
export function runBootstrap(spec: StudyAnalysisSpec, p: PreparedComparison, parameters: AnalysisParameters): ComparisonBootstrapOutcome {
  const request = bootstrapRequestOf(spec, p, parameters);
  if (request === null) return { bootstrap: null, error: null };
  try {
    const boot = bootstrapTreatmentEffect(request.input, request.options, request.bootstrap);
    return { bootstrap: bootstrapSummary(boot, parameters), error: null };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return { bootstrap: null, error: e.message };
  }
}

function preparedComparison(input: AnalysisInput, comparisonId: string) {
  const { spec, parameters, prepared } = prepareAll(input);
  const p = prepared.find((c) => c.result.id === comparisonId);
  if (p === undefined)
    throw new EstimatorInputError("comparisonId", `${describeValue(comparisonId)} is not a comparison of ${spec.study} (${prepared.map((c) => c.result.id).join(", ")})`);
  return { spec, parameters, p };
}

/**
 * What a Web Worker pool needs to compute one comparison's bootstrap off the main thread: the
 * same data, estimator options and bootstrap settings as {@link bootstrapComparison}, so the pool's
 * result (replicates depend only on seed and replicate number) is the build's. Null when the
 * comparison cannot be estimated or B = 0. Turn the pool's result into the comparison's outcome
 * with {@link comparisonBootstrapOutcome}.
 */
export function comparisonBootstrapRequest(input: AnalysisInput, comparisonId: string): ComparisonBootstrapRequest | null {
  const { spec, parameters, p } = preparedComparison(input, comparisonId);
  return bootstrapRequestOf(spec, p, parameters);
}

/**
 * A bootstrap computed elsewhere (e.g. by the page's worker pool from
 * {@link comparisonBootstrapRequest}) as the outcome {@link bootstrapComparison} returns: its
 * summary, or the error message when it failed.
 */
export function comparisonBootstrapOutcome(input: AnalysisInput, computed: { result: BootstrapEffectResult } | { error: string }): ComparisonBootstrapOutcome {
  const { parameters } = prepareAll(input);
  return "error" in computed ? { bootstrap: null, error: computed.error } : { bootstrap: bootstrapSummary(computed.result, parameters), error: null };
}

/**
 * The bootstrap of one comparison alone (the same replicates as `analyseStudyMonth` draws), so that
 * a page can show the point estimates first and add the intervals comparison by comparison.
 *
 * @param input as for {@link analyseStudyMonth}
 * @param comparisonId e.g. `"TRT-vs-PBO"`
 * @returns the bootstrap summary (null when the comparison cannot be estimated or B = 0), or the error
 */
export function bootstrapComparison(input: AnalysisInput, comparisonId: string): ComparisonBootstrapOutcome {
  const { spec, parameters, p } = preparedComparison(input, comparisonId);
  return runBootstrap(spec, p, parameters);
}

/**
 * An analysis run with `bootstrap: "skip"` with one comparison's bootstrap filled in (its summary,
 * `bootstrapError` and `bootstrap` gate). A comparison that already failed stays as it was.
 * `withBootstrap(analyseStudyMonth(x, {bootstrap: "skip"}).result, id, bootstrapComparison(x, id))`
 * over every comparison equals `analyseStudyMonth(x).result`.
 */
export function withBootstrap(result: AnalysisResult, comparisonId: string, outcome: ComparisonBootstrapOutcome): AnalysisResult {
  const comparisons = result.comparisons.map((c): ComparisonResult => {
    if (c.id !== comparisonId || c.status === "failed") return c;
    const gate =
      outcome.error !== null
        ? bootstrapGate(c.id, { ran: true, error: outcome.error })
        : outcome.bootstrap === null
          ? bootstrapGate(c.id, { ran: false, reason: "B = 0" })
          : bootstrapGate(c.id, { ran: true, failures: outcome.bootstrap.failures, requested: outcome.bootstrap.requested });
    return { ...c, bootstrap: outcome.bootstrap, bootstrapError: outcome.error, gates: c.gates.map((g) => (g.id === "bootstrap" ? gate : g)) };
  });
  const gates = comparisons.flatMap((c) => c.gates);
  return { ...result, comparisons, gates, passed: gates.every((gate) => gate.passed) };
}
