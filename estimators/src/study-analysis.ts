/**
 * The primary analysis of a study-month: for each treated arm against the control arm, a
 * propensity model on the study's covariates, trimming as configured, AIPW (primary) with an
 * influence-function interval and a full-refit bootstrap interval, beside regression adjustment
 * (g-computation) and IPW (Horvitz–Thompson, Hájek), the covariate balance before and after
 * weighting, and the gates. The build stores `result` as the snapshot's analysis.json; the page
 * runs the same function on the same Parquet rows and checks that the digits agree.
 * Shapes: see study-analysis-types.ts (a stable contract).
 */
import { balanceGate, bootstrapGate, convergenceGate, defaultGateThresholds, estimationGate, extremeWeightsGate, overlapGate, scoresAtBoundsGate, separationGate, type Gate } from "./analysis-gates.js";
import { balanceTable } from "./balance-table.js";
import { bootstrapTreatmentEffect, type BootstrapEffectResult } from "./bootstrap-effect.js";
import type { BootstrapIntervals } from "./bootstrap.js";
import { isMissingValue, normaliseValue } from "./covariate-values.js";
import { buildDesignMatrix } from "./design-matrix.js";
import { kishEssByArm } from "./ess.js";
import { describeEstimand } from "./estimand-description.js";
import { fitLogistic, type LogisticFit } from "./logistic.js";
import { poolRareLevels } from "./pool-rare-levels.js";
import { propensityWeights } from "./propensity-weights.js";
import { withIntercept } from "./propensity.js";
import {
  ANALYSIS_SCHEMA,
  type AnalysisInput,
  type AnalysisParameterOverrides,
  type AnalysisParameters,
  type AnalysisResult,
  type ArmCounts,
  type BootstrapSummaryInterval,
  type ComparisonBootstrap,
  type ComparisonDetails,
  type ComparisonResult,
  type MethodEstimate,
  type StudyAnalysisSpec,
  type StudyMonthAnalysis,
} from "./study-analysis-types.js";
import { estimateTreatmentEffect, type EffectMethod, type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "./treatment-effect.js";
import { trimPropensity } from "./trimming.js";
import { checkInteger, checkNumberInRange, checkOneOf, describeValue, EstimatorInputError } from "./validate.js";

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

const methodLabels: Record<EffectMethod, string> = {
  aipw: "AIPW (doubly robust)",
  "g-computation": "Regression adjustment (g-computation)",
  "ipw-ht": "IPW, Horvitz–Thompson",
  "ipw-hajek": "IPW, Hájek (normalised)",
};

interface Subject {
  id: string;
  arm: string;
  status: string | null;
  row: Record<string, unknown>;
}

/** The rows as subjects sorted by id (binary order), with the checks every later step relies on. */
function sortedSubjects(spec: StudyAnalysisSpec, rows: ArrayLike<Record<string, unknown>>): Subject[] {
  const idColumn = spec.columns?.subjectId ?? "subject_id";
  const armColumn = spec.columns?.arm ?? "arm";
  const statusColumn = spec.columns?.status ?? "disposition";
  const codes = new Set(spec.arms.map((a) => a.code));
  const subjects: Subject[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === null || typeof row !== "object") throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
    const id = row[idColumn];
    if (typeof id !== "string" || id === "") throw new EstimatorInputError(`rows[${i}].${idColumn}`, `a subject id must be a non-empty string, got ${describeValue(id)}`);
    const arm = row[armColumn];
    if (typeof arm !== "string" || !codes.has(arm)) {
      throw new EstimatorInputError(`subject ${id} (rows[${i}]).${armColumn}`, `must be one of the study's arm codes ${[...codes].join(", ")}, got ${describeValue(arm)}`);
    }
    const status = row[statusColumn];
    subjects.push({ id, arm, status: typeof status === "string" ? status : null, row });
  }
  subjects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < subjects.length; i++) {
    if ((subjects[i] as Subject).id === (subjects[i - 1] as Subject).id) throw new EstimatorInputError(`rows.${idColumn}`, `subject id ${describeValue((subjects[i] as Subject).id)} appears more than once`);
  }
  return subjects;
}

