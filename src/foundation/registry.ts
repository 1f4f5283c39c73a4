/**
 * The study registry: the one place that lists studies. Adding a study is adding an entry here;
 * routes, loaders, the sidebar, the pickers and the tests all derive from this list.
 */
import { byoConfigFiles, formatByoConfigIssue, loadByoStudies, type ByoConfigIssue } from "./byo-config.ts";
import { cdiscPilotIfPresent, projectRoot } from "./cdisc-pilot.ts";
import {
  asSynthetic,
  type Arm,
  type Criterion,
  type Month,
  type PrespecifiedAnalysisPlan,
  type StudyConfig,
  type SyntheticSource,
  type SyntheticStudyConfig,
} from "./study-config.ts";

const twoArms = (control: string, treated: string): Arm[] => [
  { code: "PBO", label: control, role: "control" },
  { code: "TRT", label: treated, role: "treated" },
];

/** Eligibility shared by the synthetic portfolio; each criterion appears in the CONSORT log. */
const standardCriteria: Criterion[] = [
  { id: "I1", kind: "inclusion", label: "Age 18 to 85 years", rule: { column: "age", between: [18, 85] } },
  { id: "I2", kind: "inclusion", label: "Baseline severity score 10 or more", rule: { column: "baseline_severity", gt: 9.999 } },
  { id: "E1", kind: "exclusion", label: "eGFR below 30 mL/min/1.73m²", rule: { column: "egfr", lt: 30 } },
  { id: "E2", kind: "exclusion", label: "Withdrew consent before randomization", rule: { column: "consent_withdrawn", equals: true } },
];

/** Baseline covariates of every synthetic study (Table 1, propensity and outcome models). */
const standardCovariates = ["age", "female", "bmi", "baseline_severity", "diabetes", "egfr", "prior_therapy", "region"];

/** Consecutive `YYYY-MM` months from `first`, `count` of them. */
export function monthRange(first: Month, count: number): Month[] {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}

/**
 * The pre-specified primary analysis of a randomized synthetic study: the outcome at the primary
 * visit (observed cases: the generator's primary outcome is null for a subject not assessed by
 * the cut), every subject enrolled by the cut, adjusted for the baseline covariates as FDA's 2023
 * guidance on covariate adjustment recommends: ANCOVA with HC3 (robust) standard errors for a
 * continuous outcome, standardization with the sandwich variance for a binary one. Region is a
 * factor; the 0/1 covariates enter as numbers. Higher is better (a positive true effect is benefit).
 */
function syntheticPrespecified(source: Pick<SyntheticSource, "outcome" | "followUpWeeks">, primaryOutcome: string): PrespecifiedAnalysisPlan {
  const binary = source.outcome === "binary";
  return {
    title: binary
      ? `Standardized risk difference of response at week ${source.followUpWeeks} (covariate-adjusted)`
      : `ANCOVA of the change from baseline to week ${source.followUpWeeks}`,
    reference: "Protocol primary analysis (synthetic study; FDA 2023 guidance on covariate adjustment)",
    outcome: { column: primaryOutcome, label: binary ? "Response at the primary visit" : "Change from baseline in the severity score", better: "higher" },
    visit: `Week ${source.followUpWeeks}`,
    population: { label: "Intent-to-treat, observed cases (enrolled by the data cut)" },
    imputation: {
      rule: "none",
      description: "not imputed; subjects without the outcome at the primary visit by the data cut (not yet due, missed or discontinued) are left out (observed cases)",
    },
    factors: ["region"],
    covariates: ["baseline_severity", "age", "female", "bmi", "diabetes", "egfr", "prior_therapy"],
    method: binary ? { kind: "standardization", variance: "sandwich" } : { kind: "ancova", covariance: "HC3", lsMeanWeights: "proportional" },
  };
}

function synthetic(
  id: string,
  title: string,
  design: string,
  indication: string,
  source: Omit<SyntheticSource, "kind" | "followUpWeeks" | "visitIntervalWeeks"> & Partial<Pick<SyntheticSource, "followUpWeeks" | "visitIntervalWeeks">>,
  dataCuts: Month[],
): StudyConfig {
  const full: SyntheticSource = { kind: "synthetic", followUpWeeks: 24, visitIntervalWeeks: 4, ...source };
  const primaryOutcome = source.outcome === "binary" ? "response" : "change_from_baseline";
  return {
    id,
    title,
    design,
    indication,
    source: full,
    arms: twoArms("Placebo", "Active"),
    dataCuts,
    criteria: standardCriteria,
    covariates: standardCovariates,
    primaryOutcome,
    ...(full.assignment === "randomized" ? { prespecified: syntheticPrespecified(full, primaryOutcome) } : {}),
  };
}

