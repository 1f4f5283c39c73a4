/**
 * The time-to-event analysis of a study-month (`survival.json`): Kaplan–Meier curves by arm with
 * log-log bands, medians with their intervals and the numbers at risk on a regular grid; the
 * log-rank test across arms; for each treated arm against the control a Cox model (Efron ties)
 * with its Wald interval and tests, the proportional-hazards check (cox.zph), RMST per arm and
 * their difference at τ, and the propensity-adjusted (IPW, the primary analysis's covariates)
 * survival and RMST differences with a full-refit bootstrap.
 *
 * The build (src/pipeline/steps/survival-step.ts) and the time-to-event page run this same function
 * on the same subject rows, so they print the same digits; the page skips the bootstrap
 * (`bootstrap: "skip"`) and compares every other number.
 *
 * A study-month with too few events gives `status: "not estimable"` and the reason, never an error.
 */
import {
  adjustedSurvivalContrast,
  bootstrapAdjustedSurvival,
  ipwKaplanMeier,
  type AdjustedSurvivalBootstrapOptions,
  type AdjustedSurvivalBootstrapResult,
  type AdjustedSurvivalData,
} from "./adjusted-survival.js";
import { fitCox } from "./cox.js";
import { coxZph } from "./cox-zph.js";
import { buildDesignMatrix } from "./design-matrix.js";
import { isMissingValue } from "./covariate-values.js";
import { kaplanMeier, type KaplanMeierCurve } from "./kaplan-meier.js";
import { logRank } from "./log-rank.js";
import { poolRareLevels, type AnalysisCovariate } from "./pool-rare-levels.js";
import { fitPropensity } from "./propensity.js";
import { propensityWeights } from "./propensity-weights.js";
import { rmstTwoArms } from "./rmst.js";
import { EstimatorInputError } from "./validate.js";

/** Which columns of the subject rows hold the endpoint. */
export interface SurvivalEndpoint {
  /** What the page calls it, e.g. "Time to discontinuation". */
  label: string;
  /** How it is defined, in words. */
  definition: string;
  /**
   * Column of follow-up days (time to the event or to censoring), or days derived from dates:
   * `end − start + 1` with `end` the event date when set, else the `censor` date (e.g. the data cut).
   */
  time: string | { start: string; end: string; censor: string };
  /** Column of the event indicator (1 = event), or `{ notNull }`: an event when that column is set. */
  event: string | { notNull: string };
  /** Column that must be 1 for a subject to be analysed (e.g. the safety population); none: all. */
  population?: string | null;
  /** The population in words. */
  populationLabel: string;
  /** Times of the numbers-at-risk table (default: a regular grid up to τ). */
  riskTimes?: readonly number[] | null;
  /** Default horizon τ of RMST and the adjusted contrasts (default: see `defaultTau`). */
  tau?: number | null;
  /** A note shown when the endpoint has no known true effect (null: none to show). */
  truthNote?: string | null;
}

export interface StudySurvivalSpec {
  study: string;
  month: string;
  arms: ReadonlyArray<{ code: string; label: string; role: "control" | "treated" }>;
  /** Covariates of the propensity model (the primary analysis's). */
  covariates: ReadonlyArray<AnalysisCovariate>;
  endpoint: SurvivalEndpoint;
}

export interface StudySurvivalOptions {
  /** τ (default: the endpoint's, else `defaultTau`). */
  tau?: number;
  /** Bootstrap of the adjusted contrasts: replicates and seed, or "skip". */
  bootstrap?: { replicates: number; seed: number } | "skip";
  /** Confidence level (default 0.95). */
  level?: number;
  /**
   * A subject column to stratify each comparison's log-rank test, Cox model and cox.zph by (as R's
   * `strata()`): an exploratory choice, reported in `parameters.strata`. Absent or null: none.
   */
  strata?: string | null;
}

export interface SurvivalArmSummary {
  code: string;
  label: string;
  role: "control" | "treated";
  n: number;
  events: number;
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  lastFollowUp: number;
}

