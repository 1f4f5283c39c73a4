/**
 * Coverage simulation of the primary analysis on the confounded data-generating process of the
 * synthetic portfolio. Each replicate draws a fresh trial of `n` subjects from the generator's own
 * building blocks (baseline covariates, the confounded assignment e(x), the potential outcomes at
 * the primary visit: `data-loaders/synthetic/`), without visits, dropout or data cuts, so that
 * every subject has the outcome and the true ATE is the configured effect. It then runs
 * `analyseStudyMonth` (the function the build runs) and records, per estimator, the estimate,
 * whether its 95% interval covers the truth, and the naive difference in means.
 */
import { analyseStudyMonth, square, type AnalysisParameterOverrides, type AnalysisResult } from "@trial/estimators";
import { analysisInput } from "../foundation/analysis-input.ts";
import { confoundedPropensity } from "../../data-loaders/synthetic/assignment.ts";
import { drawBaseline } from "../../data-loaders/synthetic/baseline.ts";
import { potentialOutcomes } from "../../data-loaders/synthetic/outcomes.ts";
import { processModel } from "../../data-loaders/synthetic/processes.ts";
import { createRng, streamSeed } from "../../data-loaders/synthetic/prng.ts";
import { getStudy } from "../foundation/registry.ts";
import { asSynthetic, type SyntheticStudyConfig } from "../foundation/study-config.ts";

export interface CoverageOptions {
  /** A confounded study of the registry whose process is simulated (SYN-CONF-C or SYN-CONF-B). */
  study: string;
  /** Replicates: seeds `firstSeed` … `firstSeed + replicates − 1`. */
  replicates: number;
  firstSeed?: number;
  /** Subjects per simulated trial. */
  n: number;
  /** Bootstrap replicates per trial (0: influence-function intervals only). */
  bootstrap?: number;
}

export interface CoverageReplicate {
  seed: number;
  naive: number;
  aipw: number;
  aipwCovers: boolean;
  aipwBootstrapCovers: boolean | null;
  gComputation: number;
  ipwHajek: number;
  ipwHajekCovers: boolean;
  ipwHt: number;
  ipwHtCovers: boolean;
  aipwSe: number;
}

export interface EstimatorSummary {
  mean: number;
  bias: number;
  /** SD of the estimates over replicates (the true sampling SD). */
  empiricalSd: number;
  /** Monte-Carlo SE of the bias, empiricalSd/√R. */
  biasMcse: number;
  /** Share of replicates whose 95% interval covers the truth (null without an interval). */
  coverage: number | null;
  /** Its Monte-Carlo SE, √(c(1 − c)/R). */
  coverageMcse: number | null;
}

export interface CoverageSummary {
  study: string;
  process: string;
  outcome: string;
  truth: number;
  n: number;
  replicates: number;
  firstSeed: number;
  bootstrap: number;
  /** Mean of the AIPW influence-function SEs (compare with the empirical SD). */
  aipwMeanSe: number;
  estimators: {
    naive: EstimatorSummary;
    aipw: EstimatorSummary;
    aipwBootstrapPercentile: EstimatorSummary | null;
    gComputation: EstimatorSummary;
    ipwHt: EstimatorSummary;
    ipwHajek: EstimatorSummary;
  };
}

/** Subject rows of one simulated confounded trial (the snapshot's subjects columns the analysis reads). */
export function simulateConfoundedTrial(config: SyntheticStudyConfig, seed: number, n: number): Array<Record<string, unknown>> {
  const model = processModel(config);
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    const x = drawBaseline(createRng(streamSeed(seed, "baseline", i)));
    const e = confoundedPropensity(x);
    const treated = createRng(streamSeed(seed, "assignment", i)).bernoulli(e);
    const po = potentialOutcomes(model, x, [model.primaryWeek], createRng(streamSeed(seed, "outcome", i)));
    const y = (treated === 1 ? po.y1 : po.y0)[0] as number;
    rows.push({
      subject_id: `SIM-${String(i).padStart(5, "0")}`,
      arm: treated === 1 ? "TRT" : "PBO",
      disposition: "completed",
      age: x.age,
      female: x.female,
      bmi: x.bmi,
      baseline_severity: x.baseline_severity,
      diabetes: x.diabetes,
      egfr: x.egfr,
      prior_therapy: x.prior_therapy,
      region: x.region,
      [config.primaryOutcome]: y,
    });
  }
  return rows;
}