const allStudies: StudyConfig[] = [
  synthetic(
    "SYN-LIN-C",
    "Simple linear effect, continuous endpoint",
    "Randomized 1:1, double-blind; outcome linear in covariates with a constant effect.",
    "Chronic heart failure",
    { seed: 1101, process: "linear", outcome: "continuous", nScreened: 1400, firstEnrolment: "2025-01", enrolmentMonths: 10, trueEffect: 0.4, assignment: "randomized" },
    monthRange("2025-08", 5),
  ),
  synthetic(
    "SYN-LIN-B",
    "Simple linear effect, binary responder endpoint",
    "Randomized 1:1; linear-probability responder model with a constant risk difference.",
    "Moderate asthma",
    { seed: 1102, process: "linear", outcome: "binary", nScreened: 800, firstEnrolment: "2025-03", enrolmentMonths: 8, trueEffect: 0.4, assignment: "randomized" },
    monthRange("2025-09", 5),
  ),
  synthetic(
    "SYN-CONF-C",
    "Confounded assignment, continuous endpoint",
    "Externally controlled cohort: treatment assignment depends on age, severity and diabetes.",
    "Type 2 diabetic nephropathy",
    { seed: 1201, process: "confounded", outcome: "continuous", nScreened: 3600, firstEnrolment: "2025-02", enrolmentMonths: 12, trueEffect: 0.25, assignment: "confounded" },
    monthRange("2025-10", 5),
  ),
  synthetic(
    "SYN-CONF-B",
    "Confounded assignment, binary endpoint",
    "Registry-based comparison: sicker patients are more likely to be treated.",
    "Rheumatoid arthritis",
    { seed: 1202, process: "confounded", outcome: "binary", nScreened: 5800, firstEnrolment: "2025-01", enrolmentMonths: 12, trueEffect: 0.25, assignment: "confounded" },
    monthRange("2025-09", 5),
  ),
  synthetic(
    "SYN-HET-C",
    "Heterogeneous effect by biomarker segment",
    "Randomized 1:1; the effect differs by region and prior therapy (true CATE by segment).",
    "Metastatic colorectal cancer",
    { seed: 1301, process: "heterogeneous", outcome: "continuous", nScreened: 2400, firstEnrolment: "2025-01", enrolmentMonths: 10, trueEffect: 0.3, assignment: "randomized" },
    monthRange("2025-08", 5),
  ),
  synthetic(
    "SYN-LAG-C",
    "Lagged time-series effect",
    "Randomized 1:1; the effect builds up over visits and reaches 0.30 at the primary visit.",
    "Major depressive disorder",
    { seed: 1401, process: "lagged", outcome: "continuous", nScreened: 1100, firstEnrolment: "2025-02", enrolmentMonths: 9, trueEffect: 0.3, assignment: "randomized" },
    monthRange("2025-09", 5),
  ),
  synthetic(
    "SYN-SEL-C",
    "Selection bias through informative dropout",
    "Randomized 1:1; dropout depends on severity and arm, so completers are a selected sample.",
    "Chronic low back pain",
    { seed: 1501, process: "selection", outcome: "continuous", nScreened: 1800, firstEnrolment: "2025-01", enrolmentMonths: 10, trueEffect: 0.35, assignment: "randomized" },
    monthRange("2025-08", 5),
  ),
  synthetic(
    "SYN-SEL-B",
    "Selection bias, binary endpoint",
    "Observational treated-vs-untreated cohort with informative dropout before the primary visit.",
    "Plaque psoriasis",
    { seed: 1502, process: "selection", outcome: "binary", nScreened: 700, firstEnrolment: "2025-04", enrolmentMonths: 8, trueEffect: 0.35, assignment: "confounded" },
    monthRange("2025-10", 5),
  ),
  synthetic(
    "SYN-SAFE-C",
    "Safety signal in the vitals: adverse-event monitoring",
    "Randomized 1:1; adverse events follow the last measured heart rate, temperature, blood pressure and ALT, so a monitoring model can anticipate them.",
    "Pulmonary arterial hypertension",
    {
      seed: 1601,
      process: "linear",
      outcome: "continuous",
      nScreened: 1600,
      firstEnrolment: "2025-02",
      enrolmentMonths: 9,
      trueEffect: 0.3,
      assignment: "randomized",
      adverseEventModel: "vitals-driven",
    },
    monthRange("2025-09", 5),
  ),
];

