/**
 * Bring-your-own studies: a study defined only by a JSON config file (format in
 * docs/bring-your-own.md; worked example in examples/byo-study/). This module reads and checks the config
 * and turns it into a registry entry; the loader (data-loaders/sources/byo-snapshot.ts) reads the
 * input files it names.
 *
 * A config is checked in two passes, and every problem is reported, each on one line naming the
 * config file, the field's JSON path, the value and the rule: first against the JSON Schema
 * `byo-config.schema.json` (every object closed, so a misspelt key is an error with the nearest
 * allowed key suggested), then the rules a schema cannot state (a named column must be a declared
 * column of files.subjects, exactly one control arm, ...). The schema is the one definition of the
 * format: editors can use it (`"$schema": "<path>/src/foundation/byo-config.schema.json"`), and a
 * test keeps the TypeScript types below in step with it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { nearestKey } from "./did-you-mean.ts";
import type { Arm, ByoSource, Criterion, PlausibilityRange, PrespecifiedAnalysisPlan, StudyConfig } from "./study-config.ts";

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
  /** Cell texts meaning "missing" in this file, e.g. ["NA", "."]; the empty cell is always missing. */
  missing?: string[];
  columns: ByoColumn[];
}

export interface ByoArm {
  /** The treatment column's value for this arm. */
  value: string;
  code: string;
  label: string;
  role: "control" | "treated";
}

export interface ByoPrimaryOutcome {
  column: string;
  type: "continuous" | "binary";
  /** How the pages name the outcome (default: change from baseline / response at the primary visit). */
  label?: string;
}

/** An analysis covariate: a column name, or a spec with its type and the pooling of rare levels. */
export type ByoAnalysisCovariate = string | { name: string; type?: "continuous" | "binary" | "categorical"; poolBelow?: number };

/** Options of the primary analysis (each optional; defaults as `defaultAnalysisParameters` in @trial/estimators). */
export interface ByoAnalysisOptions {
  /** Covariates of the propensity and outcome models (default: the top-level `covariates`). */
  covariates?: ByoAnalysisCovariate[];
  trim?: { rule: "none" | "symmetric" | "crump"; threshold?: number };
  estimand?: "ATE";
  bootstrap?: { replicates?: number; seed?: number };
  /** A subject with a missing covariate: halt naming the subject (`error`, the default) or exclude and count. */
  missingCovariates?: "error" | "exclude";
}

export interface ByoStudyFile {
  /** Where editors find the schema; ignored by the loader. */
  $schema?: string;
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
  treatment: { column: string; arms: ByoArm[] };
  /** Subject-level dates: enrolment (required), discontinuation (optional). */
  dates: { enrolment: string; discontinuation?: string };
  /** Why a subject discontinued (optional; null when not discontinued). */
  discontinuationReason?: string;
  outcomes: { primary: ByoPrimaryOutcome; secondary?: string[] };
  covariates: string[];
  criteria?: Criterion[];
  subgroups?: string[];
  plausibility?: PlausibilityRange[];
  /** The pre-specified primary analysis (optional; see `PrespecifiedAnalysisPlan`). */
  prespecified?: PrespecifiedAnalysisPlan;
  /** Visits: the visit number and date columns; adverse events: sequence, term and onset date columns. */
  visitColumns?: { number: string; date: string };
  adverseEventColumns?: { sequence: string; term: string; onset: string };
  analysis?: ByoAnalysisOptions;
}

/** The parsed config and where its files are (resolved against the config's directory). */
export interface ByoStudy {
  configFile: string;
  config: ByoStudyFile;
  resolve(file: string): string;
}

/** One problem of a config: the field's path (`files.subjects.columns[3].type`), its value, the rule. */
export interface ByoConfigIssue {
  file: string;
  field: string;
  /** The offending value (absent for a missing field). */
  value?: unknown;
  rule: string;
}

const showValue = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** One line: `<file>: field <path>, value <json>: <rule>`. */
export function formatByoConfigIssue(issue: ByoConfigIssue): string {
  return `${issue.file}: field ${issue.field}${"value" in issue ? `, value ${showValue(issue.value)}` : ""}: ${issue.rule}`;
}

