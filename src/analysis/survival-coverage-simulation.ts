/**
 * Coverage simulation of the time-to-event analysis on the synthetic time-to-event endpoint (time
 * to clinical worsening). Each replicate runs the whole synthetic generator of a registry study
 * with another seed and a chosen number of screened subjects (`generateStudy`: eligibility, the
 * study's assignment, follow-up with its dropout, the event times of data-loaders/synthetic/
 * time-to-event.ts), cuts it at a data-cut month (so subjects are censored by dropout, at the
 * primary visit and administratively at the cut, as in the snapshots), and runs
 * `analyseStudySurvival`, the function the build's survival step runs, with its full-refit
 * bootstrap. It records, against the true marginal estimands of `truth.json` (the registry
 * study's Monte Carlo, time-to-event-truth.ts; they do not depend on the seed):
 *
 * - the IPW-weighted Cox hazard ratio and whether its robust Wald interval covers the true
 *   marginal hazard ratio;
 * - the IPW RMST and survival differences at τ and whether their bootstrap percentile intervals
 *   cover the truth;
 * - the unadjusted Cox hazard ratio and RMST difference (biased where assignment is confounded).
 */
import { analyseStudySurvival, ln, square } from "@trial/estimators";
import { cutTrial } from "../../data-loaders/snapshot/data-cut.ts";
import { cutDay } from "../../data-loaders/synthetic/dates.ts";
import { generateStudy } from "../../data-loaders/synthetic/generate-study.ts";
import { timeToEventTruth } from "../../data-loaders/synthetic/time-to-event-truth.ts";
import { getStudy } from "../foundation/registry.ts";
import type { EstimatorSummary } from "./coverage-simulation.ts";
import { asSynthetic, type SyntheticStudyConfig } from "../foundation/study-config.ts";
import { survivalFields, survivalSpec } from "../foundation/survival-endpoint.ts";

export interface SurvivalCoverageOptions {
  /** A synthetic study of the registry whose generator is run (e.g. SYN-CONF-B). */
  study: string;
  /** Replicates: generator seeds `firstSeed` … `firstSeed + replicates − 1`. */
  replicates: number;
  firstSeed?: number;
  /** Screened subjects per simulated trial (about 85% are enrolled). */
  nScreened: number;
  /** The data cut (default: the study's last). */
  month?: string;
  /** Bootstrap replicates of the adjusted contrasts per trial. */
  bootstrap: number;
  /** Monte Carlo draws of the truth (default: truth.json's, TIME_TO_EVENT_MODEL.truthDraws; fast tests use fewer). */
  truthDraws?: number;
}

export interface SurvivalCoverageReplicate {
  seed: number;
  n: number;
  events: number;
  /** Subjects censored by discontinuation before the event. */
  discontinued: number;
  tau: number;
  naiveHr: number;
  naiveRmstDifference: number;
  ipwHr: number;
  ipwLogHrSe: number;
  ipwHrCovers: boolean;
  rmstDifference: number;
  rmstCovers: boolean;
  survivalDifference: number;
  survivalCovers: boolean;
  bootstrapFailures: number;
}

/** Bias, empirical SD, coverage and their Monte-Carlo SEs: the AIPW simulation's summary. */
export type SurvivalEstimatorSummary = EstimatorSummary;

export interface SurvivalCoverageSummary {
  study: string;
  process: string;
  assignment: string;
  nScreened: number;
  meanN: number;
  meanEvents: number;
  month: string;
  tau: number;
  replicates: number;
  firstSeed: number;
  bootstrap: number;
  truth: { hazardRatio: number; logHazardRatio: number; rmstDifference: number; survivalDifference: number; conditionalHazardRatio: number };
  /** Mean robust SE of the IPW log hazard ratio (compare with the empirical SD). */
  ipwLogHrMeanSe: number;
  estimators: {
    /** On the log scale: bias of log HR against the true marginal log HR. */
    naiveLogHr: SurvivalEstimatorSummary;
    ipwLogHr: SurvivalEstimatorSummary;
    naiveRmstDifference: SurvivalEstimatorSummary;
    ipwRmstDifference: SurvivalEstimatorSummary;
    ipwSurvivalDifference: SurvivalEstimatorSummary;
  };
}

function summarise(values: number[], truth: number, covers: boolean[] | null): SurvivalEstimatorSummary {
  const R = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / R;
  const empiricalSd = R > 1 ? Math.sqrt(values.reduce((s, v) => s + square(v - mean), 0) / (R - 1)) : 0;
  const coverage = covers === null ? null : covers.filter(Boolean).length / covers.length;
  return {
    mean,
    bias: mean - truth,
    empiricalSd,
    biasMcse: empiricalSd / Math.sqrt(R),
    coverage,
    coverageMcse: coverage === null ? null : Math.sqrt((coverage * (1 - coverage)) / R),
  };
}

const covers = (ci: readonly [number, number] | null | undefined, truth: number) => ci !== null && ci !== undefined && ci[0] <= truth && truth <= ci[1];

/** The subject rows of one simulated trial at the cut: the study's generator with another seed and size. */
export function simulateSurvivalTrial(config: SyntheticStudyConfig, seed: number, nScreened: number, month: string): Array<Record<string, unknown>> {
  const trial = generateStudy({ ...config, source: { ...config.source, seed, nScreened } });
  return cutTrial(trial, cutDay(month)).subjects;
}

