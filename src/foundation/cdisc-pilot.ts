/**
 * The CDISC pilot study CDISCPILOT01 (Xanomeline transdermal patch in mild-to-moderate
 * Alzheimer's disease; placebo, low dose 54 mg, high dose 81 mg). Its files are public data that a
 * user supplies outside the repository: `$TRIAL_CDISC_DIR`, by default
 * `../shared/data/cdiscpilot01` relative to the project root. When they are absent the study is
 * left out of the registry with a plain message on stderr, except in CI (`CI=true`), where a
 * missing source is an error.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CdiscSource, PlausibilityRange, StudyConfig } from "./study-config.ts";

/** A categorical block's levels from [value, printed label] pairs. */
const levels = (...pairs: Array<[string | number, string]>) => pairs.map(([value, label]) => ({ value, label }));

/** The project root (this file is src/studies/cdisc-pilot.ts). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The files the CDISC loader reads, relative to the data directory (XPT copies of SDTM). */
export const CDISC_REQUIRED_FILES = [
  "sdtm/dm.xpt",
  "sdtm/suppdm.xpt",
  "sdtm/ds.xpt",
  "sdtm/ae.xpt",
  "sdtm/ex.xpt",
  "sdtm/sv.xpt",
  "sdtm/vs.xpt",
  "sdtm/lb.xpt",
  "sdtm/mh.xpt",
  "adam/adsl.xpt",
  "adam/adadas.xpt",
  "adam/adqscibc.xpt",
] as const;

/** The data directory: `$TRIAL_CDISC_DIR` or `../shared/data/cdiscpilot01` beside the project. */
export function cdiscDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.TRIAL_CDISC_DIR;
  return dir !== undefined && dir !== "" ? path.resolve(projectRoot, dir) : path.resolve(projectRoot, "../shared/data/cdiscpilot01");
}

/**
 * The format DM, DS, AE, EX and SV are read in: `$TRIAL_CDISC_FORMAT` (`xpt`, the default, or
 * `dataset-json` for the Dataset-JSON copies in `datasetjson/`).
 */
export function cdiscSdtmFormat(env: NodeJS.ProcessEnv = process.env): CdiscSource["sdtmFormat"] {
  const format = env.TRIAL_CDISC_FORMAT;
  if (format === undefined || format === "" || format === "xpt") return "xpt";
  if (format === "dataset-json") return "dataset-json";
  throw new Error(`TRIAL_CDISC_FORMAT must be "xpt" or "dataset-json" (got ${JSON.stringify(format)})`);
}

/** Plausibility ranges of the CDISC pilot (inclusive), checked before a snapshot is written. */
export const CDISC_PLAUSIBILITY: PlausibilityRange[] = [
  { table: "subjects", column: "age", min: 18, max: 110, label: "age, years" },
  { table: "subjects", column: "bmi", min: 10, max: 70, label: "body-mass index, kg/m²" },
  { table: "subjects", column: "mmse", min: 0, max: 30, label: "MMSE total, 0-30" },
  { table: "subjects", column: "baseline_adas", min: 0, max: 70, label: "ADAS-Cog(11) total, 0-70" },
  { table: "visits", column: "heart_rate", min: 40, max: 200, label: "heart rate, beats/min" },
  { table: "visits", column: "sbp", min: 60, max: 250, label: "systolic blood pressure, mmHg" },
  { table: "visits", column: "dbp", min: 30, max: 150, label: "diastolic blood pressure, mmHg" },
  { table: "visits", column: "temperature", min: 34, max: 42, label: "body temperature, °C" },
  { table: "visits", column: "weight", min: 25, max: 250, label: "weight, kg" },
];

