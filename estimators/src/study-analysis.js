/**
 * The primary analysis of a study-month: for each treated arm against the control arm, a
 * propensity model on the study's covariates, trimming as configured, AIPW (primary) with an
 * influence-function interval and a full-refit bootstrap interval, beside regression adjustment
 * (g-computation) and IPW (Horvitz–Thompson, Hájek), the covariate balance before and after
 * weighting, and the gates. The build stores `result` as the snapshot's analysis.json; the page
 * runs the same function on the same Parquet rows and checks that the digits agree.
 * Shapes: see study-analysis-types.ts (a stable contract).
 */
import { balanceGate, bootstrapGate, convergenceGate, defaultGateThresholds, estimationGate, extremeWeightsGate, overlapGate, scoresAtBoundsGate, separationGate } from "./analysis-gates.js";
import { balanceTable } from "./balance-table.js";
import { bootstrapTreatmentEffect } from "./bootstrap-effect.js";
import { isMissingValue, normaliseValue } from "./covariate-values.js";
import { buildDesignMatrix } from "./design-matrix.js";
import { kishEssByArm } from "./ess.js";
import { describeEstimand } from "./estimand-description.js";
import { fitLogistic } from "./logistic.js";
import { poolRareLevels } from "./pool-rare-levels.js";
import { propensityWeights } from "./propensity-weights.js";
import { withIntercept } from "./propensity.js";
import { ANALYSIS_SCHEMA, } from "./study-analysis-types.js";
import { estimateTreatmentEffect } from "./treatment-effect.js";
import { trimPropensity } from "./trimming.js";
import { checkInteger, checkNumberInRange, checkOneOf, describeValue, EstimatorInputError } from "./validate.js";
/** Defaults of every analysis parameter (a study's config may override them). */
export const defaultAnalysisParameters = {
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
export function resolveAnalysisParameters(overrides = {}) {
    const d = defaultAnalysisParameters;
    const p = {
        estimand: overrides.estimand ?? d.estimand,
        trim: overrides.trim ?? d.trim,
        propensityRidge: overrides.propensityRidge ?? d.propensityRidge,
        level: overrides.level ?? d.level,
        bootstrap: { ...d.bootstrap, ...overrides.bootstrap },
        missingOutcome: overrides.missingOutcome ?? d.missingOutcome,
        missingCovariates: overrides.missingCovariates ?? d.missingCovariates,
        gates: { ...d.gates, ...overrides.gates },
    };
    checkOneOf("parameters.estimand", p.estimand, ["ATE"]);
    checkNumberInRange("parameters.propensityRidge", p.propensityRidge, 0, Number.MAX_VALUE);
    checkNumberInRange("parameters.level", p.level, 0, 1, true);
    checkInteger("parameters.bootstrap.replicates", p.bootstrap.replicates, 0, 1_000_000);
    checkInteger("parameters.bootstrap.seed", p.bootstrap.seed, 0, 4294967295);
    checkOneOf("parameters.bootstrap.acceleration", p.bootstrap.acceleration, ["influence", "none"]);
    checkNumberInRange("parameters.bootstrap.maxFailureFraction", p.bootstrap.maxFailureFraction, 0, 1);
    checkOneOf("parameters.missingOutcome", p.missingOutcome, ["exclude"]);
    checkOneOf("parameters.missingCovariates", p.missingCovariates, ["error", "exclude"]);
    checkNumberInRange("parameters.gates.maxAbsSmd", p.gates.maxAbsSmd, 0, Number.MAX_VALUE, true);
    checkNumberInRange("parameters.gates.minScoreDistance", p.gates.minScoreDistance, 0, 0.5);
    checkNumberInRange("parameters.gates.maxRelativeWeight", p.gates.maxRelativeWeight, 1, Number.MAX_VALUE);
    checkNumberInRange("parameters.gates.maxOutsideSupport", p.gates.maxOutsideSupport, 0, 1);
    return p;
}
const methodLabels = {
    aipw: "AIPW (doubly robust)",
    "g-computation": "Regression adjustment (g-computation)",
    "ipw-ht": "IPW, Horvitz–Thompson",
    "ipw-hajek": "IPW, Hájek (normalised)",
};
/** The rows as subjects sorted by id (binary order), with the checks every later step relies on. */
function sortedSubjects(spec, rows) {
    const idColumn = spec.columns?.subjectId ?? "subject_id";
    const armColumn = spec.columns?.arm ?? "arm";
    const statusColumn = spec.columns?.status ?? "disposition";
    const codes = new Set(spec.arms.map((a) => a.code));
    const subjects = [];
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (row === null || typeof row !== "object")
            throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
        const id = row[idColumn];
        if (typeof id !== "string" || id === "")
            throw new EstimatorInputError(`rows[${i}].${idColumn}`, `a subject id must be a non-empty string, got ${describeValue(id)}`);
        const arm = row[armColumn];
        if (typeof arm !== "string" || !codes.has(arm)) {
            throw new EstimatorInputError(`subject ${id} (rows[${i}]).${armColumn}`, `must be one of the study's arm codes ${[...codes].join(", ")}, got ${describeValue(arm)}`);
        }
        const status = row[statusColumn];
        subjects.push({ id, arm, status: typeof status === "string" ? status : null, row });
    }
    subjects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 1; i < subjects.length; i++) {
        if (subjects[i].id === subjects[i - 1].id)
            throw new EstimatorInputError(`rows.${idColumn}`, `subject id ${describeValue(subjects[i].id)} appears more than once`);
    }
    return subjects;
}
/** The outcome of a subject as a number, or null when missing; an error for anything else. */
function outcomeValue(spec, s) {
    const column = spec.outcome.column;
    const v = normaliseValue(s.row[column], column, 0);
    if (isMissingValue(v))
        return null;
    if (spec.outcome.type === "binary") {
        if (v === 0 || v === false)
            return 0;
        if (v === 1 || v === true)
            return 1;
        throw new EstimatorInputError(`subject ${s.id}.${column}`, `a binary outcome must be 0 or 1, got ${describeValue(v)}`);
    }
    if (typeof v !== "number" || !Number.isFinite(v))
        throw new EstimatorInputError(`subject ${s.id}.${column}`, `a continuous outcome must be a finite number, got ${describeValue(v)}`);
    return v;
}
function covariateMissing(spec, s) {
    return spec.covariates.some((c) => isMissingValue(s.row[typeof c === "string" ? c : c.name]));
}
const counts = (treated, control) => ({ treated, control, total: treated + control });
function countByArm(subjects, treatedCode) {
    const t = subjects.filter((s) => s.arm === treatedCode).length;
    return counts(t, subjects.length - t);
}
function methodEstimate(r) {
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
function summaryInterval(b) {
    return { se: b.se, bias: b.bias, percentile: b.percentile, bca: b.bca };
}
function bootstrapSummary(b, parameters) {
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
function scoreRange(scores, t, arm) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < t.length; i++) {
        if (t[i] === arm) {
            lo = Math.min(lo, scores[i]);
            hi = Math.max(hi, scores[i]);
        }
    }
    return [lo, hi];
}
function prepareComparison(spec, subjects, treatedArm, controlArm, parameters) {
    const id = `${treatedArm.code}-vs-${controlArm.code}`;
    const inArms = subjects.filter((s) => s.arm === treatedArm.code || s.arm === controlArm.code);
    const withOutcome = [];
    const missingOutcome = [];
    const missingOutcomeByStatus = {};
    for (const s of inArms) {
        const y = outcomeValue(spec, s);
        if (y === null) {
            missingOutcome.push(s);
            const key = s.status ?? "unknown";
            missingOutcomeByStatus[key] = (missingOutcomeByStatus[key] ?? 0) + 1;
        }
        else
            withOutcome.push({ s, y });
    }
    const missingCovariates = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => covariateMissing(spec, s)).map(({ s }) => s) : [];
    const complete = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => !covariateMissing(spec, s)) : withOutcome;
    const estimand = describeEstimand(spec, treatedArm, controlArm, parameters, { missingOutcome: missingOutcome.length, missingCovariates: missingCovariates.length });
    const result = {
        id,
        treated: { code: treatedArm.code, label: treatedArm.label },
        control: { code: controlArm.code, label: controlArm.label },
        estimand,
        counts: {
            inArms: countByArm(inArms, treatedArm.code),
            missingOutcome: countByArm(missingOutcome, treatedArm.code),
            missingCovariates: countByArm(missingCovariates, treatedArm.code),
            analysed: countByArm(complete.map(({ s }) => s), treatedArm.code),
            trimmed: counts(0, 0),
        },
        missingOutcomeByStatus,
        designColumns: [],
        pooledLevels: [],
    };
    const subjectIds = complete.map(({ s }) => s.id);
    try {
        if (complete.length === 0)
            throw new EstimatorInputError(id, "no subject has the outcome and every covariate");
        const treatment = complete.map(({ s }) => (s.arm === treatedArm.code ? 1 : 0));
        const pooling = poolRareLevels(complete.map(({ s }) => s.row), treatment, spec.covariates);
        result.pooledLevels = pooling.pooled;
        const design = buildDesignMatrix(pooling.rows, pooling.covariates);
        result.designColumns = design.columnNames;
        const effectInput = {
            covariates: design.X,
            treatment,
            outcome: complete.map(({ y }) => y),
            covariateNames: design.columnNames,
        };
        return { result, effectInput, designError: null, subjectIds };
    }
    catch (e) {
        if (!(e instanceof EstimatorInputError))
            throw e;
        // Name the subject rather than the row index of the filtered set.
        const message = e.message.replace(/rows\[(\d+)\]/g, (_, k) => `subject ${complete[Number(k)]?.s.id ?? `#${k}`}`);
        return { result, effectInput: null, designError: message, subjectIds };
    }
}
function effectOptions(method, spec, parameters) {
    return { method, outcomeType: spec.outcome.type, estimand: parameters.estimand, trim: parameters.trim, propensityRidge: parameters.propensityRidge, level: parameters.level };
}
function analyseComparison(spec, prepared, parameters) {
    const { id } = prepared.result;
    const g = parameters.gates;
    const result = { ...prepared.result, status: "ok", error: null, propensity: null, balance: [], estimates: null, outcomeModels: null, bootstrap: null, bootstrapError: null, gates: [] };
    const details = { id, subjectIds: prepared.subjectIds, treatment: [], initialScores: [], kept: [], scores: [], weights: [] };
    const fail = (message, gates) => {
        result.status = "failed";
        result.error = message;
        result.gates = [...gates, estimationGate(id, message), bootstrapGate(id, { ran: false, reason: "the comparison could not be estimated" })];
        return { result, details };
    };
    if (prepared.effectInput === null)
        return fail(prepared.designError, []);
    const input = prepared.effectInput;
    const t = Array.from(input.treatment, (v) => (v === 1 || v === true ? 1 : 0));
    details.treatment = t;
    const names = ["(Intercept)", ...(input.covariateNames ?? [])];
    const ridge = parameters.propensityRidge;
    // The propensity model, fitted here (as estimateTreatmentEffect fits it) for its diagnostics.
    let initial;
    try {
        if (t.every((v) => v === 1) || t.every((v) => v === 0))
            throw new EstimatorInputError(id, `one arm has no analysable subject (treated ${result.counts.analysed.treated}, control ${result.counts.analysed.control})`);
        initial = fitLogistic(withIntercept(input.covariates), t, { columnNames: names, ridge });
    }
    catch (e) {
        if (!(e instanceof EstimatorInputError))
            throw e;
        return fail(`propensity model: ${e.message}`, []);
    }
    details.initialScores = initial.fitted;
    const gates = [separationGate(id, initial.separation, initial.separatedObservations)];
    if (initial.separation !== "none" || !initial.converged) {
        gates.push(convergenceGate(id, [{ model: "propensity", converged: initial.converged, iterations: initial.iterations }]));
        return fail(initial.separation !== "none" ? gates[0].message : `the propensity model did not converge in ${initial.iterations} iterations`, gates);
    }
    try {
        const trim = trimPropensity(initial.fitted, parameters.trim);
        details.kept = trim.keep;
        const keptIdx = trim.keep.flatMap((k, i) => (k ? [i] : []));
        const Xk = keptIdx.map((i) => input.covariates[i]);
        const tk = keptIdx.map((i) => t[i]);
        const trimmedTreated = t.filter((v, i) => v === 1 && !trim.keep[i]).length;
        result.counts.trimmed = counts(trimmedTreated, trim.nTrimmed - trimmedTreated);
        result.counts.analysed = counts(result.counts.analysed.treated - trimmedTreated, result.counts.analysed.control - (trim.nTrimmed - trimmedTreated));
        const final = trim.nTrimmed === 0 ? initial : fitLogistic(withIntercept(Xk), tk, { columnNames: names, ridge });
        const finalScores = final.fitted;
        const w = propensityWeights(finalScores, tk, "ATE");
        details.scores = new Array(t.length).fill(null);
        details.weights = new Array(t.length).fill(null);
        keptIdx.forEach((i, k) => {
            details.scores[i] = finalScores[k];
            details.weights[i] = w[k];
        });
        result.propensity = {
            coefficients: final.coefficients.map((estimate, j) => ({ name: names[j], estimate, se: final.standardErrors?.[j] ?? null })),
            iterations: final.iterations,
            converged: final.converged,
            initial: { iterations: initial.iterations, converged: initial.converged, separation: initial.separation, separatedObservations: initial.separatedObservations },
            trimThreshold: trim.threshold,
            range: { treated: scoreRange(finalScores, tk, 1), control: scoreRange(finalScores, tk, 0) },
            ess: kishEssByArm(w, tk),
            maxWeight: Math.max(...w),
        };
        result.balance = balanceTable(input.covariateNames ?? [], { X: input.covariates, treatment: t }, { X: Xk, treatment: tk, weights: w });
        gates.push(scoresAtBoundsGate(id, finalScores, g.minScoreDistance), extremeWeightsGate(id, w, tk, g.maxRelativeWeight), overlapGate(id, finalScores, tk, g.maxOutsideSupport), balanceGate(id, result.balance.map((b) => b.smdAfter), result.balance.map((b) => b.column), g.maxAbsSmd));
        gates.push(convergenceGate(id, [
            { model: "propensity", converged: initial.converged, iterations: initial.iterations },
            ...(final === initial ? [] : [{ model: "propensity (after trimming)", converged: final.converged, iterations: final.iterations }]),
        ]));
        const run = (method) => estimateTreatmentEffect(input, effectOptions(method, spec, parameters));
        const aipwResult = run("aipw");
        result.estimates = { aipw: methodEstimate(aipwResult), gComputation: methodEstimate(run("g-computation")), ipwHt: methodEstimate(run("ipw-ht")), ipwHajek: methodEstimate(run("ipw-hajek")) };
        result.outcomeModels = aipwResult.outcomeModels;
    }
    catch (e) {
        if (!(e instanceof EstimatorInputError))
            throw e;
        return fail(e.message, gates);
    }
    const notRun = parameters.bootstrap.replicates === 0 ? "B = 0" : "point estimates only";
    result.gates = [...gates, estimationGate(id, null), bootstrapGate(id, { ran: false, reason: notRun })];
    return { result, details };
}
function checkSpec(spec) {
    if (spec === null || typeof spec !== "object")
        throw new EstimatorInputError("spec", `must be {study, month, arms, covariates, outcome}, got ${describeValue(spec)}`);
    const controls = spec.arms.filter((a) => a.role === "control");
    if (controls.length !== 1)
        throw new EstimatorInputError("spec.arms", `must have exactly one control arm, got ${controls.length}`);
    const treated = spec.arms.filter((a) => a.role === "treated");
    if (treated.length === 0)
        throw new EstimatorInputError("spec.arms", "must have at least one treated arm");
    checkOneOf("spec.outcome.type", spec.outcome?.type, ["continuous", "binary"]);
    return { control: controls[0], treated };
}
function prepareAll(input) {
    if (input === null || typeof input !== "object")
        throw new EstimatorInputError("input", `must be {spec, rows, parameters?}, got ${describeValue(input)}`);
    const { spec } = input;
    const { control, treated } = checkSpec(spec);
    const parameters = resolveAnalysisParameters(input.parameters);
    const subjects = sortedSubjects(spec, input.rows);
    const prepared = treated.map((arm) => prepareComparison(spec, subjects, arm, control, parameters));
    return { spec, parameters, prepared };
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
export function analyseStudyMonth(input, options = {}) {
    const bootstrap = options.bootstrap ?? "run";
    checkOneOf("options.bootstrap", bootstrap, ["run", "skip"]);
    const { spec, parameters, prepared } = prepareAll(input);
    const outcomes = prepared.map((p) => analyseComparison(spec, p, parameters));
    let result = assembleResult(spec, parameters, outcomes.map((o) => o.result));
    if (bootstrap === "run") {
        for (const [k, p] of prepared.entries()) {
            if (outcomes[k]?.result.status === "ok")
                result = withBootstrap(result, p.result.id, runBootstrap(spec, p, parameters));
        }
    }
    return { result, details: outcomes.map((o) => o.details) };
}
function assembleResult(spec, parameters, comparisons) {
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
function bootstrapRequestOf(spec, p, parameters) {
    if (p.effectInput === null || parameters.bootstrap.replicates === 0)
        return null;
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
function runBootstrap(spec, p, parameters) {
    const request = bootstrapRequestOf(spec, p, parameters);
    if (request === null)
        return { bootstrap: null, error: null };
    try {
        const boot = bootstrapTreatmentEffect(request.input, request.options, request.bootstrap);
        return { bootstrap: bootstrapSummary(boot, parameters), error: null };
    }
    catch (e) {
        if (!(e instanceof EstimatorInputError))
            throw e;
        return { bootstrap: null, error: e.message };
    }
}
function preparedComparison(input, comparisonId) {
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
export function comparisonBootstrapRequest(input, comparisonId) {
    const { spec, parameters, p } = preparedComparison(input, comparisonId);
    return bootstrapRequestOf(spec, p, parameters);
}
/**
 * A bootstrap computed elsewhere (e.g. by the page's worker pool from
 * {@link comparisonBootstrapRequest}) as the outcome {@link bootstrapComparison} returns: its
 * summary, or the error message when it failed.
 */
export function comparisonBootstrapOutcome(input, computed) {
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
export function bootstrapComparison(input, comparisonId) {
    const { spec, parameters, p } = preparedComparison(input, comparisonId);
    return runBootstrap(spec, p, parameters);
}
/**
 * An analysis run with `bootstrap: "skip"` with one comparison's bootstrap filled in (its summary,
 * `bootstrapError` and `bootstrap` gate). A comparison that already failed stays as it was.
 * `withBootstrap(analyseStudyMonth(x, {bootstrap: "skip"}).result, id, bootstrapComparison(x, id))`
 * over every comparison equals `analyseStudyMonth(x).result`.
 */
export function withBootstrap(result, comparisonId, outcome) {
    const comparisons = result.comparisons.map((c) => {
        if (c.id !== comparisonId || c.status === "failed")
            return c;
        const gate = outcome.error !== null
            ? bootstrapGate(c.id, { ran: true, error: outcome.error })
            : outcome.bootstrap === null
                ? bootstrapGate(c.id, { ran: false, reason: "B = 0" })
                : bootstrapGate(c.id, { ran: true, failures: outcome.bootstrap.failures, requested: outcome.bootstrap.requested });
        return { ...c, bootstrap: outcome.bootstrap, bootstrapError: outcome.error, gates: c.gates.map((g) => (g.id === "bootstrap" ? gate : g)) };
    });
    const gates = comparisons.flatMap((c) => c.gates);
    return { ...result, comparisons, gates, passed: gates.every((gate) => gate.passed) };
}