/** A config that breaks the format: its message is one line per problem. */
export class ByoConfigError extends Error {
  readonly issues: ByoConfigIssue[];

  constructor(file: string, field: string, rule: string);
  constructor(issues: ByoConfigIssue[]);
  constructor(fileOrIssues: string | ByoConfigIssue[], field?: string, rule?: string) {
    const issues = typeof fileOrIssues === "string" ? [{ file: fileOrIssues, field: field ?? "(file)", rule: rule ?? "" }] : fileOrIssues;
    super(issues.map(formatByoConfigIssue).join("\n"));
    this.name = "ByoConfigError";
    this.issues = issues;
  }
}

/** The JSON Schema of BYO configs (src/foundation/byo-config.schema.json). */
export const byoConfigSchema = JSON.parse(readFileSync(new URL("./byo-config.schema.json", import.meta.url), "utf-8")) as Record<string, unknown>;

let validator: ReturnType<Ajv2020["compile"]> | undefined;
function validate(raw: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true });
    ajv.addKeyword("x-rule"); // the wording of a pattern's rule in error messages
    validator = ajv.compile(byoConfigSchema);
  }
  return validator(raw) ? [] : (validator.errors ?? []);
}

/** `/files/subjects/columns/3/type` -> `files.subjects.columns[3].type`. */
function fieldOf(pointer: string, key?: string): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (key !== undefined) parts.push(key);
  return parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out === "" ? p : `${out}.${p}`), "") || "(top level)";
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list [...]",
  object: "an object {...}",
};

function schemaIssue(file: string, e: ErrorObject): ByoConfigIssue {
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const params = e.params as Record<string, unknown>;
  const at = (rule: string, key?: string, value: unknown = e.data): ByoConfigIssue => ({ file, field: fieldOf(e.instancePath, key), value, rule });
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as object);
      const near = nearestKey(key, allowed);
      return at(near ? `unknown key; did you mean "${near}"?` : `unknown key; the keys here are ${allowed.join(", ")}`, key, (e.data as Record<string, unknown>)[key]);
    }
    case "required":
      return { file, field: fieldOf(e.instancePath, String(params.missingProperty)), rule: "is required" };
    case "enum":
      return at(`must be one of ${(params.allowedValues as unknown[]).join(", ")}`);
    case "type":
      return at(
        `must be ${String(params.type)
          .split(",")
          .map((t) => TYPE_WORDS[t] ?? t)
          .join(" or ")}`,
      );
    case "minLength":
      return at("must be a non-empty string");
    case "minItems":
      return at(`must list at least ${String(params.limit)}`);
    case "maxItems":
      return at(`must list at most ${String(params.limit)}`);
    case "pattern":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minProperties":
    case "maxProperties":
      return at(typeof parent["x-rule"] === "string" ? parent["x-rule"] : `${e.message ?? e.keyword}`);
    default:
      return at(e.message ?? e.keyword);
  }
}