export const cdiscPilotStudy: StudyConfig<CdiscSource> = {
  id: "CDISCPILOT01",
  title: "CDISC pilot: Xanomeline in Alzheimer's disease (real data)",
  design: "Randomized, double-blind, placebo-controlled, 26 weeks; placebo vs Xanomeline low dose (54 mg) vs high dose (81 mg) transdermal patch.",
  indication: "Mild to moderate Alzheimer's disease",
  source: { kind: "cdisc", dir: cdiscDataDir(), sdtmFormat: cdiscSdtmFormat(), outcome: "continuous", assignment: "randomized" },
  arms: [
    { code: "Pbo", label: "Placebo", role: "control" },
    { code: "Xan_Lo", label: "Xanomeline low dose", role: "treated" },
    { code: "Xan_Hi", label: "Xanomeline high dose", role: "treated" },
  ],
  // The last date in the data is 2015-03-05 (DS, SV, VS, LB): one data cut, at the end of that month.
  dataCuts: ["2015-03"],
  criteria: [
    { id: "E1", kind: "exclusion", label: "Screen failure (not randomized)", rule: { column: "screen_failure", equals: true } },
    { id: "I1", kind: "inclusion", label: "Intent-to-treat population (randomized)", rule: { column: "itt", equals: 1 } },
  ],
  covariates: ["baseline_adas", "site_group", "age", "female", "race", "bmi", "mmse", "disease_duration", "education"],
  primaryOutcome: "adas_chg",
  // Primary analysis (as the pilot's ANCOVA): baseline ADAS-Cog(11) and pooled site group; site
  // groups with fewer than 8 subjects with the outcome in an arm are pooled further, so that
  // every level is present in both arms' outcome models and in the bootstrap resamples.
  analysisCovariates: ["baseline_adas", { name: "site_group", type: "categorical", poolBelow: 8 }],
  // A resample can still leave a small site group out of one arm (about 1 replicate in 200): such
  // replicates are dropped, at most 1% of them, and the page reports how many.
  analysis: { bootstrap: { maxFailureFraction: 0.01 } },
  plausibility: CDISC_PLAUSIBILITY,
  subgroups: ["female", "age_group", "site_group"],
  // The CSR's primary efficacy analysis (Table 14-3.01, footnotes [1] to [3]): ANCOVA of the
  // ADAS-Cog(11) change from baseline to week 24 (LOCF) on treatment and pooled site group as
  // factors and the baseline score as a covariate, efficacy population; LS means with observed-
  // margin weights (the sponsor's OM), classical standard errors; each dose against placebo and
  // high against low dose, unadjusted for multiplicity; dose response with dose 0, 54 and 81 mg.
  prespecified: {
    title: "ANCOVA of the ADAS-Cog(11) change from baseline to week 24 (LOCF)",
    reference: "CSR Table 14-3.01 (primary efficacy analysis of the statistical analysis plan)",
    outcome: { column: "adas_chg", label: "ADAS-Cog(11) total, change from baseline", better: "lower" },
    visit: "Week 24",
    population: { label: "Efficacy population", rule: { column: "efficacy", equals: 1 } },
    imputation: {
      rule: "locf",
      description:
        "last observation carried forward: a subject without a week-24 ADAS-Cog(11) has the last post-baseline value (derived by the loader, data-loaders/cdisc/locf-endpoint.ts)",
      flagColumn: "adas_locf",
    },
    factors: ["site_group"],
    covariates: ["baseline_adas"],
    method: { kind: "ancova", covariance: "classical", lsMeanWeights: "proportional" },
    contrasts: [
      { treated: "Xan_Lo", reference: "Pbo" },
      { treated: "Xan_Hi", reference: "Pbo" },
      { treated: "Xan_Hi", reference: "Xan_Lo" },
    ],
    doses: { Pbo: 0, Xan_Lo: 54, Xan_Hi: 81 },
  },
  // The published CSR tables' layout (Atorus Research's replication of the pilot's Tables 14-1.02,
  // 14-2.01 and 14-3.01; tests/reference/csr/cdisc-published-tables.json), on the snapshot's columns.
  csrTables: {
    demographics: [
      { kind: "continuous", column: "age", label: "Age (y)" },
      { kind: "categorical", column: "age_group", label: "", levels: levels(["<65", "<65 yrs"], ["65-80", "65-80 yrs"], [">80", ">80 yrs"]) },
      { kind: "categorical", column: "female", label: "Sex", showN: true, levels: levels([0, "Male"], [1, "Female"]) },
      {
        kind: "categorical",
        column: "race_origin",
        label: "Race (Origin)",
        showN: true,
        levels: levels(...["Caucasian", "African Descent", "Hispanic", "Other"].map((v): [string, string] => [v, v])),
      },
      { kind: "continuous", column: "mmse", label: "MMSE" },
      { kind: "continuous", column: "disease_duration", label: "Duration of disease" },
      { kind: "categorical", column: "disease_duration_group", label: "", levels: levels(["<12", "<12 months"], [">=12", ">=12 months"]) },
      { kind: "continuous", column: "education", label: "Years of education" },
      { kind: "continuous", column: "weight", label: "Baseline weight(kg)" },
      { kind: "continuous", column: "height", label: "Baseline height(cm)" },
      { kind: "continuous", column: "bmi", label: "Baseline BMI" },
      { kind: "categorical", column: "bmi_group", label: "", levels: levels(["<25", "<25"], ["25-<30", "25-<30"], [">=30", ">=30"]) },
    ],
    // DS.DSDECOD (lower case) as the CSR prints ADSL's DCREASCD; SDTM codes both "I/E Not Met"
    // and "Protocol Violation" as PROTOCOL VIOLATION, so the CSR's two rows are one here.
    dispositionReasons: [
      { value: "adverse event", label: "Adverse Event", test: true },
      { value: "death", label: "Death" },
      { value: "lack of efficacy", label: "Lack of Efficacy[2]", test: true },
      { value: "lost to follow-up", label: "Lost to Follow-up" },
      { value: "withdrawal by subject", label: "Subject decided to withdraw" },
      { value: "physician decision", label: "Physician decided to withdraw subject" },
      { value: "protocol violation", label: "Protocol violation" },
      { value: "study terminated by sponsor", label: "Sponsor decision" },
    ],
    comparisonLabels: { treated: "Xan", arms: { Pbo: "Placebo", Xan_Lo: "Xan Low", Xan_Hi: "Xan High" } },
    notes: {
      "14-1.02":
        'Note: SDTM DS codes the published reasons "Protocol criteria not met" (3 subjects) and "Protocol violation" (3) both as PROTOCOL VIOLATION, so they are one row here (6).',
      "14-2.01":
        "Note: one low-dose subject has no baseline BMI; the published table counts that subject in the <25 group (47, p = 0.2326), this one in no group (46, p = 0.2235).",
    },
  },
};

/**
 * The study, when its files are there. Absent files: `null` and a plain message on stderr; with
 * `CI=true`, an error instead (CI and the tests have the data and must not silently skip it).
 */
export function cdiscPilotIfPresent(env: NodeJS.ProcessEnv = process.env): StudyConfig | null {
  const dir = cdiscDataDir(env);
  const missing = CDISC_REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length === 0) return { ...cdiscPilotStudy, source: { ...cdiscPilotStudy.source, dir, sdtmFormat: cdiscSdtmFormat(env) } };
  const message = `CDISCPILOT01: source files absent in ${dir} (missing ${missing.join(", ")}); set TRIAL_CDISC_DIR to the CDISC pilot data directory`;
  if (env.CI === "true") throw new Error(`${message}. In CI the CDISC pilot data is required.`);
  process.stderr.write(`${message}. The study is skipped.\n`);
  return null;
}