/** A Kaplan–Meier curve as the page draws it (a step per distinct time). */
export interface SurvivalCurve {
  arm: string;
  time: number[];
  survival: number[];
  lower: (number | null)[];
  upper: (number | null)[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
}

export interface SurvivalComparison {
  treated: string;
  control: string;
  status: "ok" | "not estimable";
  reason: string | null;
  /** Cox (Efron) hazard ratio of the treated arm, Wald interval and tests. */
  cox: {
    hazardRatio: number;
    lower: number;
    upper: number;
    logHr: number;
    se: number;
    z: number;
    p: number;
    likelihoodRatio: { chiSquare: number; p: number };
    score: { chiSquare: number; p: number };
  } | null;
  /** Two-arm log-rank test (the pre-specified comparison's p-value). */
  logRank: { chiSquare: number; p: number } | null;
  /** Proportional hazards: cox.zph of the treatment term (KM transform). */
  zph: { chiSquare: number; p: number } | null;
  rmst: {
    tau: number;
    treated: number;
    control: number;
    treatedCi: [number, number];
    controlCi: [number, number];
    difference: number;
    differenceCi: [number, number];
    se: number;
  } | null;
  adjusted: {
    status: "ok" | "not estimable";
    reason: string | null;
    /** Subjects left out of the adjusted analysis for a missing covariate. */
    missingCovariates: number;
    designColumns: string[];
    tau: number;
    survivalTreated: number | null;
    survivalControl: number | null;
    survivalDifference: number | null;
    rmstTreated: number | null;
    rmstControl: number | null;
    rmstDifference: number | null;
    /**
     * IPW-weighted Cox model of the treated arm (ATE weights, Efron ties; R's `coxph(…, weights = w,
     * robust = TRUE)`): the marginal hazard ratio with the robust (sandwich) SE and Wald interval,
     * which ignore the estimation of the weights (conservative). No p-value: not pre-specified.
     */
    cox: { hazardRatio: number; lower: number; upper: number; logHr: number; robustSe: number } | null;
    curves: SurvivalCurve[];
    bootstrap: {
      replicates: number;
      seed: number;
      failures: number;
      survivalDifference: { se: number; percentile: [number, number] };
      rmstDifference: { se: number; percentile: [number, number] };
    } | null;
    bootstrapError: string | null;
  } | null;
}

export interface StudySurvival {
  study: string;
  month: string;
  endpoint: { label: string; definition: string; populationLabel: string; truthNote: string | null };
  status: "ok" | "not estimable";
  reason: string | null;
  parameters: {
    level: number;
    tau: number | null;
    confType: "log-log";
    ties: "efron";
    bootstrap: { replicates: number; seed: number } | null;
    covariates: string[];
    /** The stratification column of the comparisons' log-rank, Cox and cox.zph (absent: none). */
    strata?: string;
  };
  n: number;
  events: number;
  arms: SurvivalArmSummary[];
  curves: SurvivalCurve[];
  atRisk: { times: number[]; byArm: Record<string, number[]> };
  /** Log-rank test across all arms. */
  logRank: { chiSquare: number; df: number; p: number } | null;
  comparisons: SurvivalComparison[];
}

/** Fewest events (in all) for any estimate; fewer give "not estimable". */
export const MIN_SURVIVAL_EVENTS = 5;

interface Subject {
  arm: string;
  time: number;
  event: number;
  row: Record<string, unknown>;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date as the rows hold it: `YYYY-MM-DD` (Node), epoch milliseconds or a Date (Arrow). */
export function epochDay(value: unknown): number | null {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) return Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / DAY_MS;
  if (typeof value === "number" && Number.isFinite(value)) return Math.floor(value / DAY_MS);
  if (typeof value === "bigint") return Math.floor(Number(value) / DAY_MS);
  if (value instanceof Date) return Math.floor(value.getTime() / DAY_MS);
  return null;
}

/** `end − start + 1` days (the start day counts), or null when a date is missing. */
function daysBetween(start: unknown, end: unknown): number | null {
  const a = epochDay(start);
  const b = epochDay(end);
  return a === null || b === null ? null : b - a + 1;
}

/**
 * The endpoint's subjects from the rows: those of the population, with a time ≥ 0 and a known arm.
 * A subject of the population without a time stops with an error naming them.
 */
export function survivalSubjects(spec: StudySurvivalSpec, rows: ArrayLike<Record<string, unknown>>): Subject[] {
  const e = spec.endpoint;
  const codes = new Set(spec.arms.map((a) => a.code));
  const out: Subject[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    if (e.population && Number(row[e.population]) !== 1) continue;
    const arm = String(row.arm);
    if (!codes.has(arm)) continue;
    const timeColumn = typeof e.time === "string" ? e.time : `${e.time.end} − ${e.time.start}`;
    const t = typeof e.time === "string" ? row[e.time] : daysBetween(row[e.time.start], isMissingValue(row[e.time.end]) ? e.time.censor : row[e.time.end]);
    if (isMissingValue(t) || !(Number(t) >= 0))
      throw new EstimatorInputError(`rows[${i}].${timeColumn}`, `must be a follow-up time ≥ 0 (subject ${String(row.subject_id)}), got ${String(t)}`);
    const event = typeof e.event === "string" ? Number(row[e.event]) : isMissingValue(row[e.event.notNull]) ? 0 : 1;
    if (event !== 0 && event !== 1) throw new EstimatorInputError(`rows[${i}].${String(e.event)}`, `must be 0 or 1 (subject ${String(row.subject_id)}), got ${String(event)}`);
    out.push({ arm, time: Number(t), event, row });
  }
  // A fixed order (subject id) so that the bootstrap draws the same subjects in every engine.
  const id = (s: Subject) => String(s.row.subject_id);
  return out.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/** A step for a grid of about `count` intervals up to `upTo` from 1, 2, 5 × 10^k and 7, 14, 28 (days). */
export function gridStep(upTo: number, count = 9): number {
  const steps = [1, 2, 5, 7, 10, 14, 20, 28, 30, 50, 60, 90, 100, 120, 180, 200, 365, 500, 730, 1000];
  return steps.find((s) => upTo / s <= count) ?? Math.ceil(upTo / count);
}

/**
 * Default τ (when the endpoint gives none, or its τ is beyond an arm's last follow-up): the smaller over the arms of the 90th percentile of follow-up (every arm then has
 * subjects followed beyond τ, in the data and in almost every bootstrap resample), rounded down to
 * a whole number of days; capped by the endpoint's τ when it gives one.
 */
export function defaultTau(subjects: readonly Subject[], arms: readonly string[]): number {
  let tau = Infinity;
  for (const a of arms) {
    const times = subjects
      .filter((s) => s.arm === a)
      .map((s) => s.time)
      .sort((x, y) => x - y);
    if (times.length === 0) return 0;
    tau = Math.min(tau, times[Math.floor(0.9 * (times.length - 1))] as number);
  }
  return Math.floor(tau);
}

function curveOf(c: KaplanMeierCurve, arm: string): SurvivalCurve {
  return { arm, time: c.time, survival: c.survival, lower: c.lower, upper: c.upper, nRisk: c.nRisk, nEvent: c.nEvent, nCensor: c.nCensor };
}

/** Numbers at risk at `t`: subjects with time ≥ t. */
function atRiskAt(subjects: readonly Subject[], arm: string, t: number): number {
  let n = 0;
  for (const s of subjects) if (s.arm === arm && s.time >= t) n++;
  return n;
}

/** Why a pair of arms has too few events for a hazard ratio (events in both arms, `MIN_SURVIVAL_EVENTS` in all), or null. */
function tooFewEvents(pair: readonly Subject[], treated: string, control: string): string | null {
  const eventsT = pair.filter((s) => s.arm === treated && s.event === 1).length;
  const eventsC = pair.filter((s) => s.arm === control && s.event === 1).length;
  if (eventsT + eventsC >= MIN_SURVIVAL_EVENTS && eventsT > 0 && eventsC > 0) return null;
  return `${eventsT} event(s) in ${treated} and ${eventsC} in ${control}: a hazard ratio needs events in both arms and at least ${MIN_SURVIVAL_EVENTS} in all`;
}

function compare(
  subjects: Subject[],
  spec: StudySurvivalSpec,
  treated: string,
  control: string,
  tau: number,
  level: number,
  bootstrap: StudySurvivalOptions["bootstrap"],
  strataColumn: string | null,
): SurvivalComparison {
  const out: SurvivalComparison = { treated, control, status: "ok", reason: null, cox: null, logRank: null, zph: null, rmst: null, adjusted: null };
  const pair = subjects.filter((s) => s.arm === treated || s.arm === control);
  let strata: string[] | undefined;
  if (strataColumn !== null) {
    const missing = pair.find((s) => isMissingValue(s.row[strataColumn]));
    if (missing !== undefined)
      return {
        ...out,
        status: "not estimable",
        reason: `subject ${String(missing.row.subject_id ?? "?")} has no ${strataColumn}: the stratified tests need every subject's stratum`,
      };
    strata = pair.map((s) => String(s.row[strataColumn]));
  }
  const tooFew = tooFewEvents(pair, treated, control);
  if (tooFew !== null) return { ...out, status: "not estimable", reason: tooFew };
  const time = pair.map((s) => s.time);
  const status = pair.map((s) => s.event);
  const z = pair.map((s) => (s.arm === treated ? 1 : 0));
  const lr = logRank(time, status, z, { levels: [0, 1], ...(strata ? { strata } : {}) });
  out.logRank = { chiSquare: lr.chiSquare, p: lr.pValue };
  const fit = fitCox(
    time,
    status,
    z.map((v) => [v]),
    { names: [treated], ties: "efron", level, ...(strata ? { strata } : {}) },
  );
  const c = fit.coefficients[0]!;
  out.cox = {
    hazardRatio: c.hazardRatio,
    lower: c.lower,
    upper: c.upper,
    logHr: c.estimate,
    se: c.se,
    z: c.z,
    p: c.p,
    likelihoodRatio: { chiSquare: fit.likelihoodRatioTest.chiSquare, p: fit.likelihoodRatioTest.p },
    score: { chiSquare: fit.scoreTest.chiSquare, p: fit.scoreTest.p },
  };
  const zph = coxZph(
    time,
    status,
    z.map((v) => [v]),
    fit,
    strata ? { strata } : {},
  );
  out.zph = { chiSquare: zph.global.chiSquare, p: zph.global.p };
  const lastT = Math.max(...pair.filter((s) => s.arm === treated).map((s) => s.time));
  const lastC = Math.max(...pair.filter((s) => s.arm === control).map((s) => s.time));
  if (tau > 0 && tau <= Math.min(lastT, lastC)) {
    const r = rmstTwoArms(time, status, z, tau, level);
    out.rmst = {
      tau,
      treated: r.arm1.rmst,
      control: r.arm0.rmst,
      treatedCi: [r.arm1.lower, r.arm1.upper],
      controlCi: [r.arm0.lower, r.arm0.upper],
      difference: r.difference.estimate,
      differenceCi: [r.difference.lower, r.difference.upper],
      se: r.difference.se,
    };
  }
  out.adjusted = adjusted(pair, spec, treated, tau, bootstrap, level);
  return out;
}

/** How the adjusted contrasts are bootstrapped: resampled within each arm, up to 10% of replicates may fail (refit by separation). */
export const SURVIVAL_BOOTSTRAP_SETTINGS = { strata: "treatment", maxFailureFraction: 0.1 } as const;

/** The subjects of a pair with every analysis covariate present, and how many lack one. */
function completeCases(pair: readonly Subject[], spec: StudySurvivalSpec): { complete: Subject[]; missingCovariates: number } {
  const names = spec.covariates.map((c) => (typeof c === "string" ? c : c.name));
  const complete = pair.filter((s) => names.every((n) => !isMissingValue(s.row[n])));
  return { complete, missingCovariates: pair.length - complete.length };
}

/** The adjusted contrast's data: times, events, treatment (1 = `treated`) and the design matrix of the covariates (rare levels pooled). */
function adjustedData(
  complete: readonly Subject[],
  spec: StudySurvivalSpec,
  treated: string,
): { data: AdjustedSurvivalData & { time: number[]; status: number[]; treatment: number[] }; designColumns: string[] } {
  const z = complete.map((s) => (s.arm === treated ? 1 : 0));
  const pooling = poolRareLevels(
    complete.map((s) => s.row),
    z,
    spec.covariates,
  );
  const design = buildDesignMatrix(pooling.rows, pooling.covariates);
  return {
    data: { time: complete.map((s) => s.time), status: complete.map((s) => s.event), treatment: z, covariates: design.X, covariateNames: design.columnNames },
    designColumns: design.columnNames,
  };
}

/** A comparison's full-refit bootstrap as a page's Web Workers redo it (`createAdjustedSurvivalReplicator` on each piece). */
export interface SurvivalBootstrapJob {
  treated: string;
  control: string;
  data: AdjustedSurvivalData;
  options: { tau: number };
  bootstrap: AdjustedSurvivalBootstrapOptions;
}

/**
 * The bootstrap jobs of a study's adjusted survival contrasts at `tau`, one per comparison that
 * `analyseStudySurvival` estimates (events in both arms, covariates that can be modelled): the same
 * data, settings and seed, so that running them (in any pieces) gives the build's bootstrap at its τ.
 *
 * @example
 * const [job] = survivalBootstrapJobs(spec, rows, { tau: 180, bootstrap: { replicates: 1000, seed: 20260101 } });
 * bootstrapAdjustedSurvival(job.data, job.options, job.bootstrap) // the build's comparisons[0].adjusted.bootstrap
 */
export function survivalBootstrapJobs(
  spec: StudySurvivalSpec,
  rows: ArrayLike<Record<string, unknown>>,
  options: { tau: number; bootstrap: { replicates: number; seed: number } },
): SurvivalBootstrapJob[] {
  const subjects = survivalSubjects(spec, rows);
  const control = spec.arms.find((a) => a.role === "control");
  if (!control) throw new EstimatorInputError("spec.arms", "must have one arm with role control");
  const jobs: SurvivalBootstrapJob[] = [];
  for (const a of spec.arms.filter((x) => x.role === "treated")) {
    const pair = subjects.filter((s) => s.arm === a.code || s.arm === control.code);
    if (tooFewEvents(pair, a.code, control.code) !== null) continue;
    try {
      const { data } = adjustedData(completeCases(pair, spec).complete, spec, a.code);
      jobs.push({ treated: a.code, control: control.code, data, options: { tau: options.tau }, bootstrap: { ...options.bootstrap, ...SURVIVAL_BOOTSTRAP_SETTINGS } });
    } catch (e) {
      if (!(e instanceof EstimatorInputError)) throw e;
    }
  }
  return jobs;
}

function adjusted(
  pair: Subject[],
  spec: StudySurvivalSpec,
  treated: string,
  tau: number,
  bootstrap: StudySurvivalOptions["bootstrap"],
  level: number,
): SurvivalComparison["adjusted"] {
  const { complete, missingCovariates } = completeCases(pair, spec);
  const empty = {
    missingCovariates,
    designColumns: [] as string[],
    tau,
    survivalTreated: null,
    survivalControl: null,
    survivalDifference: null,
    rmstTreated: null,
    rmstControl: null,
    rmstDifference: null,
    cox: null,
    curves: [] as SurvivalCurve[],
    bootstrap: null,
    bootstrapError: null,
  };
  try {
    const { data, designColumns: columns } = adjustedData(complete, spec, treated);
    const { time, status, treatment: z } = data;
    const design = { X: data.covariates, columnNames: columns };
    const w = propensityWeights(fitPropensity(design.X, z, { covariateNames: design.columnNames }).scores, z, "ATE");
    const km = ipwKaplanMeier(time, status, z, w, { confType: "log-log" });
    const weightedCox = fitCox(
      time,
      status,
      z.map((v) => [v]),
      { names: [treated], ties: "efron", weights: w, robust: true, level },
    ).coefficients[0]!;
    if (!(tau > 0)) throw new EstimatorInputError("tau", "no horizon: an arm has no follow-up");
    let boot: AdjustedSurvivalBootstrapResult | null = null;
    let bootstrapError: string | null = null;
    let estimate: ReturnType<typeof adjustedSurvivalContrast>;
    if (bootstrap === undefined || bootstrap === "skip") {
      estimate = adjustedSurvivalContrast(data, { tau });
    } else {
      try {
        boot = bootstrapAdjustedSurvival(data, { tau }, { seed: bootstrap.seed, replicates: bootstrap.replicates, ...SURVIVAL_BOOTSTRAP_SETTINGS });
        estimate = boot.estimate;
      } catch (e) {
        if (!(e instanceof EstimatorInputError)) throw e;
        bootstrapError = e.message;
        estimate = adjustedSurvivalContrast(data, { tau });
      }
    }
    return {
      status: "ok",
      reason: null,
      missingCovariates,
      designColumns: design.columnNames,
      tau,
      survivalTreated: estimate.survival1,
      survivalControl: estimate.survival0,
      survivalDifference: estimate.survivalDifference,
      rmstTreated: estimate.rmst1,
      rmstControl: estimate.rmst0,
      rmstDifference: estimate.rmstDifference,
      cox: { hazardRatio: weightedCox.hazardRatio, lower: weightedCox.lower, upper: weightedCox.upper, logHr: weightedCox.estimate, robustSe: weightedCox.robustSe as number },
      curves: [curveOf(km.curves[0]!, spec.arms.find((a) => a.role === "control")!.code), curveOf(km.curves[1]!, treated)],
      bootstrap:
        boot === null
          ? null
          : {
              replicates: boot.requested,
              seed: boot.seed,
              failures: boot.failures.length,
              survivalDifference: { se: boot.survivalDifference.se, percentile: boot.survivalDifference.percentile },
              rmstDifference: { se: boot.rmstDifference.se, percentile: boot.rmstDifference.percentile },
            },
      bootstrapError,
    };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    return { status: "not estimable", reason: e.message, ...empty };
  }
}

/**
 * @param spec the study's arms, covariates and endpoint
 * @param rows the snapshot's subject rows
 * @param options τ, bootstrap (replicates and seed, or "skip"), level
 * @example
 * analyseStudySurvival(spec, rows, { bootstrap: { replicates: 200, seed: 20260101 } }).comparisons[0].cox.hazardRatio
 */
export function analyseStudySurvival(spec: StudySurvivalSpec, rows: ArrayLike<Record<string, unknown>>, options: StudySurvivalOptions = {}): StudySurvival {
  const level = options.level ?? 0.95;
  const subjects = survivalSubjects(spec, rows);
  const armCodes = spec.arms.map((a) => a.code);
  const control = spec.arms.find((a) => a.role === "control");
  if (!control) throw new EstimatorInputError("spec.arms", "must have one arm with role control");
  const events = subjects.filter((s) => s.event === 1).length;
  const endpointTau = spec.endpoint.tau ?? null;
  const dataTau = defaultTau(subjects, armCodes);
  const lastFollowUp = Math.min(...armCodes.map((a) => Math.max(0, ...subjects.filter((s) => s.arm === a).map((s) => s.time))));
  const tau = options.tau ?? (endpointTau !== null && endpointTau <= lastFollowUp ? endpointTau : dataTau);
  const riskTimes =
    spec.endpoint.riskTimes ??
    (() => {
      const step = gridStep(Math.max(tau, 1));
      return Array.from({ length: Math.floor(Math.max(tau, 0) / step) + 1 }, (_, i) => i * step);
    })();
  const bootstrap = options.bootstrap === undefined || options.bootstrap === "skip" ? null : options.bootstrap;
  const result: StudySurvival = {
    study: spec.study,
    month: spec.month,
    endpoint: { label: spec.endpoint.label, definition: spec.endpoint.definition, populationLabel: spec.endpoint.populationLabel, truthNote: spec.endpoint.truthNote ?? null },
    status: "ok",
    reason: null,
    parameters: {
      level,
      tau: tau > 0 ? tau : null,
      confType: "log-log",
      ties: "efron",
      bootstrap,
      covariates: spec.covariates.map((c) => (typeof c === "string" ? c : c.name)),
      ...(options.strata ? { strata: options.strata } : {}),
    },
    n: subjects.length,
    events,
    arms: [],
    curves: [],
    atRisk: { times: [...riskTimes], byArm: {} },
    logRank: null,
    comparisons: [],
  };
  for (const a of spec.arms) {
    const mine = subjects.filter((s) => s.arm === a.code);
    result.arms.push({
      code: a.code,
      label: a.label,
      role: a.role,
      n: mine.length,
      events: mine.filter((s) => s.event === 1).length,
      median: null,
      medianLower: null,
      medianUpper: null,
      lastFollowUp: mine.length ? Math.max(...mine.map((s) => s.time)) : 0,
    });
    result.atRisk.byArm[a.code] = riskTimes.map((t) => atRiskAt(subjects, a.code, t));
  }
  const present = spec.arms.filter((a) => subjects.some((s) => s.arm === a.code));
  if (events < MIN_SURVIVAL_EVENTS || present.length < 2 || !present.includes(control)) {
    result.status = "not estimable";
    result.reason = `${events} event(s) among ${subjects.length} subject(s) in ${present.length} arm(s): the analysis needs at least ${MIN_SURVIVAL_EVENTS} events and the control arm with another arm`;
    return result;
  }
  const km = kaplanMeier(
    subjects.map((s) => s.time),
    subjects.map((s) => s.event),
    { groups: subjects.map((s) => s.arm), levels: present.map((a) => a.code), confType: "log-log", level },
  );
  km.curves.forEach((c, k) => {
    const code = present[k]!.code;
    result.curves.push(curveOf(c, code));
    const arm = result.arms.find((a) => a.code === code)!;
    arm.median = c.median.time;
    arm.medianLower = c.median.lower;
    arm.medianUpper = c.median.upper;
  });
  const lr = logRank(
    subjects.map((s) => s.time),
    subjects.map((s) => s.event),
    subjects.map((s) => s.arm),
    { levels: present.map((a) => a.code) },
  );
  result.logRank = { chiSquare: lr.chiSquare, df: lr.df, p: lr.pValue };
  for (const a of spec.arms.filter((x) => x.role === "treated")) {
    result.comparisons.push(
      present.includes(a)
        ? compare(subjects, spec, a.code, control.code, tau, level, options.bootstrap, options.strata ?? null)
        : { treated: a.code, control: control.code, status: "not estimable", reason: `no subject in ${a.code}`, cox: null, logRank: null, zph: null, rmst: null, adjusted: null },
    );
  }
  return result;
}

/** The result without the bootstrap (what the page recomputes and compares). */
export function withoutSurvivalBootstrap(r: StudySurvival): StudySurvival {
  return {
    ...r,
    parameters: { ...r.parameters, bootstrap: null },
    comparisons: r.comparisons.map((c) => (c.adjusted === null ? c : { ...c, adjusted: { ...c.adjusted, bootstrap: null, bootstrapError: null } })),
  };
}