// Real data (included when its files are present; see cdisc-pilot.ts).
const cdiscPilot = cdiscPilotIfPresent();
if (cdiscPilot) allStudies.push(cdiscPilot);
// Bring-your-own studies: the worked example, then $TRIAL_BYO_CONFIGS.
const byo = loadByoStudies(byoConfigFiles(projectRoot));
if (byo.issues.length > 0) haltOnByoConfigIssues(byo.issues);
allStudies.push(...byo.studies);

/**
 * A BYO config that breaks the format halts whatever loads the registry (the site build, each
 * data loader, a CLI), with one line per problem on stderr and exit status 1. Not a thrown error:
 * the registry is loaded while modules are imported, before any entry point's error handler runs,
 * so a throw would end in Node's uncaught-exception dump with a stack trace. Not a skipped study
 * either: the build would publish a portfolio silently missing that study (and its pages and
 * links), which is a guess; the lines say which file to fix or to take out of $TRIAL_BYO_CONFIGS.
 * Every config is read before halting, so one run reports the problems of all of them.
 */
function haltOnByoConfigIssues(issues: readonly ByoConfigIssue[]): never {
  const files = new Set(issues.map((i) => i.file));
  process.stderr.write(
    `${issues.map(formatByoConfigIssue).join("\n")}\nregistry: ${issues.length} problem${issues.length === 1 ? "" : "s"} in ${files.size} bring-your-own config${files.size === 1 ? "" : "s"}; fix ${files.size === 1 ? "it" : "them"} or remove ${files.size === 1 ? "it" : "them"} from $TRIAL_BYO_CONFIGS. The build halts here.\n`,
  );
  process.exit(1);
}

/**
 * A developer's quick-build filter, never set in CI or when publishing: `TRIAL_ONLY=SYN-CONF-C` or
 * `TRIAL_ONLY=SYN-CONF-C@2026-02,SYN-LIN-C` limits the site (routes, loaders, sidebar, e2e tests)
 * to those studies, and optionally to one data cut each. An unknown id is an error, not an empty site.
 */
export function applyOnlyFilter(all: StudyConfig[], only: string | undefined): StudyConfig[] {
  if (only === undefined || only.trim() === "") return all;
  return only.split(",").map((entry) => {
    const [id, month] = entry.trim().split("@") as [string, string | undefined];
    const study = all.find((s) => s.id === id);
    if (!study) throw new Error(`TRIAL_ONLY: unknown study "${id}". Known studies: ${all.map((s) => s.id).join(", ")}`);
    if (month === undefined) return study;
    if (!study.dataCuts.includes(month)) throw new Error(`TRIAL_ONLY: study ${id} has no data cut ${month} (cuts: ${study.dataCuts.join(", ")})`);
    return { ...study, dataCuts: [month] };
  });
}

export const studies: StudyConfig[] = applyOnlyFilter(allStudies, typeof process === "undefined" ? undefined : process.env.TRIAL_ONLY);

export function getStudy(id: string): StudyConfig {
  const study = studies.find((s) => s.id === id);
  if (!study) throw new Error(`Unknown study "${id}". Known studies: ${studies.map((s) => s.id).join(", ")}`);
  return study;
}

/** A synthetic study of the registry by id; throws for an unknown or non-synthetic study. */
export function getSyntheticStudy(id: string): SyntheticStudyConfig {
  return asSynthetic(getStudy(id));
}

/** The synthetic studies of the registry (those with a generator and a ground truth). */
export const syntheticStudies: SyntheticStudyConfig[] = studies.filter((s) => s.source.kind === "synthetic").map(asSynthetic);

/** Every (study, month) pair the site publishes. */
export function studyMonths(): Array<{ study: string; month: Month }> {
  return studies.flatMap((s) => s.dataCuts.map((month) => ({ study: s.id, month })));
}