function summarise(values: number[], truth: number, covers: boolean[] | null): EstimatorSummary {
  const R = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / R;
  const empiricalSd = Math.sqrt(values.reduce((s, v) => s + square(v - mean), 0) / (R - 1));
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

const covers = (ci: [number, number] | null | undefined, truth: number) => ci !== null && ci !== undefined && ci[0] <= truth && truth <= ci[1];

/** One replicate: simulate, analyse, compare with the truth. */
export function coverageReplicate(config: SyntheticStudyConfig, seed: number, n: number, bootstrap: number): CoverageReplicate {
  const rows = simulateConfoundedTrial(config, seed, n);
  const parameters: AnalysisParameterOverrides = { bootstrap: { replicates: bootstrap, seed } };
  const result: AnalysisResult = analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome, analysis: parameters }, "simulation", rows), {
    bootstrap: bootstrap > 0 ? "run" : "skip",
  }).result;
  const c = result.comparisons[0];
  if (c === undefined || c.estimates === null) throw new Error(`seed ${seed}: the analysis failed: ${c?.error ?? "no comparison"}`);
  const truth = config.source.trueEffect;
  const y = (arm: string) => rows.filter((r) => r.arm === arm).map((r) => r[config.primaryOutcome] as number);
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const e = c.estimates;
  return {
    seed,
    naive: mean(y("TRT")) - mean(y("PBO")),
    aipw: e.aipw.difference.estimate,
    aipwSe: e.aipw.difference.se as number,
    aipwCovers: covers(e.aipw.difference.ci, truth),
    aipwBootstrapCovers: c.bootstrap === null ? null : covers(c.bootstrap.difference.percentile, truth),
    gComputation: e.gComputation.difference.estimate,
    ipwHajek: e.ipwHajek.difference.estimate,
    ipwHajekCovers: covers(e.ipwHajek.difference.ci, truth),
    ipwHt: e.ipwHt.difference.estimate,
    ipwHtCovers: covers(e.ipwHt.difference.ci, truth),
  };
}

/**
 * Runs the simulation.
 *
 * @example
 * simulateCoverage({ study: "SYN-CONF-C", replicates: 200, n: 1000 }).estimators.aipw.coverage // => ≈ 0.95
 */
export function simulateCoverage(options: CoverageOptions, onReplicate?: (r: CoverageReplicate, k: number) => void): { summary: CoverageSummary; replicates: CoverageReplicate[] } {
  const config = asSynthetic(getStudy(options.study));
  if (config.source.assignment !== "confounded") throw new Error(`simulateCoverage: ${options.study} is not a confounded study`);
  const firstSeed = options.firstSeed ?? 1;
  const bootstrap = options.bootstrap ?? 0;
  const truth = config.source.trueEffect;
  const reps: CoverageReplicate[] = [];
  for (let k = 0; k < options.replicates; k++) {
    const r = coverageReplicate(config, firstSeed + k, options.n, bootstrap);
    reps.push(r);
    onReplicate?.(r, k);
  }
  const col = (f: (r: CoverageReplicate) => number) => reps.map(f);
  return {
    summary: {
      study: config.id,
      process: config.source.process,
      outcome: config.source.outcome,
      truth,
      n: options.n,
      replicates: options.replicates,
      firstSeed,
      bootstrap,
      aipwMeanSe: col((r) => r.aipwSe).reduce((s, v) => s + v, 0) / reps.length,
      estimators: {
        naive: summarise(
          col((r) => r.naive),
          truth,
          null,
        ),
        aipw: summarise(
          col((r) => r.aipw),
          truth,
          reps.map((r) => r.aipwCovers),
        ),
        aipwBootstrapPercentile:
          bootstrap > 0
            ? summarise(
                col((r) => r.aipw),
                truth,
                reps.map((r) => r.aipwBootstrapCovers === true),
              )
            : null,
        gComputation: summarise(
          col((r) => r.gComputation),
          truth,
          null,
        ),
        ipwHt: summarise(
          col((r) => r.ipwHt),
          truth,
          reps.map((r) => r.ipwHtCovers),
        ),
        ipwHajek: summarise(
          col((r) => r.ipwHajek),
          truth,
          reps.map((r) => r.ipwHajekCovers),
        ),
      },
    },
    replicates: reps,
  };
}
