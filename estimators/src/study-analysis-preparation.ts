/**
 * The preparation of a study-month analysis: the spec and the rows checked, subjects sorted by id,
 * and for each treated arm against the control arm the analysable subjects (outcome present;
 * complete covariates when so configured), counted by arm and status, with the design matrix.
 */
import { isMissingValue, normaliseValue } from "./covariate-values.js";
import { buildDesignMatrix } from "./design-matrix.js";
import { describeEstimand } from "./estimand-description.js";
import { poolRareLevels } from "./pool-rare-levels.js";
import { resolveAnalysisParameters } from "./study-analysis-parameters.js";
import type { AnalysisInput, AnalysisParameters, ArmCounts, ComparisonResult, StudyAnalysisSpec } from "./study-analysis-types.js";
import type { EffectMethod, TreatmentEffectInput, TreatmentEffectOptions } from "./treatment-effect.js";
import { checkOneOf, describeValue, EstimatorInputError } from "./validate.js";

export interface Subject {
  id: string;
  arm: string;
  status: string | null;
  row: Record<string, unknown>;
}

/** The rows as subjects sorted by id (binary order), with the checks every later step relies on. */
function sortedSubjects(spec: StudyAnalysisSpec, rows: ArrayLike<Record<string, unknown>>): Subject[] {
  const idColumn = spec.columns?.subjectId ?? "subject_id";
  const armColumn = spec.columns?.arm ?? "arm";
  const statusColumn = spec.columns?.status ?? "disposition";
  const codes = new Set(spec.arms.map((a) => a.code));
  const subjects: Subject[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === null || typeof row !== "object") throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
    const id = row[idColumn];
    if (typeof id !== "string" || id === "") throw new EstimatorInputError(`rows[${i}].${idColumn}`, `a subject id must be a non-empty string, got ${describeValue(id)}`);
    const arm = row[armColumn];
    if (typeof arm !== "string" || !codes.has(arm)) {
      throw new EstimatorInputError(`subject ${id} (rows[${i}]).${armColumn}`, `must be one of the study's arm codes ${[...codes].join(", ")}, got ${describeValue(arm)}`);
    }
    const status = row[statusColumn];
    subjects.push({ id, arm, status: typeof status === "string" ? status : null, row });
  }
  subjects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < subjects.length; i++) {
    if ((subjects[i] as Subject).id === (subjects[i - 1] as Subject).id)
      throw new EstimatorInputError(`rows.${idColumn}`, `subject id ${describeValue((subjects[i] as Subject).id)} appears more than once`);
  }
  return subjects;
}

/** The outcome of a subject as a number, or null when missing; an error for anything else. */
function outcomeValue(spec: StudyAnalysisSpec, s: Subject): number | null {
  const column = spec.outcome.column;
  const v = normaliseValue(s.row[column], column, 0);
  if (isMissingValue(v)) return null;
  if (spec.outcome.type === "binary") {
    if (v === 0 || v === false) return 0;
    if (v === 1 || v === true) return 1;
    throw new EstimatorInputError(`subject ${s.id}.${column}`, `a binary outcome must be 0 or 1, got ${describeValue(v)}`);
  }
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new EstimatorInputError(`subject ${s.id}.${column}`, `a continuous outcome must be a finite number, got ${describeValue(v)}`);
  return v;
}

function covariateMissing(spec: StudyAnalysisSpec, s: Subject): boolean {
  return spec.covariates.some((c) => isMissingValue(s.row[typeof c === "string" ? c : c.name]));
}

export const counts = (treated: number, control: number): ArmCounts => ({ treated, control, total: treated + control });

function countByArm(subjects: readonly Subject[], treatedCode: string): ArmCounts {
  const t = subjects.filter((s) => s.arm === treatedCode).length;
  return counts(t, subjects.length - t);
}

/** What one comparison needs, prepared once (sorted, filtered, coded). */
export interface PreparedComparison {
  result: Omit<ComparisonResult, "status" | "error" | "propensity" | "balance" | "estimates" | "outcomeModels" | "bootstrap" | "bootstrapError" | "gates">;
  /** Null when the design could not be built (the error is in `designError`). */
  effectInput: TreatmentEffectInput | null;
  designError: string | null;
  subjectIds: string[];
}

