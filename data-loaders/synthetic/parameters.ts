/**
 * Every coefficient of the synthetic data-generating processes, in one place. These numbers are
 * the ground truth that `truth.json` records beside each snapshot; the generator modules read
 * them from here and nowhere else. Changing any of them changes the data: bump
 * `GENERATOR_VERSION` (and with it the loader's version).
 *
 * Standardized covariates used by the models (on the rounded, recorded values):
 *   z_age = (age − 60)/10, z_sev = (baseline_severity − 19)/6, z_bmi = (bmi − 28)/5,
 *   z_egfr = (egfr − 70)/20.
 */
import { exp, ln } from "@trial/estimators";

/** Version of the generator's equations and coefficients (semver). */
export const GENERATOR_VERSION = "1.1.0";
export const GENERATOR_NAME = "synthetic-edc";

export const REGIONS = ["North America", "Europe", "Asia-Pacific", "Latin America"] as const;
export type Region = (typeof REGIONS)[number];

/** Baseline covariates of the screened population (before eligibility). */
export const COVARIATE_MODEL = {
  age: { mean: 60, sd: 14, rounding: "whole years" },
  female: { p: 0.52 },
  /** Height (m) is not recorded at baseline; it converts BMI to the weight recorded at visits. */
  height: { female: { mean: 1.63, sd: 0.065 }, male: { mean: 1.77, sd: 0.07 } },
  bmi: { mean: 28, sd: 5, min: 16, max: 55, rounding: "0.1" },
  baseline_severity: { mean: 18.5, sd: 6, min: 0, rounding: "0.1" },
  /** logit P(diabetes) = intercept + age·z_age + bmi·z_bmi */
  diabetes: { intercept: -1.3, age: 0.35, bmi: 0.45 },
  /** egfr = intercept + age·z_age + diabetes·diabetes + N(0, sd), clipped to [min, max] */
  egfr: { intercept: 68, age: -7, diabetes: -6, sd: 18, min: 5, max: 140, rounding: "0.1" },
  /** Independent of everything else, so segment-level truths are exact. */
  prior_therapy: { p: 0.4 },
  region: { probabilities: { "North America": 0.3, Europe: 0.35, "Asia-Pacific": 0.2, "Latin America": 0.15 } as Record<Region, number> },
  /** Sites per region; site codes are the region's prefix and a number (NA01, EU03, ...). */
  sites: { "North America": 6, Europe: 8, "Asia-Pacific": 5, "Latin America": 4 } as Record<Region, number>,
  consent_withdrawn: { p: 0.025 },
} as const;

export const SITE_PREFIX: Record<Region, string> = { "North America": "NA", Europe: "EU", "Asia-Pacific": "AP", "Latin America": "LA" };

/** Assignment. Randomized: 1:1 permuted blocks of 4 in enrolment order. Confounded: logistic. */
export const ASSIGNMENT_MODEL = {
  randomized: { blockSize: 4, ratio: "1:1" },
  /**
   * P(treated | x) = floor + (ceiling − floor)·logistic(η), η = intercept + age·z_age + severity·z_sev
   * + diabetes·diabetes + prior_therapy·prior_therapy: bounded inside [0.1, 0.9] by construction.
   */
  confounded: { floor: 0.1, ceiling: 0.9, intercept: -0.35, age: 0.6, severity: 0.8, diabetes: 0.8, prior_therapy: -0.4 },
} as const;

/**
 * Prognostic index m(x): the expected change from baseline at the primary visit under control.
 * m(x) = intercept + Σ coef·term + region offset.
 */
export const PROGNOSTIC_MODEL = {
  intercept: 0.5,
  age: -0.25,
  severity: -0.35,
  diabetes: -0.4,
  female: 0.1,
  bmi: -0.1,
  egfr: 0.1,
  prior_therapy: -0.2,
  region: { "North America": 0, Europe: 0.1, "Asia-Pacific": -0.1, "Latin America": 0.05 } as Record<Region, number>,
  /** The selection process makes the outcome depend more strongly on severity. */
  selectionSeverity: -0.8,
} as const;

