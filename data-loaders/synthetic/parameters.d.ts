/** Version of the generator's equations and coefficients (semver). */
export declare const GENERATOR_VERSION = "1.0.0";
export declare const GENERATOR_NAME = "synthetic-edc";
export declare const REGIONS: readonly ["North America", "Europe", "Asia-Pacific", "Latin America"];
export type Region = (typeof REGIONS)[number];
/** Baseline covariates of the screened population (before eligibility). */
export declare const COVARIATE_MODEL: {
    readonly age: {
        readonly mean: 60;
        readonly sd: 14;
        readonly rounding: "whole years";
    };
    readonly female: {
        readonly p: 0.52;
    };
    /** Height (m) is not recorded at baseline; it converts BMI to the weight recorded at visits. */
    readonly height: {
        readonly female: {
            readonly mean: 1.63;
            readonly sd: 0.065;
        };
        readonly male: {
            readonly mean: 1.77;
            readonly sd: 0.07;
        };
    };
    readonly bmi: {
        readonly mean: 28;
        readonly sd: 5;
        readonly min: 16;
        readonly max: 55;
        readonly rounding: "0.1";
    };
    readonly baseline_severity: {
        readonly mean: 18.5;
        readonly sd: 6;
        readonly min: 0;
        readonly rounding: "0.1";
    };
    /** logit P(diabetes) = intercept + age·z_age + bmi·z_bmi */
    readonly diabetes: {
        readonly intercept: -1.3;
        readonly age: 0.35;
        readonly bmi: 0.45;
    };
    /** egfr = intercept + age·z_age + diabetes·diabetes + N(0, sd), clipped to [min, max] */
    readonly egfr: {
        readonly intercept: 68;
        readonly age: -7;
        readonly diabetes: -6;
        readonly sd: 18;
        readonly min: 5;
        readonly max: 140;
        readonly rounding: "0.1";
    };
    /** Independent of everything else, so segment-level truths are exact. */
    readonly prior_therapy: {
        readonly p: 0.4;
    };
    readonly region: {
        readonly probabilities: Record<Region, number>;
    };
    /** Sites per region; site codes are the region's prefix and a number (NA01, EU03, ...). */
    readonly sites: Record<Region, number>;
    readonly consent_withdrawn: {
        readonly p: 0.025;
    };
};
export declare const SITE_PREFIX: Record<Region, string>;
/** Assignment. Randomized: 1:1 permuted blocks of 4 in enrolment order. Confounded: logistic. */
export declare const ASSIGNMENT_MODEL: {
    readonly randomized: {
        readonly blockSize: 4;
        readonly ratio: "1:1";
    };
    /**
     * P(treated | x) = floor + (ceiling − floor)·logistic(η), η = intercept + age·z_age + severity·z_sev
     * + diabetes·diabetes + prior_therapy·prior_therapy: bounded inside [0.1, 0.9] by construction.
     */
    readonly confounded: {
        readonly floor: 0.1;
        readonly ceiling: 0.9;
        readonly intercept: -0.35;
        readonly age: 0.6;
        readonly severity: 0.8;
        readonly diabetes: 0.8;
        readonly prior_therapy: -0.4;
    };
};
/**
 * Prognostic index m(x): the expected change from baseline at the primary visit under control.
 * m(x) = intercept + Σ coef·term + region offset.
 */
