/**
 * A battery of computations whose every bit must be the same in every JavaScript engine: the
 * elementary functions, the distributions, the seeded generator, regression fits, every treatment-
 * effect estimator, the primary analysis of a study-month with its full-refit bootstrap, the
 * sensitivity analyses, the CSR analyses (ANCOVA, LS means, standardization, CMH, Fisher), the
 * survival estimators (Kaplan–Meier, log-rank, Cox, cox.zph, RMST, the IPW-adjusted curves and
 * their full-refit bootstrap), the classification metrics and a network's forward pass, on data generated
 * here from a fixed seed (or on the rows given). The build runs it in Node (/system's
 * `engine-battery.json`) and the System check page runs it again in the browser and compares every
 * number (pages/components/agreement.ts); tests/engines/cross-engine.test.ts runs it in Node and in
 * Chromium on the committed fixtures and requires identical bits.
 */
import { analyseStudyMonth } from "./study-analysis.js";
import type { StudyAnalysisSpec } from "./study-analysis-types.js";
import { bootstrapIntervals } from "./bootstrap.js";
import { chiSquareUpperTail } from "./chi-square-distribution.js";
import { predictDenseNetwork, type DenseNetwork } from "./dense-network.js";
import { eValueRiskRatio, eValueStandardizedDifference } from "./e-value.js";
import { cos, exp, expm1, ln, log1p, log2, pow, sin, tanh } from "./elementary-functions.js";
import { fUpperTail } from "./f-distribution.js";
import { logGamma, upperRegularizedGamma } from "./gamma-functions.js";
import { regularizedBeta } from "./beta-functions.js";
import { fitLinear } from "./linear.js";
import { fitLogistic } from "./logistic.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { predictionMetrics } from "./prediction-metrics.js";
import { createPrng } from "./prng.js";
import { fitRidgeLogistic } from "./ridge-logistic.js";
import { subgroupEffects } from "./subgroup-effects.js";
import { tQuantile, tTwoSidedP } from "./t-distribution.js";
import { estimateTreatmentEffect } from "./treatment-effect.js";
import { trimmingGrid } from "./trimming-grid.js";
import { fitLinearModel, type LinearModelSpec } from "./linear-model.js";
import { linearModelCovariance } from "./robust-covariance.js";
import { typeIIITests } from "./type-iii-tests.js";
import { lsMeans } from "./ls-means.js";
import { doseResponseTest } from "./dose-response.js";
import { standardizedBinaryEffects } from "./standardization.js";
import { cmhTests } from "./cmh.js";
import { fisherExactTest } from "./fisher-exact.js";
import { pearsonChiSquareTest } from "./pearson-chi-square.js";
import { oneWayAnova } from "./one-way-anova.js";
import { kaplanMeier } from "./kaplan-meier.js";
import { logRank } from "./log-rank.js";
import { fitCox } from "./cox.js";
import { coxZph } from "./cox-zph.js";
import { rmstTwoArms } from "./rmst.js";
import { bootstrapAdjustedSurvival, ipwKaplanMeier } from "./adjusted-survival.js";
import { fitPropensity } from "./propensity.js";
import { propensityWeights } from "./propensity-weights.js";

export interface EngineBatteryOptions {
  /** Subjects of the generated trial (default 400). */
  n?: number;
  /** Bootstrap replicates of the primary analysis (default 50). */
  replicates?: number;
  /** Arguments per elementary function (default 2,000). */
  arguments?: number;
  /** Subject rows to analyse instead of the generated ones: columns age, female, site_group, baseline, arm (PBO/LOW/HIGH), chg, resp. */
  rows?: ReadonlyArray<Record<string, unknown>>;
}

/** The generated three-arm trial: a confounded assignment, a continuous and a binary outcome, some outcomes missing. */
function generatedTrial(n: number): Array<Record<string, unknown>> {
  const rng = createPrng(20261202);
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    const age = Math.round(40 + 30 * rng.uniform());
    const female = rng.uniform() < 0.5 ? 1 : 0;
    const baseline = 20 + 5 * rng.normal();
    const site = ["A", "B", "C"][rng.integer(3)] as string;
    const score = 0.03 * (age - 55) + 0.08 * (baseline - 20);
    const u = rng.uniform();
    const p0 = 1 / (1 + exp(score)) / 1.5;
    const arm = u < p0 ? "PBO" : u < (1 + p0) / 2 ? "LOW" : "HIGH";
    const effect = arm === "PBO" ? 0 : arm === "LOW" ? -1 : -2;
    const chg = rng.uniform() < 0.1 ? null : effect + 0.1 * (age - 55) - 0.2 * (baseline - 20) + 2 * rng.normal();
    const resp = chg === null ? null : rng.uniform() < 1 / (1 + exp(-(0.3 - 0.2 * effect - 0.02 * (age - 55)))) ? 1 : 0;
    rows.push({ subject_id: `S${String(i).padStart(4, "0")}`, age, female, baseline, site_group: site, arm, chg, resp, disposition: chg === null ? "discontinued" : "completed" });
  }
  return rows;
}

