/**
 * From a study-month's subject rows to the inputs of the sensitivity analyses for one contrast
 * (a treated arm against the control arm): the complete cases in subject-id order with the
 * study's covariates (as the primary analysis takes them), the same plus the subjects who
 * discontinued without the outcome (for the missing-data analysis), and the subgroup variables.
 */
import { buildDesignMatrix, poolRareLevels, subgroupLabels, type AnalysisCovariate, type DeltaAdjustmentInput, type TreatmentEffectInput } from "@trial/estimators";

export interface ArmInfo {
  code: string;
  label: string;
  role: "control" | "treated";
}

/** The parts of a studies.json entry these pages read. */
export interface StudyFields {
  id: string;
  arms: ArmInfo[];
  covariates: string[];
  primaryOutcome: string;
  outcome: "continuous" | "binary";
  subgroups?: string[] | null;
  /** The primary analysis' covariates when they differ from `covariates` (specs may pool rare levels). */
  analysisCovariates?: AnalysisCovariate[] | null;
}

const covariateName = (c: AnalysisCovariate) => (typeof c === "string" ? c : c.name);

/** The covariates of the primary analysis (names and specs), as analysis.json was computed with. */
export function analysisCovariatesOf(study: StudyFields): AnalysisCovariate[] {
  return study.analysisCovariates && study.analysisCovariates.length > 0 ? study.analysisCovariates : study.covariates;
}

/** The names of the primary analysis' covariates (the explorer's choices). */
export function analysisCovariateNames(study: StudyFields): string[] {
  return analysisCovariatesOf(study).map(covariateName);
}

export type SubjectRow = Record<string, unknown>;

export interface ContrastData {
  treated: ArmInfo;
  control: ArmInfo;
  /** Complete cases (outcome observed), sorted by subject id. */
  rows: SubjectRow[];
  input: TreatmentEffectInput;
  /** Complete cases plus subjects who discontinued before the outcome (outcome null). */
  dropoutInput: DeltaAdjustmentInput;
  /** Subjects of the two arms without the outcome, by disposition (e.g. ongoing at the cut, discontinued). */
  missingByDisposition: Record<string, number>;
  /** Subjects of the two arms left out because a covariate is missing (the models need complete covariates). */
  missingCovariates: number;
  /** The covariates used (a subset of the study's when the caller chose one). */
  covariates: string[];
}

/** The study's treated arms (the contrasts are each of them against the one control arm). */
export function treatedArms(study: StudyFields): ArmInfo[] {
  return study.arms.filter((a) => a.role === "treated");
}

export function controlArm(study: StudyFields): ArmInfo {
  const control = study.arms.find((a) => a.role === "control");
  if (!control) throw new Error(`${study.id}: no control arm in the study configuration`);
  return control;
}

const byId = (a: SubjectRow, b: SubjectRow) => {
  const x = String(a.subject_id);
  const y = String(b.subject_id);
  return x < y ? -1 : x > y ? 1 : 0;
};

const missing = (v: unknown) => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

/**
 * The data of one contrast.
 *
 * @param study the study (studies.json entry)
 * @param subjects every subject row of the snapshot
 * @param treatedCode the treated arm's code (default: the first treated arm)
 * @param covariateNames the covariates to adjust for (default: the primary analysis'); a name of
 *   one of the primary analysis' covariate specs keeps its spec (e.g. pooling of rare levels)
 */