/** Per-visit outcome series. */
export const OUTCOME_MODEL = {
  /** Continuous: Y_k(t) = m(x)·(week_k / week_K) + t·τ(x)·h_k + ε_k, ε AR(1) with this ρ and SD 1. */
  residualSd: 1,
  ar1: 0.6,
  /** Binary: p_k(t) = c + a·tanh((m(x) − center)/scale) + t·τ(x)·h_k; Y_k = 1{Φ(ε_k) < p_k}. */
  binary: { center: 0.5, scale: 0.4, maxAmplitude: 0.3, floor: 0.05, ceiling: 0.95 },
  /** Lagged: h(w) = (1 − exp(−(w − lag)/tau))₊ / (1 − exp(−(W − lag)/tau)), so h(W) = 1. */
  lag: { lagWeeks: 4, timeConstantWeeks: 8 },
  /** Heterogeneous: τ(x) = τ + δ_region + δ_prior, the raw offsets centred on their population shares. */
  heterogeneity: {
    region: { "North America": 0.15, Europe: 0, "Asia-Pacific": -0.25, "Latin America": -0.1 } as Record<Region, number>,
    priorTherapy: -0.3,
  },
  rounding: { continuous: 0.001 },
} as const;

/** Visits: schedule, window jitter, missed visits. */
export const VISIT_MODEL = {
  /**
   * Actual date = scheduled + min(window, round(|N(0, sd)|)) days: on the scheduled day or up to
   * 3 days later, never earlier, so a visit that happened by a data cut was also due by it.
   */
  jitter: { sd: 1.5, windowDays: 3 },
  /** logit P(missed) = intercept + age·z_age (independent visits). The primary visit can be missed. */
  missed: { intercept: -3.0, age: -0.15 },
} as const;

/** Vitals, labs and exposure at each attended visit (k = 0 is the baseline visit on the enrolment day). */
export const VITALS_MODEL = {
  heart_rate: { intercept: 72, female: 2, subjectSd: 7, visitSd: 5, min: 40, max: 160 },
  /** sbp = intercept + age·z_age + bmi·z_bmi + diabetes·diabetes + treated·[k ≥ 1] + b_i + e */
  sbp: { intercept: 126, age: 5, bmi: 3, diabetes: 4, treatedOnTreatment: 4, subjectSd: 10, visitSd: 7, min: 80, max: 220 },
  /** dbp = intercept + slope·sbp + b_i + e */
  dbp: { intercept: 21, sbpSlope: 0.45, subjectSd: 4, visitSd: 4, min: 40, max: 130 },
  temperature: { mean: 36.8, sd: 0.25 },
  /** weight = bmi·height² + b_i + e */
  weight: { subjectSd: 0, visitSd: 0.8 },
  /** log alt = log(intercept) + diabetes·diabetes + treated·[k ≥ 1] + b_i + e */
  alt: { intercept: 24, diabetes: 0.15, treatedOnTreatment: 0.3, subjectSd: 0.3, visitSd: 0.2 },
  /** log creatinine = log(scale·(70/egfr)^power·(female ? femaleFactor : 1)) + e */
  creatinine: { scale: 0.95, power: 1.1, femaleFactor: 0.8, visitSd: 0.06 },
  hemoglobin: { male: 14.6, female: 13.2, lowEgfr: -0.6, lowEgfrBelow: 45, subjectSd: 0.9, visitSd: 0.4 },
  /** Study drug (mg/day); placebo records 0. A severe adverse event on active drug halves the dose. */
  exposure: { dose: { treated: 100, reduced: 50, control: 0 }, compliance: { mean: 0.92, perMissedVisit: -0.02, sd: 0.07 } },
} as const;

/**
 * Adverse events: in each visit interval, a Poisson number of events of each kind with rate
 * (per 28 days) exp(log(base) + Σ coef·term), the terms taken from the last attended visit
 * (the baseline visit for the first interval); the rate scales with the interval's length.
 */
export const ADVERSE_EVENT_MODEL = {
  general: {
    baseRatePer28Days: 0.1,
    treated: 0.35,
    age: 0.1,
    terms: ["Headache", "Nausea", "Fatigue", "Dizziness", "Diarrhoea", "Nasopharyngitis", "Rash", "Arthralgia"],
    severity: { mild: 0.65, moderate: 0.28, severe: 0.07 },
  },
  hypertension: {
    baseRatePer28Days: 0.015,
    /** per 10 mmHg of sbp above 130 */
    sbpPer10: 0.8,
    treated: 0.3,
    term: "Hypertension",
    severity: { mild: 0.5, moderate: 0.35, severe: 0.15 },
  },
  hepatic: {
    baseRatePer28Days: 0.01,
    /** per doubling of alt above 25 U/L: log2(alt/25) */
    log2AltOver25: 1.5,
    treated: 0.4,
    term: "Hepatic enzyme increased",
    severity: { mild: 0.4, moderate: 0.35, severe: 0.25 },
  },
  /** P(serious | severity) */
  serious: { mild: 0, moderate: 0.03, severe: 0.4 },
  /** P(related | arm, kind) as assessed by the investigator */
  related: { treated: 0.55, treatedHepatic: 0.8, control: 0.2 },
} as const;