/** The rules a schema cannot state, on a config that passed the schema. */
function crossFieldIssues(file: string, c: ByoStudyFile): ByoConfigIssue[] {
  const issues: ByoConfigIssue[] = [];
  const fail = (field: string, value: unknown, rule: string) => issues.push({ file, field, value, rule });
  const tables = Object.entries(c.files) as Array<[string, ByoTableFile]>;
  for (const [table, spec] of tables) {
    const seen = new Set<string>();
    spec.columns.forEach((col, i) => {
      if (seen.has(col.name)) fail(`files.${table}.columns[${i}].name`, col.name, "a column is declared once");
      seen.add(col.name);
    });
    if (!seen.has(c.subjectId))
      fail(
        `files.${table}.columns`,
        spec.columns.map((col) => col.name),
        `must include the subject id column ${c.subjectId}`,
      );
  }
  const columnsOf = (table: ByoTableFile | undefined) => new Set((table?.columns ?? []).map((col) => col.name));
  const subjectColumns = columnsOf(c.files.subjects);
  const need = (field: string, column: string | undefined, columns = subjectColumns, table = "files.subjects") => {
    if (column !== undefined && !columns.has(column)) fail(field, column, `must name a column of ${table}`);
  };
  need("treatment.column", c.treatment.column);
  const controls = c.treatment.arms.filter((a) => a.role === "control").length;
  if (controls !== 1 || !c.treatment.arms.some((a) => a.role === "treated")) {
    fail(
      "treatment.arms",
      c.treatment.arms.map((a) => `${a.code}:${a.role}`),
      'needs exactly one arm with role "control" and at least one with role "treated"',
    );
  }
  for (const key of ["value", "code"] as const) {
    const values = c.treatment.arms.map((a) => a[key]);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) fail(`treatment.arms[${i}].${key}`, v, `each arm has its own ${key}`);
    });
  }
  need("dates.enrolment", c.dates.enrolment);
  need("dates.discontinuation", c.dates.discontinuation);
  need("discontinuationReason", c.discontinuationReason);
  need("outcomes.primary.column", c.outcomes.primary.column);
  (c.outcomes.secondary ?? []).forEach((col, i) => need(`outcomes.secondary[${i}]`, col));
  c.covariates.forEach((col, i) => need(`covariates[${i}]`, col));
  (c.subgroups ?? []).forEach((col, i) => need(`subgroups[${i}]`, col));
  (c.criteria ?? []).forEach((cr, i) => need(`criteria[${i}].rule.column`, cr.rule.column));
  if (c.prespecified) {
    const p = c.prespecified;
    need("prespecified.outcome.column", p.outcome.column);
    if (p.population.rule) need("prespecified.population.rule.column", p.population.rule.column);
    need("prespecified.imputation.flagColumn", p.imputation.flagColumn);
    p.factors.forEach((col, i) => need(`prespecified.factors[${i}]`, col));
    p.covariates.forEach((col, i) => need(`prespecified.covariates[${i}]`, col));
    const codes = c.treatment.arms.map((a) => a.code);
    (p.contrasts ?? []).forEach((k, i) => {
      for (const key of ["treated", "reference"] as const)
        if (!codes.includes(k[key])) fail(`prespecified.contrasts[${i}].${key}`, k[key], `must be an arm code (${codes.join(", ")})`);
    });
    if (p.doses) {
      if (p.method.kind !== "ancova") fail("prespecified.doses", p.doses, 'a dose-response test needs method.kind "ancova"');
      for (const code of codes) if (!(code in p.doses)) fail("prespecified.doses", p.doses, `must give a dose for every arm code (${code} has none)`);
    }
    const m = p.method as Record<string, unknown>;
    const methodKeys = p.method.kind === "ancova" ? { need: ["covariance", "lsMeanWeights"], not: ["variance"] } : { need: ["variance"], not: ["covariance", "lsMeanWeights"] };
    for (const key of methodKeys.need) if (m[key] === undefined) issues.push({ file, field: `prespecified.method.${key}`, rule: `is required with kind "${p.method.kind}"` });
    for (const key of methodKeys.not) if (m[key] !== undefined) fail(`prespecified.method.${key}`, m[key], `does not apply to kind "${p.method.kind}"`);
    if (p.method.kind === "standardization" && c.outcomes.primary.type !== "binary")
      fail("prespecified.method.kind", p.method.kind, 'standardization is for a binary primary outcome; use "ancova"');
    if (p.method.kind === "ancova" && c.outcomes.primary.type !== "continuous")
      fail("prespecified.method.kind", p.method.kind, 'ANCOVA is for a continuous primary outcome; use "standardization"');
  }
  (c.plausibility ?? []).forEach((r, i) => {
    if (r.min > r.max) fail(`plausibility[${i}].min`, r.min, `must not exceed max (${r.max})`);
  });
  const a = c.analysis;
  (a?.covariates ?? []).forEach((cov, i) =>
    need(typeof cov === "string" ? `analysis.covariates[${i}]` : `analysis.covariates[${i}].name`, typeof cov === "string" ? cov : cov.name),
  );
  if (a?.trim) {
    if (a.trim.rule === "symmetric" && a.trim.threshold === undefined) issues.push({ file, field: "analysis.trim.threshold", rule: 'is required when rule is "symmetric"' });
    if (a.trim.rule !== "symmetric" && a.trim.threshold !== undefined)
      fail("analysis.trim.threshold", a.trim.threshold, `applies only to rule "symmetric" (rule is "${a.trim.rule}")`);
  }
  if (c.files.visits) {
    if (!c.visitColumns) issues.push({ file, field: "visitColumns", rule: "a visits file needs visitColumns {number, date}" });
    else for (const key of ["number", "date"] as const) need(`visitColumns.${key}`, c.visitColumns[key], columnsOf(c.files.visits), "files.visits");
  }
  if (c.files.adverse_events) {
    if (!c.adverseEventColumns) issues.push({ file, field: "adverseEventColumns", rule: "an adverse_events file needs adverseEventColumns {sequence, term, onset}" });
    else
      for (const key of ["sequence", "term", "onset"] as const)
        need(`adverseEventColumns.${key}`, c.adverseEventColumns[key], columnsOf(c.files.adverse_events), "files.adverse_events");
  }
  return issues;
}