export function contrastData(study: StudyFields, subjects: readonly SubjectRow[], treatedCode?: string, covariateNames?: readonly string[]): ContrastData {
  const specs = analysisCovariatesOf(study);
  const covariates: AnalysisCovariate[] = (covariateNames ?? specs.map(covariateName)).map((name) => specs.find((c) => covariateName(c) === name) ?? name);
  const control = controlArm(study);
  const treated = treatedArms(study).find((a) => treatedCode === undefined || a.code === treatedCode);
  if (!treated) throw new Error(`${study.id}: no treated arm with code ${JSON.stringify(treatedCode)} (arms: ${study.arms.map((a) => a.code).join(", ")})`);
  if (covariates.length === 0) throw new Error(`${study.id}: choose at least one covariate`);
  const inBoth = subjects.filter((s) => s.arm === treated.code || s.arm === control.code).sort(byId);
  // Models need complete covariates: subjects missing one are left out (and counted), as the
  // primary analysis does with missingCovariates = "exclude".
  const names = covariates.map(covariateName);
  const inArms = inBoth.filter((s) => names.every((c) => !missing(s[c]) && s[c] !== ""));
  const outcome = study.primaryOutcome;
  const rows = inArms.filter((s) => !missing(s[outcome]));
  const missingByDisposition: Record<string, number> = {};
  for (const s of inArms) {
    if (!missing(s[outcome])) continue;
    const key = String(s.disposition ?? "unknown");
    missingByDisposition[key] = (missingByDisposition[key] ?? 0) + 1;
  }
  const withDropouts = inArms.filter((s) => !missing(s[outcome]) || s.disposition === "discontinued");
  const asNumber = (v: unknown) => (typeof v === "bigint" ? Number(v) : (v as number));
  // Rare levels pooled as the primary analysis pools them (per set of subjects).
  const designOf = (set: SubjectRow[]) => {
    const pooled = poolRareLevels(
      set,
      set.map((s) => (s.arm === treated.code ? 1 : 0)),
      covariates,
    );
    return buildDesignMatrix(pooled.rows, pooled.covariates);
  };
  const design = designOf(rows);
  const designAll = designOf(withDropouts);
  return {
    treated,
    control,
    rows,
    covariates: names,
    input: {
      covariates: design.X,
      treatment: rows.map((s) => (s.arm === treated.code ? 1 : 0)),
      outcome: rows.map((s) => asNumber(s[outcome])),
      covariateNames: design.columnNames,
    },
    dropoutInput: {
      covariates: designAll.X,
      treatment: withDropouts.map((s) => (s.arm === treated.code ? 1 : 0)),
      outcome: withDropouts.map((s) => (missing(s[outcome]) ? null : asNumber(s[outcome]))),
      covariateNames: designAll.columnNames,
    },
    missingByDisposition,
    missingCovariates: inBoth.length - inArms.length,
  };
}

export interface SubgroupDefinition {
  column: string;
  label: string;
  /** Cut points of a continuous variable (none: its values are the levels). */
  breaks?: number[];
  /** How the definition was arrived at, for the page. */
  source: "study configuration" | "study covariates";
}

const prettyName = (column: string) => (column === "female" ? "Sex (female = 1)" : column.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()));

/**
 * The subgroup variables of a study: its prespecified subgroups when the configuration lists
 * them, else its covariates. Categorical and binary variables use their values; age is cut at 65;
 * any other continuous variable at its median in these rows (rounded to one decimal), which the
 * page states.
 */
export function subgroupDefinitions(study: StudyFields, rows: readonly SubjectRow[]): SubgroupDefinition[] {
  const prespecified = study.subgroups && study.subgroups.length > 0;
  const columns = prespecified ? (study.subgroups as string[]) : study.covariates;
  return columns.map((column) => {
    const values = rows
      .map((r) => r[column])
      .filter((v) => !missing(v))
      .map((v) => (typeof v === "bigint" ? Number(v) : v));
    const source = prespecified ? "study configuration" : "study covariates";
    const continuous = values.length > 0 && values.every((v) => typeof v === "number") && new Set(values).size > 2;
    if (!continuous) return { column, label: prettyName(column), source };
    if (column.toLowerCase() === "age") return { column, label: "Age group", breaks: [65], source };
    const sorted = (values as number[]).slice().sort((a, b) => a - b);
    const median = Math.round((10 * ((sorted[Math.floor((sorted.length - 1) / 2)] as number) + (sorted[Math.ceil((sorted.length - 1) / 2)] as number))) / 2) / 10;
    return { column, label: `${prettyName(column)} (median split)`, breaks: [median], source };
  });
}

/** The subgroup label of every row for a definition; a missing value is its own level, "(missing)". */
export function subgroupOf(definition: SubgroupDefinition, rows: readonly SubjectRow[]): string[] {
  const present = rows.flatMap((r, i) => (missing(r[definition.column]) || r[definition.column] === "" ? [] : [i]));
  const labels = subgroupLabels(
    present.map((i) => (rows[i] as SubjectRow)[definition.column]),
    definition.column,
    definition.breaks,
  );
  const out = rows.map(() => "(missing)");
  present.forEach((i, k) => (out[i] = labels[k] as string));
  return out;
}