/** A generated two-arm survival trial: exponential event times depending on arm and covariates, uniform censoring, ties from rounding to days. */
function generatedSurvival(n: number): { time: number[]; status: number[]; arm: number[]; X: number[][]; site: string[] } {
  const rng = createPrng(20261207);
  const time: number[] = [];
  const status: number[] = [];
  const arm: number[] = [];
  const X: number[][] = [];
  const site: string[] = [];
  for (let i = 0; i < n; i++) {
    const age = 40 + 30 * rng.uniform();
    const female = rng.uniform() < 0.5 ? 1 : 0;
    const a = rng.uniform() < 1 / (1 + exp(-0.04 * (age - 55))) ? 1 : 0;
    const rate = 0.002 * exp(-0.5 * a + 0.03 * (age - 55) - 0.3 * female);
    const event = -ln(1 - rng.uniform()) / rate;
    const censor = 200 + 600 * rng.uniform();
    time.push(Math.ceil(Math.min(event, censor)));
    status.push(event <= censor ? 1 : 0);
    arm.push(a);
    X.push([a, age, female]);
    site.push(["A", "B", "C"][rng.integer(3)] as string);
  }
  return { time, status, arm, X, site };
}

const SPEC_ARMS: StudyAnalysisSpec["arms"] = [
  { code: "PBO", label: "Placebo", role: "control" },
  { code: "LOW", label: "Low dose", role: "treated" },
  { code: "HIGH", label: "High dose", role: "treated" },
];

/**
 * Runs the battery; the result is JSON (numbers, arrays, strings, nulls).
 *
 * @example
 * const a = runEngineBattery({ n: 120, replicates: 10, arguments: 50 });
 * JSON.stringify(a) === JSON.stringify(runEngineBattery({ n: 120, replicates: 10, arguments: 50 })) // => true
 */
