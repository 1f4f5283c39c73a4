/**
 * @trial/estimators: pure, deterministic statistics shared by the build (Node) and the pages
 * (browser). No I/O, no DOM, no globals, no Math.random. One concept per file; this file only
 * re-exports them.
 */
// Arguments and values
export * from "./validate.js";
export * from "./covariate-values.js";
// Descriptive statistics and balance
export * from "./weighted-stats.js";
export * from "./quantile.js";
export * from "./smd.js";
export * from "./variance-ratio.js";
export * from "./ess.js";
export * from "./table-one.js";
// Elementary and special functions, distributions (the same bits in every engine) and random numbers
export * from "./elementary-functions.js";
export * from "./gamma-functions.js";
export * from "./beta-functions.js";
export * from "./normal-distribution.js";
export * from "./t-distribution.js";
export * from "./f-distribution.js";
export * from "./chi-square-distribution.js";
export * from "./prng.js";
// Linear algebra and regression
export * from "./matrix.js";
export * from "./design-matrix.js";
export * from "./linear.js";
export * from "./logistic.js";
// A randomized trial's own analyses (CSR tables): ANCOVA, least-squares means, standardization
export * from "./linear-model.js";
export * from "./robust-covariance.js";
export * from "./linear-contrast.js";
export * from "./type-iii-tests.js";
export * from "./ls-means.js";
export * from "./dose-response.js";
export * from "./standardization.js";
export * from "./prespecified-analysis.js";
export * from "./cmh.js";
export * from "./mantel-haenszel-odds-ratio.js";
export * from "./fisher-exact.js";
export * from "./pearson-chi-square.js";
export * from "./one-way-anova.js";
// Causal estimation
export * from "./propensity.js";
export * from "./trimming.js";
export * from "./propensity-weights.js";
export * from "./influence.js";
export * from "./effect-estimate.js";
export * from "./horvitz-thompson.js";
export * from "./hajek.js";
export * from "./aipw.js";
export * from "./g-computation.js";
export * from "./effect-measures.js";
export * from "./outcome-model.js";
export * from "./effect-models.js";
export * from "./score-range.js";
export * from "./treatment-effect.js";
// Sensitivity analyses
export * from "./e-value.js";
export * from "./effect-summary.js";
export * from "./trimming-grid.js";
export * from "./estimator-comparison.js";
export * from "./subgroup-effects.js";
export * from "./delta-tipping-point.js";
export * from "./refuters.js";
export * from "./robustness-summary.js";
// Bootstrap
export * from "./bootstrap.js";
export * from "./replicate-engine.js";
export * from "./bootstrap-resample.js";
export * from "./bootstrap-effect.js";
// Primary analysis of a study-month (analysis.json) and its gates
export * from "./analysis-gates.js";
export * from "./balance-table.js";
export * from "./pool-rare-levels.js";
export * from "./estimand-description.js";
export * from "./study-analysis-types.js";
export * from "./study-analysis.js";
// Classification metrics (prediction models)
export * from "./binary-outcomes.js";
export * from "./roc.js";
export * from "./delong.js";
export * from "./precision-recall.js";
export * from "./brier.js";
export * from "./confusion-matrix.js";
export * from "./reliability.js";
export * from "./calibration-slope.js";
export * from "./ks-statistic.js";
export * from "./model-monitoring.js";
export * from "./prediction-metrics.js";
// Prediction models
export * from "./dense-network.js";
// The cross-engine battery (System check page, tests/engines)
export * from "./engine-battery.js";
export * from "./feature-scaling.js";
export * from "./linear-risk.js";
export * from "./decision-cost.js";
export * from "./ridge-logistic.js";
// Time-to-event (survival) analysis
export * from "./survival-data.js";
export * from "./kaplan-meier.js";
export * from "./log-rank.js";
export * from "./cox.js";
export * from "./cox-zph.js";
export * from "./rmst.js";
export * from "./adjusted-survival.js";
export * from "./study-survival.js";
