/**
 * The typed shape of a study configuration. The registry (`registry.ts`) is the one place that
 * lists studies; everything else (loaders, routes, sidebar, pickers, tests) is derived from it.
 */

import type { AnalysisCovariate, AnalysisParameterOverrides, PrespecifiedMethod } from "@trial/estimators";

/** A calendar month of a data cut, `YYYY-MM`. The cut is taken at the end of that month. */
export type Month = string;

export interface Arm {
  /** Value of the treatment column in the snapshot (e.g. "PBO", "TRT"). */
  code: string;
  label: string;
  /** The causal contrast is treated vs control; exactly one control arm per study. */
  role: "control" | "treated";
}

/**
 * A predicate over one subject-level column. Data, not code, so that a reviewer can read the
 * criteria in the config and in the CONSORT log that the loader writes from them.
 */
export type Rule =
  | { column: string; between: [number, number] }
  | { column: string; lt: number }
  | { column: string; gt: number }
  | { column: string; equals: string | number | boolean }
  | { column: string; in: Array<string | number> };

export interface Criterion {
  id: string;
  /** Human-readable wording, as it appears in the CONSORT log. */
  label: string;
  /** Inclusion: subjects must satisfy the rule. Exclusion: subjects satisfying it are excluded. */
  kind: "inclusion" | "exclusion";
  rule: Rule;
}

/** The synthetic data-generating processes, each with an embedded ground truth. */
export type ProcessName = "linear" | "confounded" | "heterogeneous" | "lagged" | "selection";

export type OutcomeType = "continuous" | "binary";

export interface SyntheticSource {
  kind: "synthetic";
  seed: number;
  process: ProcessName;
  outcome: OutcomeType;
  /** Subjects assessed for eligibility (screened); 500 to 5,000 are enrolled after criteria. */
  nScreened: number;
  /** First month of enrolment, `YYYY-MM`. */
  firstEnrolment: Month;
  /** Months over which subjects are enrolled (uniformly, by month). */
  enrolmentMonths: number;
  /** Scheduled follow-up; the primary endpoint is assessed at the last scheduled visit. */
  followUpWeeks: number;
  visitIntervalWeeks: number;
  /** True average treatment effect on the outcome scale (risk difference for binary). */
  trueEffect: number;
  /** Treatment assignment: randomized 1:1, or confounded by baseline covariates (observational). */
  assignment: "randomized" | "confounded";
  /**
   * How adverse events arise (data-loaders/synthetic/adverse-events.ts). "standard" (the default):
   * mostly unrelated to what is measured, only hypertension and hepatic events follow sbp and ALT.
   * "vitals-driven": every kind's rate rises steeply with the last measured heart rate,
   * temperature, sbp and ALT, so a safety-monitoring model has a real signal to find.
   */
  adverseEventModel?: "standard" | "vitals-driven";
}

/** One input file of a real study and what the loader needs to read it. */
export interface SourceFile {
  /** Path as resolved at registry load (absolute, or relative to the project root). */
  path: string;
  format: "xpt" | "dataset-json" | "csv" | "parquet";
}

/**
 * The CDISC pilot study (SDTM + ADaM files in a directory outside the repository). The loader
 * derives the snapshot tables from SDTM and takes from ADaM only what the supplied SDTM lacks
 * (ADAS-Cog, CIBIC+, MMSE, education: their SDTM domains QS and SC are not in the package).
 */
export interface CdiscSource {
  kind: "cdisc";
  /** Directory holding `sdtm/`, `adam/` (and `datasetjson/`). */
  dir: string;
  /** Which copy of DM, DS, AE, EX, SV to read (the two give identical snapshots). */
  sdtmFormat: "xpt" | "dataset-json";
  outcome: OutcomeType;
  assignment: "randomized" | "confounded";
}

/** Inclusive plausibility bounds of a numeric column of a snapshot table. */
export interface PlausibilityRange {
  table: "subjects" | "visits" | "adverse_events";
  column: string;
  min: number;
  max: number;
  /** Unit and wording for the error message and README, e.g. "heart rate, beats/min". */
  label: string;
}

/** A bring-your-own study, defined by a JSON config (see docs/bring-your-own.md). */
export interface ByoSource {
  kind: "byo";
  /** The config file this study came from (absolute path). */
  configFile: string;
  outcome: OutcomeType;
  assignment: "randomized" | "confounded";
}

export type StudySource = SyntheticSource | CdiscSource | ByoSource;

/**
 * The pre-specified primary analysis of a randomized study, as its protocol and statistical
 * analysis plan state it: what is analysed (outcome, visit, population, imputation rule), the
 * model (the arm, other factors, continuous covariates; ANCOVA or standardization and its
 * standard error), the planned contrasts and, where the arms are doses of one drug, the doses.
 * src/foundation/prespecified-analysis.ts computes it (build and page alike); analysis.json holds
 * the result under `prespecified`.
 */