export declare const PROGNOSTIC_MODEL: {
    readonly intercept: 0.5;
    readonly age: -0.25;
    readonly severity: -0.35;
    readonly diabetes: -0.4;
    readonly female: 0.1;
    readonly bmi: -0.1;
    readonly egfr: 0.1;
    readonly prior_therapy: -0.2;
    readonly region: Record<Region, number>;
    /** The selection process makes the outcome depend more strongly on severity. */
    readonly selectionSeverity: -0.8;
};
/** Per-visit outcome series. */
export declare const OUTCOME_MODEL: {
    /** Continuous: Y_k(t) = m(x)·(week_k / week_K) + t·τ(x)·h_k + ε_k, ε AR(1) with this ρ and SD 1. */
    readonly residualSd: 1;
    readonly ar1: 0.6;
    /** Binary: p_k(t) = c + a·tanh((m(x) − center)/scale) + t·τ(x)·h_k; Y_k = 1{Φ(ε_k) < p_k}. */
    readonly binary: {
        readonly center: 0.5;
        readonly scale: 0.4;
        readonly maxAmplitude: 0.3;
        readonly floor: 0.05;
        readonly ceiling: 0.95;
    };
    /** Lagged: h(w) = (1 − exp(−(w − lag)/tau))₊ / (1 − exp(−(W − lag)/tau)), so h(W) = 1. */
    readonly lag: {
        readonly lagWeeks: 4;
        readonly timeConstantWeeks: 8;
    };
    /** Heterogeneous: τ(x) = τ + δ_region + δ_prior, the raw offsets centred on their population shares. */
    readonly heterogeneity: {
        readonly region: Record<Region, number>;
        readonly priorTherapy: -0.3;
    };
    readonly rounding: {
        readonly continuous: 0.001;
    };
};
/** Visits: schedule, window jitter, missed visits. */
export declare const VISIT_MODEL: {
    /**
     * Actual date = scheduled + min(window, round(|N(0, sd)|)) days: on the scheduled day or up to
     * 3 days later, never earlier, so a visit that happened by a data cut was also due by it.
     */
    readonly jitter: {
        readonly sd: 1.5;
        readonly windowDays: 3;
    };
    /** logit P(missed) = intercept + age·z_age (independent visits). The primary visit can be missed. */
    readonly missed: {
        readonly intercept: -3;
        readonly age: -0.15;
    };
};
/** Vitals, labs and exposure at each attended visit (k = 0 is the baseline visit on the enrolment day). */
export declare const VITALS_MODEL: {
    readonly heart_rate: {
        readonly intercept: 72;
        readonly female: 2;
        readonly subjectSd: 7;
        readonly visitSd: 5;
        readonly min: 40;
        readonly max: 160;
    };
    /** sbp = intercept + age·z_age + bmi·z_bmi + diabetes·diabetes + treated·[k ≥ 1] + b_i + e */
    readonly sbp: {
        readonly intercept: 126;
        readonly age: 5;
        readonly bmi: 3;
        readonly diabetes: 4;
        readonly treatedOnTreatment: 4;
        readonly subjectSd: 10;
        readonly visitSd: 7;
        readonly min: 80;
        readonly max: 220;
    };
    /** dbp = intercept + slope·sbp + b_i + e */
    readonly dbp: {
        readonly intercept: 21;
        readonly sbpSlope: 0.45;
        readonly subjectSd: 4;
        readonly visitSd: 4;
        readonly min: 40;
        readonly max: 130;
    };
    readonly temperature: {
        readonly mean: 36.8;
        readonly sd: 0.25;
    };
    /** weight = bmi·height² + b_i + e */
    readonly weight: {
        readonly subjectSd: 0;
        readonly visitSd: 0.8;
    };
    /** log alt = log(intercept) + diabetes·diabetes + treated·[k ≥ 1] + b_i + e */
    readonly alt: {
        readonly intercept: 24;
        readonly diabetes: 0.15;
        readonly treatedOnTreatment: 0.3;
        readonly subjectSd: 0.3;
        readonly visitSd: 0.2;
    };
    /** log creatinine = log(scale·(70/egfr)^power·(female ? femaleFactor : 1)) + e */
    readonly creatinine: {
        readonly scale: 0.95;
        readonly power: 1.1;
        readonly femaleFactor: 0.8;
        readonly visitSd: 0.06;
    };
    readonly hemoglobin: {
        readonly male: 14.6;
        readonly female: 13.2;
        readonly lowEgfr: -0.6;
        readonly lowEgfrBelow: 45;
        readonly subjectSd: 0.9;
        readonly visitSd: 0.4;
    };
    /** Study drug (mg/day); placebo records 0. A severe adverse event on active drug halves the dose. */
    readonly exposure: {
        readonly dose: {
            readonly treated: 100;
            readonly reduced: 50;
            readonly control: 0;
        };
        readonly compliance: {
            readonly mean: 0.92;
            readonly perMissedVisit: -0.02;
            readonly sd: 0.07;
        };
    };
};
/**
 * Adverse events: in each visit interval, a Poisson number of events of each kind with rate
 * (per 28 days) exp(log(base) + Σ coef·term), the terms taken from the last attended visit
 * (the baseline visit for the first interval); the rate scales with the interval's length.
 */