/** The outcome of a subject as a number, or null when missing; an error for anything else. */
function outcomeValue(spec: StudyAnalysisSpec, s: Subject): number | null {
  const column = spec.outcome.column;
  const v = normaliseValue(s.row[column], column, 0);
  if (isMissingValue(v)) return null;
  if (spec.outcome.type === "binary") {
    if (v === 0 || v === false) return 0;
    if (v === 1 || v === true) return 1;
    throw new EstimatorInputError(`subject ${s.id}.${column}`, `a binary outcome must be 0 or 1, got ${describeValue(v)}`);
  }
  if (typeof v !== "number" || !Number.isFinite(v)) throw new EstimatorInputError(`subject ${s.id}.${column}`, `a continuous outcome must be a finite number, got ${describeValue(v)}`);
  return v;
}

function covariateMissing(spec: StudyAnalysisSpec, s: Subject): boolean {
  return spec.covariates.some((c) => isMissingValue(s.row[typeof c === "string" ? c : c.name]));
}

const counts = (treated: number, control: number): ArmCounts => ({ treated, control, total: treated + control });

function countByArm(subjects: readonly Subject[], treatedCode: string): ArmCounts {
  const t = subjects.filter((s) => s.arm === treatedCode).length;
  return counts(t, subjects.length - t);
}

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

function scoreRange(scores: number[], t: number[], arm: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === arm) {
      lo = Math.min(lo, scores[i] as number);
      hi = Math.max(hi, scores[i] as number);
    }
  }
  return [lo, hi];
}

/** What one comparison needs, prepared once (sorted, filtered, coded). */
interface PreparedComparison {
  result: Omit<ComparisonResult, "status" | "error" | "propensity" | "balance" | "estimates" | "outcomeModels" | "bootstrap" | "bootstrapError" | "gates">;
  /** Null when the design could not be built (the error is in `designError`). */
  effectInput: TreatmentEffectInput | null;
  designError: string | null;
  subjectIds: string[];
}

function prepareComparison(spec: StudyAnalysisSpec, subjects: readonly Subject[], treatedArm: StudyAnalysisSpec["arms"][number], controlArm: StudyAnalysisSpec["arms"][number], parameters: AnalysisParameters): PreparedComparison {
  const id = `${treatedArm.code}-vs-${controlArm.code}`;
  const inArms = subjects.filter((s) => s.arm === treatedArm.code || s.arm === controlArm.code);
  const withOutcome: Array<{ s: Subject; y: number }> = [];
  const missingOutcome: Subject[] = [];
  const missingOutcomeByStatus: Record<string, number> = {};
  for (const s of inArms) {
    const y = outcomeValue(spec, s);
    if (y === null) {
      missingOutcome.push(s);
      const key = s.status ?? "unknown";
      missingOutcomeByStatus[key] = (missingOutcomeByStatus[key] ?? 0) + 1;
    } else withOutcome.push({ s, y });
  }
  const missingCovariates = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => covariateMissing(spec, s)).map(({ s }) => s) : [];
  const complete = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => !covariateMissing(spec, s)) : withOutcome;
  const estimand = describeEstimand(spec, treatedArm, controlArm, parameters, { missingOutcome: missingOutcome.length, missingCovariates: missingCovariates.length });
  const result: PreparedComparison["result"] = {
    id,
    treated: { code: treatedArm.code, label: treatedArm.label },
    control: { code: controlArm.code, label: controlArm.label },
    estimand,
    counts: {
      inArms: countByArm(inArms, treatedArm.code),
      missingOutcome: countByArm(missingOutcome, treatedArm.code),
      missingCovariates: countByArm(missingCovariates, treatedArm.code),
      analysed: countByArm(
        complete.map(({ s }) => s),
        treatedArm.code,
      ),
      trimmed: counts(0, 0),
    },
    missingOutcomeByStatus,
    designColumns: [],
    pooledLevels: [],
  };
  const subjectIds = complete.map(({ s }) => s.id);
  try {
    if (complete.length === 0) throw new EstimatorInputError(id, "no subject has the outcome and every covariate");
    const treatment = complete.map(({ s }) => (s.arm === treatedArm.code ? 1 : 0));
    const pooling = poolRareLevels(
      complete.map(({ s }) => s.row),
      treatment,
      spec.covariates,
    );
    result.pooledLevels = pooling.pooled;
    const design = buildDesignMatrix(pooling.rows, pooling.covariates);
    result.designColumns = design.columnNames;
    const effectInput: TreatmentEffectInput = {
      covariates: design.X,
      treatment,
      outcome: complete.map(({ y }) => y),
      covariateNames: design.columnNames,
    };
    return { result, effectInput, designError: null, subjectIds };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    // Name the subject rather than the row index of the filtered set.
    const message = e.message.replace(/rows\[(\d+)\]/g, (_, k: string) => `subject ${complete[Number(k)]?.s.id ?? `#${k}`}`);
    return { result, effectInput: null, designError: message, subjectIds };
  }
}