export interface PrespecifiedAnalysisPlan {
  /** e.g. "ANCOVA of the ADAS-Cog(11) change from baseline to week 24 (LOCF)". */
  title: string;
  /** Where it is specified, e.g. "CSR Table 14-3.01; SAP section 11.1". */
  reference: string;
  outcome: {
    /** Subject-level column of the snapshot. */
    column: string;
    label: string;
    /** Which direction favours treatment: a lower (e.g. ADAS-Cog, a disability score) or a higher value. */
    better: "lower" | "higher";
  };
  /** The visit the outcome is taken at, e.g. "Week 24". */
  visit: string;
  /** The analysis population: its name and the subject-level rule that selects it (absent: every subject of the snapshot). */
  population: { label: string; rule?: Rule };
  /**
   * How a missing value at the visit is handled. "locf": the snapshot's outcome column already
   * carries the last observation forward (its loader derived it), `flagColumn` (1 = carried
   * forward) counts the imputed values; "none": observed cases, subjects without the outcome are
   * left out and counted.
   */
  imputation: { rule: "locf" | "none"; description: string; flagColumn?: string };
  /** Factors of the model besides the arm (e.g. pooled site group). */
  factors: string[];
  /** Continuous covariates (the baseline value first, by convention). */
  covariates: string[];
  /** ANCOVA (classical, HC0 or HC3 standard errors; LS-mean weights) or standardization. */
  method: PrespecifiedMethod;
  /** Planned comparisons `treated − reference` by arm code (default: each treated arm against the control). */
  contrasts?: Array<{ treated: string; reference: string }>;
  /** The dose of each arm code, for the dose-response test (ANCOVA only). */
  doses?: Record<string, number>;
}

/**
 * How the CSR's Section 14 tables of a study print (src/analysis/trial-tables/), where the study's
 * report has its own layout (the CDISC pilot's published tables). Absent: the generic layout
 * (Table 14-2.01 by the study's covariates under their column names, discontinuation reasons as
 * the snapshot spells them, comparisons by the arms' labels).
 */
export interface CsrTableLayout {
  /** Table 14-2.01's blocks in print order: snapshot columns with the CSR's labels and levels. */
  demographics?: Array<
    | { kind: "continuous"; column: string; label: string }
    | { kind: "categorical"; column: string; label: string; showN?: boolean; levels: Array<{ value: string | number; label: string }> }
  >;
  /** Table 14-1.02's reasons for early termination in print order: the snapshot's `disc_reason` value, the printed label; `test` adds Fisher's p. */
  dispositionReasons?: Array<{ value: string; label: string; test?: boolean }>;
  /** Labels of the efficacy tables' comparisons, e.g. "p-value(Xan - Placebo)" and "p-value(Xan High - Xan Low)". */
  comparisonLabels?: { treated: string; arms: Record<string, string> };
  /** A note appended to a table's footnotes by table number, e.g. where the build knowingly differs from the published table. */
  notes?: Record<string, string>;
}

export interface StudyConfig<S extends StudySource = StudySource> {
  id: string;
  title: string;
  /** One sentence on the design, shown on the overview page. */
  design: string;
  indication: string;
  source: S;
  /** Plausibility ranges checked before a snapshot is written, adding to and overriding the default ranges column by column (data-loaders/contracts/plausibility.ts). */
  plausibility?: PlausibilityRange[];
  /** Prespecified subgroups (subject-level columns), for the analysis pages. */
  subgroups?: string[];
  arms: Arm[];
  /** Data-cut months published for this study, ascending. */
  dataCuts: Month[];
  criteria: Criterion[];
  /** Baseline covariates used in Table 1 and (later) the propensity and outcome models. */
  covariates: string[];
  /** Name of the primary outcome column in the subject-level snapshot. */
  primaryOutcome: string;
  /**
   * How the pages and analysis.json name the primary outcome, e.g. "Change in systolic blood
   * pressure at week 12, mmHg". Default: "Change from baseline at the primary visit (<column>)"
   * for a continuous outcome, "Response at the primary visit (<column>)" for a binary one.
   */
  primaryOutcomeLabel?: string;
  /**
   * Overrides of the primary analysis' parameters (trimming, bootstrap B and seed, gate
   * thresholds, …; see `defaultAnalysisParameters` in @trial/estimators). Default: none.
   */
  analysis?: AnalysisParameterOverrides;
  /**
   * Covariates of the primary analysis' propensity and outcome models, when they differ from
   * `covariates` (Table 1); a categorical one may pool rare levels (`{name, type: "categorical",
   * poolBelow}`). Default: `covariates`.
   */
  analysisCovariates?: AnalysisCovariate[];
  /**
   * The pre-specified primary analysis (randomized studies): shown first on the analysis page,
   * with the causal estimators beside it as supportive analyses. Absent: none is declared.
   */
  prespecified?: PrespecifiedAnalysisPlan;
  /** The CSR tables' own layout (labels, blocks, reasons), where the study's report has one. */
  csrTables?: CsrTableLayout;
}

/** A study whose data the synthetic generator makes. */
export type SyntheticStudyConfig = StudyConfig<SyntheticSource>;

/** Narrows a study to a synthetic one; throws naming the study otherwise. */
export function asSynthetic(config: StudyConfig): SyntheticStudyConfig {
  if (config.source.kind !== "synthetic") throw new Error(`${config.id}: not a synthetic study (source kind ${config.source.kind})`);
  return config as SyntheticStudyConfig;
}