function prepareComparison(
  spec: StudyAnalysisSpec,
  subjects: readonly Subject[],
  treatedArm: StudyAnalysisSpec["arms"][number],
  controlArm: StudyAnalysisSpec["arms"][number],
  parameters: AnalysisParameters,
): PreparedComparison {
  const id = `${treatedArm.code}-vs-${controlArm.code}`;
  const inArms = subjects.filter((s) => s.arm === treatedArm.code || s.arm === controlArm.code);
  const withOutcome: Array<{ s: Subject; y: number }> = [];
  const missingOutcome: Subject[] = [];
  const missingOutcomeByStatus: Record<string, number> = {};
  for (const s of inArms) {
    const y = outcomeValue(spec, s);
    if (y === null) {
      missingOutcome.push(s);
      const key = s.status ?? "unknown";
      missingOutcomeByStatus[key] = (missingOutcomeByStatus[key] ?? 0) + 1;
    } else withOutcome.push({ s, y });
  }
  const missingCovariates = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => covariateMissing(spec, s)).map(({ s }) => s) : [];
  const complete = parameters.missingCovariates === "exclude" ? withOutcome.filter(({ s }) => !covariateMissing(spec, s)) : withOutcome;
  const estimand = describeEstimand(spec, treatedArm, controlArm, parameters, { missingOutcome: missingOutcome.length, missingCovariates: missingCovariates.length });
  const result: PreparedComparison["result"] = {
    id,
    treated: { code: treatedArm.code, label: treatedArm.label },
    control: { code: controlArm.code, label: controlArm.label },
    estimand,
    counts: {
      inArms: countByArm(inArms, treatedArm.code),
      missingOutcome: countByArm(missingOutcome, treatedArm.code),
      missingCovariates: countByArm(missingCovariates, treatedArm.code),
      analysed: countByArm(
        complete.map(({ s }) => s),
        treatedArm.code,
      ),
      trimmed: counts(0, 0),
    },
    missingOutcomeByStatus,
    designColumns: [],
    pooledLevels: [],
  };
  const subjectIds = complete.map(({ s }) => s.id);
  try {
    if (complete.length === 0) throw new EstimatorInputError(id, "no subject has the outcome and every covariate");
    const treatment = complete.map(({ s }) => (s.arm === treatedArm.code ? 1 : 0));
    const pooling = poolRareLevels(
      complete.map(({ s }) => s.row),
      treatment,
      spec.covariates,
    );
    result.pooledLevels = pooling.pooled;
    const design = buildDesignMatrix(pooling.rows, pooling.covariates);
    result.designColumns = design.columnNames;
    const effectInput: TreatmentEffectInput = {
      covariates: design.X,
      treatment,
      outcome: complete.map(({ y }) => y),
      covariateNames: design.columnNames,
    };
    return { result, effectInput, designError: null, subjectIds };
  } catch (e) {
    if (!(e instanceof EstimatorInputError)) throw e;
    // Name the subject rather than the row index of the filtered set.
    const message = e.message.replace(/rows\[(\d+)\]/g, (_, k: string) => `subject ${complete[Number(k)]?.s.id ?? `#${k}`}`);
    return { result, effectInput: null, designError: message, subjectIds };
  }
}

/** The estimator options of one method under the analysis parameters. */
export function effectOptions(method: EffectMethod, spec: StudyAnalysisSpec, parameters: AnalysisParameters): TreatmentEffectOptions {
  return { method, outcomeType: spec.outcome.type, estimand: parameters.estimand, trim: parameters.trim, propensityRidge: parameters.propensityRidge, level: parameters.level };
}

function checkSpec(spec: StudyAnalysisSpec): { control: StudyAnalysisSpec["arms"][number]; treated: Array<StudyAnalysisSpec["arms"][number]> } {
  if (spec === null || typeof spec !== "object") throw new EstimatorInputError("spec", `must be {study, month, arms, covariates, outcome}, got ${describeValue(spec)}`);
  const controls = spec.arms.filter((a) => a.role === "control");
  if (controls.length !== 1) throw new EstimatorInputError("spec.arms", `must have exactly one control arm, got ${controls.length}`);
  const treated = spec.arms.filter((a) => a.role === "treated");
  if (treated.length === 0) throw new EstimatorInputError("spec.arms", "must have at least one treated arm");
  checkOneOf("spec.outcome.type", spec.outcome?.type, ["continuous", "binary"] as const);
  return { control: controls[0] as StudyAnalysisSpec["arms"][number], treated };
}

/** The spec and parameters checked, and every comparison prepared. */
export function prepareAll(input: AnalysisInput) {
  if (input === null || typeof input !== "object") throw new EstimatorInputError("input", `must be {spec, rows, parameters?}, got ${describeValue(input)}`);
  const { spec } = input;
  const { control, treated } = checkSpec(spec);
  const parameters = resolveAnalysisParameters(input.parameters);
  const subjects = sortedSubjects(spec, input.rows);
  const prepared = treated.map((arm) => prepareComparison(spec, subjects, arm, control, parameters));
  return { spec, parameters, prepared };
}