function effectOptions(method: EffectMethod, spec: StudyAnalysisSpec, parameters: AnalysisParameters): TreatmentEffectOptions {
  return { method, outcomeType: spec.outcome.type, estimand: parameters.estimand, trim: parameters.trim, propensityRidge: parameters.propensityRidge, level: parameters.level };
}

interface ComparisonOutcome {
  result: ComparisonResult;
  details: ComparisonDetails;
}

function analyseComparison(spec: StudyAnalysisSpec, prepared: PreparedComparison, parameters: AnalysisParameters): ComparisonOutcome {
  const { id } = prepared.result;
  const g = parameters.gates;
  const result: ComparisonResult = { ...prepared.result, status: "ok", error: null, propensity: null, balance: [], estimates: null, outcomeModels: null, bootstrap: null, bootstrapError: null, gates: [] };
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

  // The propensity model, fitted here (as estimateTreatmentEffect fits it) for its diagnostics.
  let initial: LogisticFit;
  try {
    if (t.every((v) => v === 1) || t.every((v) => v === 0)) throw new EstimatorInputError(id, `one arm has no analysable subject (treated ${result.counts.analysed.treated}, control ${result.counts.analysed.control})`);
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

    const run = (method: EffectMethod) => estimateTreatmentEffect(input, effectOptions(method, spec, parameters));
    const aipwResult = run("aipw");
    result.estimates = { aipw: methodEstimate(aipwResult), gComputation: methodEstimate(run("g-computation")), ipwHt: methodEstimate(run("ipw-ht")), ipwHajek: methodEstimate(run("ipw-hajek")) };
    result.outcomeModels = aipwResult.outcomeModels;
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return fail(e.message, gates);
  }
  const notRun = parameters.bootstrap.replicates === 0 ? "B = 0" : "point estimates only";
  result.gates = [...gates, estimationGate(id, null), bootstrapGate(id, { ran: false, reason: notRun })];
  return { result, details };
}

function checkSpec(spec: StudyAnalysisSpec): { control: StudyAnalysisSpec["arms"][number]; treated: Array<StudyAnalysisSpec["arms"][number]> } {
  if (spec === null || typeof spec !== "object") throw new EstimatorInputError("spec", `must be {study, month, arms, covariates, outcome}, got ${describeValue(spec)}`);
  const controls = spec.arms.filter((a) => a.role === "control");
  if (controls.length !== 1) throw new EstimatorInputError("spec.arms", `must have exactly one control arm, got ${controls.length}`);
  const treated = spec.arms.filter((a) => a.role === "treated");
  if (treated.length === 0) throw new EstimatorInputError("spec.arms", "must have at least one treated arm");
  checkOneOf("spec.outcome.type", spec.outcome?.type, ["continuous", "binary"] as const);
  return { control: controls[0] as StudyAnalysisSpec["arms"][number], treated };
}

function prepareAll(input: AnalysisInput) {
  if (input === null || typeof input !== "object") throw new EstimatorInputError("input", `must be {spec, rows, parameters?}, got ${describeValue(input)}`);
  const { spec } = input;
  const { control, treated } = checkSpec(spec);
  const parameters = resolveAnalysisParameters(input.parameters);
  const subjects = sortedSubjects(spec, input.rows);
  const prepared = treated.map((arm) => prepareComparison(spec, subjects, arm, control, parameters));
  return { spec, parameters, prepared };
}