/**
 * The vitals-driven adverse-event model (studies with `adverseEventModel: "vitals-driven"`): the
 * same kinds, terms, severities and seriousness as ADVERSE_EVENT_MODEL, but every rate follows
 * the last measured vitals, as in a study whose safety signal a monitoring model should find:
 *
 *   acute = hr·(heart_rate − 72)/10 + temperature·(temperature − 36.8)/0.25
 *   general:      base · exp(0.35·treated + 0.10·z_age + acute)
 *   hypertension: base · exp(sbpPer10·(sbp − 130)/10 + 0.3·treated)
 *   hepatic:      base · exp(log2AltOver25·log2(alt/25) + 0.4·treated)
 */
export const VITALS_DRIVEN_ADVERSE_EVENT_MODEL = {
  general: { baseRatePer28Days: 0.006, treated: 0.35, age: 0.1, heartRatePer10: 2.8, temperaturePerQuarterDegree: 0.3 },
  hypertension: { baseRatePer28Days: 0.006, sbpPer10: 3.0, treated: 0.3 },
  hepatic: { baseRatePer28Days: 0.004, log2AltOver25: 4.0, treated: 0.4 },
} as const;

/**
 * Dropout: discrete-time competing risks per visit interval. Each reason c has
 * logit p_c = intercept + Σ coef·term; P(discontinue in the interval) = 1 − Π_c(1 − p_c); the
 * reason is c with probability p_c / Σ p. Terms: ae = adverse events in the interval,
 * serious = serious ones, missed = visits missed so far, z_age, treated.
 */
export const DROPOUT_MODEL = {
  "adverse event": { intercept: -5.0, ae: 1.0, serious: 2.0 },
  "lack of efficacy": { intercept: -4.4, treated: -0.6 },
  "withdrew consent": { intercept: -5.3 },
  "lost to follow-up": { intercept: -5.2, missed: 1.2, age: -0.25 },
  /** Selection process only: lack of efficacy also depends on severity, differently by arm. */
  selection: { reason: "lack of efficacy", severityControl: 1.3, severityTreated: -0.3, intercept: 0.5 },
} as const;

/**
 * Time to clinical worsening (the synthetic time-to-event endpoint, generator 1.1.0): a Weibull
 * proportional-hazards model with a conditional treatment effect,
 *
 *   h(t | x, a) = h₀(t) · exp(η(x) + β·a),   h₀(t) = (shape/scale)·(t/scale)^(shape − 1)  (t in days),
 *   η(x) = severity·z_sev + age·z_age + diabetes·diabetes + egfr·z_egfr + prior_therapy·prior_therapy,
 *
 * so S(t | x, a) = exp(−(t/scale)^shape · exp(η(x) + β·a)). β is the conditional log hazard ratio
 * (the same in every synthetic study and process). η shares the confounders of the confounded
 * assignment (age, severity, diabetes, prior therapy), so a naive comparison there is biased.
 * Both potential event times come from one uniform U of the subject's own stream
 * ("time-to-event"): T(a) = scale·(−ln U / exp(η + β·a))^(1/shape). Drawn from a separate stream,
 * the endpoint leaves every other draw of the generator, and so every other column, unchanged.
 * The event does not end follow-up; the subject is censored at discontinuation, at the primary
 * visit (the end of planned follow-up) or at the data cut.
 */
export const TIME_TO_EVENT_MODEL = {
  label: "Time to clinical worsening",
  weibull: { shape: 1.3, scaleDays: 280 },
  /** ln 0.7 through the estimators' `ln` (the same bits in every engine). */
  logHazardRatio: ln(0.7),
  linearPredictor: { severity: 0.5, age: 0.15, diabetes: 0.4, egfr: -0.2, prior_therapy: 0.3 },
  /** Monte Carlo of the true marginal estimands: covariate draws before eligibility, and the stream's label. */
  truthDraws: 100_000,
  truthStream: "time-to-event-truth",
} as const;

export type DropoutReason = "adverse event" | "lack of efficacy" | "withdrew consent" | "lost to follow-up";
export const DROPOUT_REASONS: DropoutReason[] = ["adverse event", "lack of efficacy", "withdrew consent", "lost to follow-up"];

export const logistic = (x: number): number => 1 / (1 + exp(-x));

/**
 * Rounds to a multiple of `step` (1, 0.1, 0.01, 0.001): round(x·n)/n with n = 1/step, which is the
 * double nearest the decimal (so 0.3, never 0.30000000000000004).
 *
 * @example roundTo(1.2345, 0.01) // => 1.23
 */
export function roundTo(x: number, step: number): number {
  const n = Math.round(1 / step);
  return Math.round(x * n) / n;
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
