/**
 * The typed shape of a study configuration. The registry (`registry.ts`) is the one place that
 * lists studies; everything else (loaders, routes, sidebar, pickers, tests) is derived from it.
 */

import type { AnalysisParameterOverrides } from "@trial/estimators";

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
}

export interface StudyConfig {
  id: string;
  title: string;
  /** One sentence on the design, shown on the overview page. */
  design: string;
  indication: string;
  source: SyntheticSource;
  arms: Arm[];
  /** Data-cut months published for this study, ascending. */
  dataCuts: Month[];
  criteria: Criterion[];
  /** Baseline covariates used in Table 1 and (later) the propensity and outcome models. */
  covariates: string[];
  /** Name of the primary outcome column in the subject-level snapshot. */
  primaryOutcome: string;
  /**
   * Overrides of the primary analysis' parameters (trimming, bootstrap B and seed, gate
   * thresholds, …; see `defaultAnalysisParameters` in @trial/estimators). Default: none.
   */
  analysis?: AnalysisParameterOverrides;
}