/** Every problem of a parsed config (schema first; the cross-field rules only once the schema holds). */
export function byoConfigIssues(file: string, raw: unknown): ByoConfigIssue[] {
  const schemaIssues = validate(raw).map((e) => schemaIssue(file, e));
  const unique = [...new Map(schemaIssues.map((i) => [formatByoConfigIssue(i), i])).values()];
  return unique.length > 0 ? unique : crossFieldIssues(file, raw as ByoStudyFile);
}

/** Reads and checks a BYO config file; throws a ByoConfigError listing every problem, one line each. */
export function readByoConfig(configFile: string): ByoStudy {
  const file = path.resolve(configFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf-8"));
  } catch (error) {
    throw new ByoConfigError(file, "(file)", `must be a readable JSON file (${(error as Error).message})`);
  }
  const issues = byoConfigIssues(file, raw);
  if (issues.length > 0) throw new ByoConfigError(issues);
  return { configFile: file, config: raw as ByoStudyFile, resolve: (f) => path.resolve(path.dirname(file), f) };
}

/**
 * The registry entries of BYO config files, and every problem of every file (each file is read
 * whatever the others hold, so that one run reports them all).
 */
export function loadByoStudies(configFiles: readonly string[]): { studies: Array<StudyConfig<ByoSource>>; issues: ByoConfigIssue[] } {
  const studies: Array<StudyConfig<ByoSource>> = [];
  const issues: ByoConfigIssue[] = [];
  for (const file of configFiles) {
    try {
      studies.push(byoStudyConfig(readByoConfig(file)));
    } catch (error) {
      if (!(error instanceof ByoConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  return { studies, issues };
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
    ...(c.outcomes.primary.label ? { primaryOutcomeLabel: c.outcomes.primary.label } : {}),
    ...(c.plausibility ? { plausibility: c.plausibility } : {}),
    subgroups: c.subgroups ?? [],
    ...(c.analysis?.covariates ? { analysisCovariates: c.analysis.covariates } : {}),
    ...(analysisOverrides(c.analysis) ?? {}),
    ...(c.prespecified ? { prespecified: c.prespecified } : {}),
  };
}

/** The config's analysis options as the registry's parameter overrides (`analysis`), or null when it sets none. */
function analysisOverrides(a: ByoAnalysisOptions | undefined): Pick<StudyConfig, "analysis"> | null {
  if (!a) return null;
  const trim = a.trim === undefined ? undefined : a.trim.rule === "symmetric" ? { rule: "symmetric" as const, threshold: a.trim.threshold as number } : { rule: a.trim.rule };
  const overrides = {
    ...(trim ? { trim } : {}),
    ...(a.estimand ? { estimand: a.estimand } : {}),
    ...(a.bootstrap && Object.keys(a.bootstrap).length > 0 ? { bootstrap: { ...a.bootstrap } } : {}),
    ...(a.missingCovariates ? { missingCovariates: a.missingCovariates } : {}),
  };
  return Object.keys(overrides).length > 0 ? { analysis: overrides } : null;
}

/** The BYO config files to load: the worked example, then `$TRIAL_BYO_CONFIGS` (separated by the platform's path delimiter or commas). */
export function byoConfigFiles(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.TRIAL_BYO_CONFIGS ?? "")
    .split(new RegExp(`[,${path.delimiter}]`))
    .map((s) => s.trim())
    .filter(Boolean);
  return [path.join(projectRoot, "examples/byo-study/study.json"), ...extra.map((f) => path.resolve(projectRoot, f))];
}