/** One replicate: simulate, analyse, compare with the truth. */
export function survivalCoverageReplicate(
  config: SyntheticStudyConfig,
  seed: number,
  options: Pick<SurvivalCoverageOptions, "nScreened" | "bootstrap" | "truthDraws"> & { month: string },
): SurvivalCoverageReplicate {
  const truth = timeToEventTruth(config, options.truthDraws).marginal;
  const rows = simulateSurvivalTrial(config, seed, options.nScreened, options.month);
  const result = analyseStudySurvival(survivalSpec(survivalFields(config), options.month), rows, { bootstrap: { replicates: options.bootstrap, seed } });
  const c = result.comparisons[0];
  const a = c?.adjusted;
  if (c === undefined || c.status !== "ok" || c.cox === null || c.rmst === null || !a || a.status !== "ok" || a.cox === null || a.bootstrap === null) {
    throw new Error(`seed ${seed}: the time-to-event analysis failed: ${c?.reason ?? a?.reason ?? a?.bootstrapError ?? result.reason ?? "no comparison"}`);
  }
  return {
    seed,
    n: result.n,
    events: result.events,
    discontinued: rows.filter((r) => r.tte_event === 0 && r.disc_date !== null).length,
    tau: result.parameters.tau as number,
    naiveHr: c.cox.hazardRatio,
    naiveRmstDifference: c.rmst.difference,
    ipwHr: a.cox.hazardRatio,
    ipwLogHrSe: a.cox.robustSe,
    ipwHrCovers: covers([a.cox.lower, a.cox.upper], truth.hazardRatio),
    rmstDifference: a.rmstDifference as number,
    rmstCovers: covers(a.bootstrap.rmstDifference.percentile, truth.rmstDifference),
    survivalDifference: a.survivalDifference as number,
    survivalCovers: covers(a.bootstrap.survivalDifference.percentile, truth.survivalDifference),
    bootstrapFailures: a.bootstrap.failures,
  };
}

/**
 * Runs the simulation.
 *
 * @example
 * simulateSurvivalCoverage({ study: "SYN-CONF-B", replicates: 200, nScreened: 1200, bootstrap: 100 }).summary.estimators.ipwRmstDifference.coverage // => ≈ 0.95
 */
export function simulateSurvivalCoverage(
  options: SurvivalCoverageOptions,
  onReplicate?: (r: SurvivalCoverageReplicate, k: number) => void,
): { summary: SurvivalCoverageSummary; replicates: SurvivalCoverageReplicate[] } {
  const config = asSynthetic(getStudy(options.study));
  const month = options.month ?? (config.dataCuts[config.dataCuts.length - 1] as string);
  const firstSeed = options.firstSeed ?? 1;
  const truth = timeToEventTruth(config, options.truthDraws);
  const reps: SurvivalCoverageReplicate[] = [];
  for (let k = 0; k < options.replicates; k++) {
    const r = survivalCoverageReplicate(config, firstSeed + k, {
      nScreened: options.nScreened,
      bootstrap: options.bootstrap,
      month,
      ...(options.truthDraws ? { truthDraws: options.truthDraws } : {}),
    });
    if (r.tau !== truth.tau) throw new Error(`seed ${r.seed}: τ ${r.tau} is not the truth's ${truth.tau} (too little follow-up at ${month})`);
    reps.push(r);
    onReplicate?.(r, k);
  }
  const col = (f: (r: SurvivalCoverageReplicate) => number) => reps.map(f);
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const m = truth.marginal;
  return {
    summary: {
      study: config.id,
      process: config.source.process,
      assignment: config.source.assignment,
      nScreened: options.nScreened,
      meanN: mean(col((r) => r.n)),
      meanEvents: mean(col((r) => r.events)),
      month,
      tau: truth.tau,
      replicates: options.replicates,
      firstSeed,
      bootstrap: options.bootstrap,
      truth: {
        hazardRatio: m.hazardRatio,
        logHazardRatio: m.logHazardRatio,
        rmstDifference: m.rmstDifference,
        survivalDifference: m.survivalDifference,
        conditionalHazardRatio: truth.model.conditionalHazardRatio,
      },
      ipwLogHrMeanSe: mean(col((r) => r.ipwLogHrSe)),
      estimators: {
        naiveLogHr: summarise(
          col((r) => ln(r.naiveHr)),
          m.logHazardRatio,
          null,
        ),
        ipwLogHr: summarise(
          col((r) => ln(r.ipwHr)),
          m.logHazardRatio,
          reps.map((r) => r.ipwHrCovers),
        ),
        naiveRmstDifference: summarise(
          col((r) => r.naiveRmstDifference),
          m.rmstDifference,
          null,
        ),
        ipwRmstDifference: summarise(
          col((r) => r.rmstDifference),
          m.rmstDifference,
          reps.map((r) => r.rmstCovers),
        ),
        ipwSurvivalDifference: summarise(
          col((r) => r.survivalDifference),
          m.survivalDifference,
          reps.map((r) => r.survivalCovers),
        ),
      },
    },
    replicates: reps,
  };
}