export function runEngineBattery(options: EngineBatteryOptions = {}): Record<string, unknown> {
  const k = options.arguments ?? 2000;
  const rng = createPrng(7);
  const args = Array.from({ length: k }, () => rng.uniform());
  const out: Record<string, unknown> = {};
  out.elementary = {
    exp: args.map((u) => exp((u - 0.5) * 60)),
    ln: args.map((u) => ln(u * 1e3 + 1e-9)),
    log1p: args.map((u) => log1p(u * 4 - 0.99)),
    expm1: args.map((u) => expm1((u - 0.5) * 10)),
    log2: args.map((u) => log2(u * 100 + 1e-9)),
    pow: args.map((u, i) => pow(u * 50 + 1e-6, ((args[(i + 1) % k] as number) - 0.5) * 8)),
    tanh: args.map((u) => tanh((u - 0.5) * 10)),
    sin: args.map((u) => sin((u - 0.5) * 100)),
    cos: args.map((u) => cos((u - 0.5) * 100)),
  };
  const ps = args.slice(0, 200).map((u) => 1e-6 + u * (1 - 2e-6));
  out.distributions = {
    normalCdf: args.slice(0, 200).map((u) => normalCdf((u - 0.5) * 16)),
    normalQuantile: ps.map(normalQuantile),
    tTwoSidedP: args.slice(0, 200).map((u, i) => tTwoSidedP((u - 0.5) * 20, 1 + (i % 40))),
    tQuantile: ps.map((p, i) => tQuantile(p, 1 + (i % 30))),
    fUpperTail: args.slice(0, 200).map((u, i) => fUpperTail(u * 20, 1 + (i % 4), 5 + (i % 50))),
    chiSquareUpperTail: args.slice(0, 200).map((u, i) => chiSquareUpperTail(u * 40, 1 + (i % 10))),
    logGamma: args.slice(0, 200).map((u) => logGamma(u * 100 + 1e-3)),
    upperRegularizedGamma: args.slice(0, 200).map((u, i) => upperRegularizedGamma(0.5 + (i % 20), u * 30)),
    regularizedBeta: args.slice(0, 200).map((u, i) => regularizedBeta(u, 0.5 + (i % 7), 1 + (i % 11))),
  };
  const draws = createPrng(11);
  out.prng = { uniform: Array.from({ length: 100 }, () => draws.uniform()), normal: Array.from({ length: 100 }, () => draws.normal()) };

  const rows = options.rows ?? generatedTrial(options.n ?? 400);
  const complete = rows.filter((r) => r.chg !== null && r.chg !== undefined && (r.arm === "PBO" || r.arm === "HIGH"));
  const X = complete.map((r) => [r.age as number, r.female as number, r.baseline as number]);
  const t = complete.map((r) => (r.arm === "HIGH" ? 1 : 0));
  const y = complete.map((r) => r.chg as number);
  const yb = complete.map((r) => r.resp as number);
  const withIntercept = X.map((x) => [1, ...x]);
  out.regression = {
    linear: fitLinear(withIntercept, y),
    logistic: fitLogistic(withIntercept, t),
    ridgeLogistic: fitRidgeLogistic(X, yb, { ridge: 1 }),
  };
  const input = { covariates: X, treatment: t, outcome: y };
  const binaryInput = { covariates: X, treatment: t, outcome: yb };
  const methods = ["aipw", "g-computation", "ipw-ht", "ipw-hajek"] as const;
  out.treatmentEffects = Object.fromEntries(
    methods.flatMap((method) => [
      [`${method}-continuous`, estimateTreatmentEffect(input, { method, outcomeType: "continuous" })],
      [`${method}-binary`, estimateTreatmentEffect(binaryInput, { method, outcomeType: "binary" })],
      ...(method === "aipw" ? [] : [[`${method}-att`, estimateTreatmentEffect(input, { method, outcomeType: "continuous", estimand: "ATT" })]]),
    ]),
  );
  const spec = (outcome: "chg" | "resp"): StudyAnalysisSpec => ({
    study: "ENGINE-BATTERY",
    month: "2026-12",
    arms: SPEC_ARMS,
    covariates: ["age", "female", "site_group", "baseline"],
    outcome: { column: outcome, type: outcome === "chg" ? "continuous" : "binary" },
  });
  const replicates = options.replicates ?? 50;
  out.primaryAnalysis = {
    continuous: analyseStudyMonth({ spec: spec("chg"), rows, parameters: { bootstrap: { replicates, seed: 99 } } }).result,
    binary: analyseStudyMonth({ spec: spec("resp"), rows, parameters: { bootstrap: { replicates, seed: 98 } } }).result,
  };
  const aipw = estimateTreatmentEffect(input, { method: "aipw", outcomeType: "continuous" });
  out.sensitivity = {
    trimmingGrid: trimmingGrid(input, { method: "aipw", outcomeType: "continuous" }, [0, 0.05, 0.1]),
    subgroups: subgroupEffects(
      input,
      complete.map((r) => (r.female === 1 ? "female" : "male")),
      { method: "aipw", outcomeType: "continuous" },
    ),
    eValueRiskRatio: eValueRiskRatio(1.8, [1.2, 2.7]),
    eValueStandardized: eValueStandardizedDifference(aipw.difference.estimate / 2, (aipw.difference.se ?? 1) / 2),
    bootstrapIntervals: bootstrapIntervals(
      1.5,
      Array.from({ length: 99 }, (_, i) => 1 + ((i * 37) % 99) / 99),
      { influence: Array.from({ length: 30 }, (_, i) => ((i % 7) - 3) / 50) },
    ),
  };
  // The trial's own analyses (CSR): ANCOVA with robust covariances, LS means, dose response,
  // standardization, and the table tests.
  const analysed = rows.filter((r) => r.chg !== null && r.chg !== undefined);
  const csrSpec: LinearModelSpec = { outcome: "chg", factors: [{ name: "arm", levels: ["PBO", "LOW", "HIGH"] }, "site_group"], covariates: ["baseline", "age"] };
  const ancova = fitLinearModel(analysed, csrSpec);
  const armTable = (pred: (r: Record<string, unknown>) => boolean) => ["PBO", "LOW", "HIGH"].map((a) => analysed.filter((r) => r.arm === a && pred(r)).length);
  const respYes = armTable((r) => r.resp === 1);
  const respNo = armTable((r) => r.resp === 0);
  const sites = [...new Set(analysed.map((r) => r.site_group as string))].sort();
  out.csr = {
    ancova: { coefficients: ancova.coefficients, sigma: ancova.sigma, leverage: ancova.leverage.slice(0, 50), hc3: linearModelCovariance(ancova, "HC3") },
    typeIII: typeIIITests(ancova, "HC0"),
    lsMeans: lsMeans(ancova, "arm", { weights: "proportional", covariance: "HC3" }),
    doseResponse: doseResponseTest(analysed, csrSpec, { factor: "arm", doses: { PBO: 0, LOW: 54, HIGH: 81 } }).slope,
    standardization: ["sandwich", "unconditional"].map((variance) => {
      const res = standardizedBinaryEffects(analysed, { ...csrSpec, outcome: "resp" }, { factor: "arm", variance: variance as "sandwich" | "unconditional" });
      return { risks: res.risks, comparisons: res.comparisons };
    }),
    cmh: cmhTests(sites.map((s) => ["PBO", "LOW", "HIGH"].map((a) => [0, 1].map((v) => analysed.filter((r) => r.site_group === s && r.arm === a && r.resp === v).length)))),
    fisher: fisherExactTest([respYes.map((v) => Math.min(v, 12)), respNo.map((v) => Math.min(v, 40))]),
    pearson: pearsonChiSquareTest([respYes, respNo]),
    anova: oneWayAnova(["PBO", "LOW", "HIGH"].map((a) => analysed.filter((r) => r.arm === a).map((r) => r.baseline as number))),
  };
  const sv = generatedSurvival(options.n ?? 400);
  const coxEfron = fitCox(sv.time, sv.status, sv.X, { names: ["arm", "age", "female"], ties: "efron", robust: true });
  out.survival = {
    kaplanMeierLog: kaplanMeier(sv.time, sv.status, { groups: sv.arm, confType: "log", quantiles: [0.1, 0.25, 0.5, 0.75], riskTimes: [0, 100, 200, 400] }),
    kaplanMeierLogLog: kaplanMeier(sv.time, sv.status, { groups: sv.arm, confType: "log-log", level: 0.9 }),
    kaplanMeierWeighted: kaplanMeier(sv.time, sv.status, { groups: sv.arm, weights: sv.X.map((x) => 0.5 + (x[1] as number) / 70) }),
    logRank: logRank(sv.time, sv.status, sv.arm),
    logRankStratified: logRank(sv.time, sv.status, sv.arm, { strata: sv.site }),
    coxEfron,
    coxBreslow: fitCox(sv.time, sv.status, sv.X, { names: ["arm", "age", "female"], ties: "breslow", robust: true, strata: sv.site }),
    coxZph: coxZph(sv.time, sv.status, sv.X, coxEfron),
    rmst: rmstTwoArms(sv.time, sv.status, sv.arm, 365),
  };
  const svCovariates = sv.X.map((x) => [x[1] as number, x[2] as number]);
  const ipw = propensityWeights(fitPropensity(svCovariates, sv.arm).scores, sv.arm, "ATE");
  out.adjustedSurvival = {
    ipwKaplanMeier: ipwKaplanMeier(sv.time, sv.status, sv.arm, ipw, { confType: "log-log" }),
    bootstrap: bootstrapAdjustedSurvival({ time: sv.time, status: sv.status, treatment: sv.arm, covariates: svCovariates }, { tau: 365 }, { seed: 97, replicates }),
  };
  const scoreRng = createPrng(5);
  const labels = Array.from({ length: 500 }, () => (scoreRng.uniform() < 0.3 ? 1 : 0));
  const scores = labels.map((l) => 1 / (1 + exp(-(l - 0.5) * 1.5 - scoreRng.normal())));
  out.classification = predictionMetrics(scores, labels);
  const netRng = createPrng(3);
  const layer = (inputs: number, units: number, activation: "relu" | "sigmoid") => ({
    inputs,
    units,
    activation,
    kernel: Float64Array.from({ length: inputs * units }, () => Math.fround((netRng.uniform() - 0.5) * 0.6)),
    bias: Float64Array.from({ length: units }, () => Math.fround((netRng.uniform() - 0.5) * 0.1)),
  });
  const network: DenseNetwork = { inputs: 20, layers: [layer(20, 16, "relu"), layer(16, 8, "relu"), layer(8, 1, "sigmoid")] };
  out.denseNetwork = predictDenseNetwork(
    network,
    Array.from({ length: 200 }, () => Array.from({ length: 20 }, () => netRng.normal())),
  );
  return out;
}
