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
// Distributions and random numbers
export * from "./normal-distribution.js";
export * from "./prng.js";
// Linear algebra and regression
export * from "./matrix.js";
export * from "./design-matrix.js";
export * from "./linear.js";
export * from "./logistic.js";
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
export * from "./treatment-effect.js";
// Bootstrap
export * from "./bootstrap.js";
export * from "./bootstrap-effect.js";
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
// Prediction models
export * from "./feature-scaling.js";
export * from "./linear-risk.js";
export * from "./decision-cost.js";
export * from "./ridge-logistic.js";
