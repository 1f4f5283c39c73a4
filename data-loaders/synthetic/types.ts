/**
 * Records of a generated trial: what an EDC would hold over the whole trial (every screened
 * subject, every visit, adverse event and discontinuation, with calendar dates as day numbers),
 * and, separately, the ground truth that no data table carries.
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import type { DropoutReason, Region } from "./parameters.ts";

/** Baseline covariates as recorded at screening (rounded values; the models use these). */
export interface Covariates {
  age: number;
  female: 0 | 1;
  bmi: number;
  baseline_severity: number;
  diabetes: 0 | 1;
  egfr: number;
  prior_therapy: 0 | 1;
  region: Region;
  consent_withdrawn: boolean;
}

/** One screened subject (eligible or not). */
export interface ScreenedSubject extends Covariates {
  /** Draw index; keys this subject's random streams. */
  index: number;
  /** 1-based screening number in date order. */
  seq: number;
  subject_id: string;
  site: string;
  /** Screening day; for eligible subjects also the enrolment (and randomization) day. */
  screen_day: number;
  /** Height in metres: converts BMI to the weight recorded at visits; not a recorded covariate. */
  height: number;
}

export type AeSeverity = "mild" | "moderate" | "severe";

export interface VisitRecord {
  subject_id: string;
  /** 0 = baseline (enrolment day), 1..K scheduled follow-up visits. */
  visit_number: number;
  visit_week: number;
  scheduled_day: number;
  /** Null when the visit was missed. */
  visit_day: number | null;
  status: "completed" | "missed";
  heart_rate: number | null;
  sbp: number | null;
  dbp: number | null;
  temperature: number | null;
  weight: number | null;
  alt: number | null;
  creatinine: number | null;
  hemoglobin: number | null;
  dose_mg: number | null;
  compliance: number | null;
  /** The primary outcome variable measured at this visit (null at baseline and when missed). */
  outcome: number | null;
}

export interface AdverseEventRecord {
  subject_id: string;
  ae_seq: number;
  ae_id: string;
  term: string;
  kind: "general" | "hypertension" | "hepatic";
  onset_day: number;
  severity: AeSeverity;
  serious: boolean;
  related: boolean;
}

export interface DiscontinuationRecord {
  subject_id: string;
  disc_day: number;
  reason: DropoutReason;
  /** The interval (1..K) in which the subject left: visits 1..interval−1 were scheduled before. */
  interval: number;
}

/** An enrolled subject's assignment and follow-up summary. */
export interface EnrolledSubject {
  subject: ScreenedSubject;
  arm: string;
  treated: 0 | 1;
  enrol_day: number;
  /** Day of the primary (last scheduled) visit: actual, or scheduled if missed; null when discontinued before it. */
  completion_day: number | null;
  /** Time to clinical worsening under the assigned arm, days from the start of the enrolment day (uncensored; the cut censors it). */
  event_time: number;
}

/** Per-subject truth: potential outcomes at the primary visit, the true propensity and CATE. */
export interface SubjectTruth {
  subject_id: string;
  treated: 0 | 1;
  propensity: number;
  /** τ(x): the individual's true effect at the primary visit (risk difference for binary). */
  cate: number;
  /** Potential outcomes at the primary visit (0/1 for binary). */
  y0: number;
  y1: number;
  /** Binary only: P(Y = 1) under control and under treatment at the primary visit. */
  p0: number | null;
  p1: number | null;
  segment: string;
  /** Potential times to clinical worsening (days) under control and under treatment. */
  t0: number;
  t1: number;
}

export interface GeneratedTrial {
  config: SyntheticStudyConfig;
  screened: ScreenedSubject[];
  /** Enrolled subjects in enrolment order (screen_day, seq). */
  enrolled: EnrolledSubject[];
  visits: VisitRecord[];
  adverseEvents: AdverseEventRecord[];
  discontinuations: DiscontinuationRecord[];
  /** Not data: the ground truth by subject (keyed by subject_id). */
  subjectTruth: Map<string, SubjectTruth>;
  /** Scheduled follow-up visits after baseline (K) and the days between them. */
  schedule: { visits: number; intervalDays: number; weeks: number[] };
}