export interface AnalyseOptions {
  /** `"run"` (default): the bootstrap as configured; `"skip"`: point estimates only (`bootstrap: null`), e.g. to show them at once in a page. */
  bootstrap?: "run" | "skip";
}

/**
 * The primary analysis of a study-month (see the module comment and study-analysis-types.ts).
 *
 * Steps, per treated arm vs the control arm: subjects of the two arms, sorted by subject id;
 * those without the outcome excluded and counted (by arm and status); covariates coded (one
 * indicator per non-reference level of a categorical covariate); the propensity model (logistic,
 * optional ridge) with its separation and convergence diagnostics; trimming; the model refitted on
 * the kept subjects; ATE weights, balance before and after; AIPW with influence-function and
 * bootstrap intervals (seeded; every replicate refits both models), g-computation, IPW
 * (Horvitz–Thompson and Hájek); gates. A comparison whose models cannot be fitted is reported
 * with `status: "failed"`, its error, and a failed gate (never a NaN).
 *
 * @param input `{spec, rows, parameters?}`
 * @param options `bootstrap: "run" | "skip"`
 * @throws EstimatorInputError for an invalid spec or parameters, a row whose arm is not one of the
 *   study's arms, a duplicate or missing subject id, or an outcome that is not a number (0/1 for
 *   binary): errors of the data, not of the analysis
 * @example
 * const { result } = analyseStudyMonth({ spec, rows });
 * result.comparisons[0].estimates.aipw.difference // => {estimate, se, ci}
 */
export function analyseStudyMonth(input: AnalysisInput, options: AnalyseOptions = {}): StudyMonthAnalysis {
  const bootstrap = options.bootstrap ?? "run";
  checkOneOf("options.bootstrap", bootstrap, ["run", "skip"] as const);
  const { spec, parameters, prepared } = prepareAll(input);
  const outcomes = prepared.map((p) => analyseComparison(spec, p, parameters));
  let result = assembleResult(spec, parameters, outcomes.map((o) => o.result));
  if (bootstrap === "run") {
    for (const [k, p] of prepared.entries()) {
      if (outcomes[k]?.result.status === "ok") result = withBootstrap(result, p.result.id, runBootstrap(spec, p, parameters));
    }
  }
  return { result, details: outcomes.map((o) => o.details) };
}

function assembleResult(spec: StudyAnalysisSpec, parameters: AnalysisParameters, comparisons: ComparisonResult[]): AnalysisResult {
  const gates = comparisons.flatMap((c) => c.gates);
  return {
    schema: ANALYSIS_SCHEMA,
    study: spec.study,
    month: spec.month,
    outcome: { column: spec.outcome.column, label: spec.outcome.label ?? spec.outcome.column, type: spec.outcome.type },
    population: spec.population ?? "subjects enrolled by the data cut",
    parameters,
    comparisons,
    gates,
    passed: gates.every((gate) => gate.passed),
  };
}

/** The outcome of one comparison's bootstrap: its summary, or why it could not run. */
export interface ComparisonBootstrapOutcome {
  bootstrap: ComparisonBootstrap | null;
  /** The error when the bootstrap failed (more failed replicates than allowed); null otherwise. */
  error: string | null;
}

function runBootstrap(spec: StudyAnalysisSpec, p: PreparedComparison, parameters: AnalysisParameters): ComparisonBootstrapOutcome {
  if (p.effectInput === null || parameters.bootstrap.replicates === 0) return { bootstrap: null, error: null };
  try {
    const boot = bootstrapTreatmentEffect(p.effectInput, effectOptions("aipw", spec, parameters), {
      seed: parameters.bootstrap.seed,
      replicates: parameters.bootstrap.replicates,
      level: parameters.level,
      acceleration: parameters.bootstrap.acceleration,
      maxFailureFraction: parameters.bootstrap.maxFailureFraction,
    });
    return { bootstrap: bootstrapSummary(boot, parameters), error: null };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return { bootstrap: null, error: e.message };
  }
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
  const { spec, parameters, prepared } = prepareAll(input);
  const p = prepared.find((c) => c.result.id === comparisonId);
  if (p === undefined) throw new EstimatorInputError("comparisonId", `${describeValue(comparisonId)} is not a comparison of ${spec.study} (${prepared.map((c) => c.result.id).join(", ")})`);
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
