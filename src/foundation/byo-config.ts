/**
 * Bring-your-own studies: a study defined only by a JSON config file (format in README, "Bring
 * your own study"; worked example in examples/byo-study/). This module reads and checks the config
 * and turns it into a registry entry; the loader (data-loaders/sources/byo-snapshot.ts) reads the
 * input files it names. A config that breaks a rule stops the registry with an error naming the
 * config file, the field and the rule.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Arm, ByoSource, Criterion, PlausibilityRange, StudyConfig } from "./study-config.ts";

/** Column types a config may declare (CSV has no types; other formats are checked against these). */
export type ByoColumnType = "string" | "number" | "integer" | "date" | "boolean01";

export interface ByoColumn {
  name: string;
  type: ByoColumnType;
  /** A missing value is an error. */
  required?: boolean;
  description?: string;
}

/** One input table: a file and its declared columns. */
export interface ByoTableFile {
  path: string;
  format: "csv" | "parquet" | "xpt" | "dataset-json";
  columns: ByoColumn[];
}

export interface ByoStudyFile {
  id: string;
  title: string;
  design: string;
  indication: string;
  assignment: "randomized" | "confounded";
  /** The data cut `YYYY-MM`; every date must be on or before its last day. */
  dataCut: string;
  files: { subjects: ByoTableFile; visits?: ByoTableFile; adverse_events?: ByoTableFile };
  /** Column of every file holding the subject id. */
  subjectId: string;
  treatment: { column: string; arms: Array<{ value: string; code: string; label: string; role: "control" | "treated" }> };
  /** Subject-level dates: enrolment (required), discontinuation (optional). */
  dates: { enrolment: string; discontinuation?: string };
  /** Why a subject discontinued (optional; null when not discontinued). */
  discontinuationReason?: string;
  outcomes: { primary: { column: string; type: "continuous" | "binary" }; secondary?: string[] };
  covariates: string[];
  criteria?: Criterion[];
  subgroups?: string[];
  plausibility?: PlausibilityRange[];
  /** Visits: the visit number and date columns; adverse events: sequence, term and onset date columns. */
  visitColumns?: { number: string; date: string };
  adverseEventColumns?: { sequence: string; term: string; onset: string };
}

/** The parsed config and where its files are (resolved against the config's directory). */
export interface ByoStudy {
  configFile: string;
  config: ByoStudyFile;
  resolve(file: string): string;
}

export class ByoConfigError extends Error {
  constructor(file: string, field: string, rule: string) {
    super(`${file}: field ${field}: ${rule}`);
    this.name = "ByoConfigError";
  }
}

const TYPES: ByoColumnType[] = ["string", "number", "integer", "date", "boolean01"];
const FORMATS = ["csv", "parquet", "xpt", "dataset-json"];