export declare const ADVERSE_EVENT_MODEL: {
    readonly general: {
        readonly baseRatePer28Days: 0.1;
        readonly treated: 0.35;
        readonly age: 0.1;
        readonly terms: readonly ["Headache", "Nausea", "Fatigue", "Dizziness", "Diarrhoea", "Nasopharyngitis", "Rash", "Arthralgia"];
        readonly severity: {
            readonly mild: 0.65;
            readonly moderate: 0.28;
            readonly severe: 0.07;
        };
    };
    readonly hypertension: {
        readonly baseRatePer28Days: 0.015;
        /** per 10 mmHg of sbp above 130 */
        readonly sbpPer10: 0.8;
        readonly treated: 0.3;
        readonly term: "Hypertension";
        readonly severity: {
            readonly mild: 0.5;
            readonly moderate: 0.35;
            readonly severe: 0.15;
        };
    };
    readonly hepatic: {
        readonly baseRatePer28Days: 0.01;
        /** per doubling of alt above 25 U/L: log2(alt/25) */
        readonly log2AltOver25: 1.5;
        readonly treated: 0.4;
        readonly term: "Hepatic enzyme increased";
        readonly severity: {
            readonly mild: 0.4;
            readonly moderate: 0.35;
            readonly severe: 0.25;
        };
    };
    /** P(serious | severity) */
    readonly serious: {
        readonly mild: 0;
        readonly moderate: 0.03;
        readonly severe: 0.4;
    };
    /** P(related | arm, kind) as assessed by the investigator */
    readonly related: {
        readonly treated: 0.55;
        readonly treatedHepatic: 0.8;
        readonly control: 0.2;
    };
};
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
export declare const VITALS_DRIVEN_ADVERSE_EVENT_MODEL: {
    readonly general: {
        readonly baseRatePer28Days: 0.006;
        readonly treated: 0.35;
        readonly age: 0.1;
        readonly heartRatePer10: 2.8;
        readonly temperaturePerQuarterDegree: 0.3;
    };
    readonly hypertension: {
        readonly baseRatePer28Days: 0.006;
        readonly sbpPer10: 3;
        readonly treated: 0.3;
    };
    readonly hepatic: {
        readonly baseRatePer28Days: 0.004;
        readonly log2AltOver25: 4;
        readonly treated: 0.4;
    };
};
/**
 * Dropout: discrete-time competing risks per visit interval. Each reason c has
 * logit p_c = intercept + Σ coef·term; P(discontinue in the interval) = 1 − Π_c(1 − p_c); the
 * reason is c with probability p_c / Σ p. Terms: ae = adverse events in the interval,
 * serious = serious ones, missed = visits missed so far, z_age, treated.
 */
export declare const DROPOUT_MODEL: {
    readonly "adverse event": {
        readonly intercept: -5;
        readonly ae: 1;
        readonly serious: 2;
    };
    readonly "lack of efficacy": {
        readonly intercept: -4.4;
        readonly treated: -0.6;
    };
    readonly "withdrew consent": {
        readonly intercept: -5.3;
    };
    readonly "lost to follow-up": {
        readonly intercept: -5.2;
        readonly missed: 1.2;
        readonly age: -0.25;
    };
    /** Selection process only: lack of efficacy also depends on severity, differently by arm. */
    readonly selection: {
        readonly reason: "lack of efficacy";
        readonly severityControl: 1.3;
        readonly severityTreated: -0.3;
        readonly intercept: 0.5;
    };
};
export type DropoutReason = "adverse event" | "lack of efficacy" | "withdrew consent" | "lost to follow-up";
export declare const DROPOUT_REASONS: DropoutReason[];
export declare const logistic: (x: number) => number;
/**
 * Rounds to a multiple of `step` (1, 0.1, 0.01, 0.001): round(x·n)/n with n = 1/step, which is the
 * double nearest the decimal (so 0.3, never 0.30000000000000004).
 *
 * @example roundTo(1.2345, 0.01) // => 1.23
 */
export declare function roundTo(x: number, step: number): number;
export declare const clamp: (x: number, lo: number, hi: number) => number;