/** Reads and checks a BYO config file; throws a ByoConfigError naming the field at the first problem. */
export function readByoConfig(configFile: string): ByoStudy {
  const file = path.resolve(configFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf-8"));
  } catch (error) {
    throw new ByoConfigError(file, "(file)", `must be a readable JSON file (${(error as Error).message})`);
  }
  const fail = (field: string, rule: string): never => {
    throw new ByoConfigError(file, field, rule);
  };
  const c = raw as ByoStudyFile;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("(top level)", "must be a JSON object");
  for (const key of ["id", "title", "design", "indication", "subjectId"] as const) if (typeof c[key] !== "string" || c[key] === "") fail(key, "must be a non-empty string");
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(c.id)) fail("id", "letters, digits, - and _ only (it is part of every URL)");
  if (c.assignment !== "randomized" && c.assignment !== "confounded") fail("assignment", 'must be "randomized" or "confounded"');
  if (typeof c.dataCut !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(c.dataCut)) fail("dataCut", "must be a month YYYY-MM");
  if (typeof c.files !== "object" || c.files === null || !c.files.subjects) fail("files.subjects", "the subject-level file is required");
  for (const [table, spec] of Object.entries(c.files)) {
    if (!["subjects", "visits", "adverse_events"].includes(table)) fail(`files.${table}`, "tables are subjects, visits and adverse_events");
    if (typeof spec?.path !== "string") fail(`files.${table}.path`, "must be a path (relative to the config file)");
    if (!FORMATS.includes(spec.format)) fail(`files.${table}.format`, `must be one of ${FORMATS.join(", ")}`);
    if (!Array.isArray(spec.columns) || spec.columns.length === 0) fail(`files.${table}.columns`, "must list the file's columns with their types");
    spec.columns.forEach((col, i) => {
      if (typeof col?.name !== "string" || col.name === "") fail(`files.${table}.columns[${i}].name`, "must be a non-empty string");
      if (!TYPES.includes(col.type)) fail(`files.${table}.columns[${i}].type`, `must be one of ${TYPES.join(", ")}`);
    });
    if (!spec.columns.some((col) => col.name === c.subjectId)) fail(`files.${table}.columns`, `must include the subject id column ${c.subjectId}`);
  }
  const subjectColumns = new Set(c.files.subjects.columns.map((col) => col.name));
  const needColumn = (field: string, column: unknown) => {
    if (typeof column !== "string" || !subjectColumns.has(column)) fail(field, `must name a column of files.subjects (got ${JSON.stringify(column)})`);
  };
  needColumn("treatment.column", c.treatment?.column);
  if (!Array.isArray(c.treatment.arms) || c.treatment.arms.filter((a) => a.role === "control").length !== 1 || !c.treatment.arms.some((a) => a.role === "treated")) {
    fail("treatment.arms", 'needs exactly one arm with role "control" and at least one with role "treated"');
  }
  needColumn("dates.enrolment", c.dates?.enrolment);
  if (c.dates.discontinuation !== undefined) needColumn("dates.discontinuation", c.dates.discontinuation);
  if (c.discontinuationReason !== undefined) needColumn("discontinuationReason", c.discontinuationReason);
  needColumn("outcomes.primary.column", c.outcomes?.primary?.column);
  if (c.outcomes.primary.type !== "continuous" && c.outcomes.primary.type !== "binary") fail("outcomes.primary.type", 'must be "continuous" or "binary"');
  (c.outcomes.secondary ?? []).forEach((col, i) => needColumn(`outcomes.secondary[${i}]`, col));
  if (!Array.isArray(c.covariates)) fail("covariates", "must be a list of column names");
  c.covariates.forEach((col, i) => needColumn(`covariates[${i}]`, col));
  (c.subgroups ?? []).forEach((col, i) => needColumn(`subgroups[${i}]`, col));
  (c.criteria ?? []).forEach((cr, i) => needColumn(`criteria[${i}].rule.column`, cr?.rule?.column));
  if (c.files.visits && !c.visitColumns) fail("visitColumns", "a visits file needs visitColumns {number, date}");
  if (c.files.adverse_events && !c.adverseEventColumns) fail("adverseEventColumns", "an adverse_events file needs adverseEventColumns {sequence, term, onset}");
  return { configFile: file, config: c, resolve: (f) => path.resolve(path.dirname(file), f) };
}

/** The registry entry of a BYO study. */
export function byoStudyConfig(study: ByoStudy): StudyConfig<ByoSource> {
  const c = study.config;
  const arms: Arm[] = c.treatment.arms.map((a) => ({ code: a.code, label: a.label, role: a.role }));
  return {
    id: c.id,
    title: c.title,
    design: c.design,
    indication: c.indication,
    source: { kind: "byo", configFile: study.configFile, outcome: c.outcomes.primary.type, assignment: c.assignment },
    arms,
    dataCuts: [c.dataCut],
    criteria: c.criteria ?? [],
    covariates: c.covariates,
    primaryOutcome: c.outcomes.primary.column,
    ...(c.plausibility ? { plausibility: c.plausibility } : {}),
    subgroups: c.subgroups ?? [],
  };
}

/** The BYO config files to load: the worked example, then `$TRIAL_BYO_CONFIGS` (separated by the platform's path delimiter or commas). */
export function byoConfigFiles(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.TRIAL_BYO_CONFIGS ?? "").split(new RegExp(`[,${path.delimiter}]`)).map((s) => s.trim()).filter(Boolean);
  return [path.join(projectRoot, "examples/byo-study/study.json"), ...extra.map((f) => path.resolve(projectRoot, f))];
}
