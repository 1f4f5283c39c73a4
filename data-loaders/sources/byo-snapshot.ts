/**
 * The bring-your-own source: read the files a study's JSON config names, check them against the
 * declared columns, apply the eligibility criteria, and map the declared columns onto the snapshot
 * conventions: subjects get `subject_id`, `arm` (the arm code of the treatment value), `treated`
 * (1 for a treated arm), `enrol_date`, `disposition` (discontinued when a discontinuation date is
 * given, else completed), `disc_date`, `disc_reason`, then every other declared column under its
 * own name; visits get `subject_id`, `visit_number`, `visit_date`, `study_day`; adverse events
 * `ae_id`, `subject_id`, `ae_seq`, `term`, `onset_date`, `study_day`. A treatment value that is not
 * a declared arm is kept as it is, so that the treatment-in-arms contract halts on it.
 */
import { ByoConfigError, readByoConfig, type ByoColumn, type ByoStudy, type ByoTableFile } from "../../src/foundation/byo-config.ts";
import type { ByoSource, StudyConfig } from "../../src/foundation/study-config.ts";
import { readByoTable } from "../byo/read-table.ts";
import { ByoSourceRuleError, checkExcludedSubjectRows } from "../byo/source-row-rules.ts";
import { applyCriteria, firstFailedCriterion } from "../eligibility/apply-criteria.ts";
import { EligibilityError } from "../eligibility/evaluate-rule.ts";
import { ReaderError } from "../readers/errors.ts";
import { accountRecords, criterionFate, type RecordAccounting } from "../snapshot/exclusion-log.ts";
import { col, type ColumnSpec, type ColumnType, type Row, type TableSpec } from "../snapshot/schema.ts";
import { isoToDay } from "../synthetic/dates.ts";
import { discontinuationReasonsOf, type PreparedSnapshot } from "./prepared-snapshot.ts";
import { sourceFileRecords } from "./source-files.ts";
import path from "node:path";

const SNAPSHOT_TYPES: Record<ByoColumn["type"], ColumnType> = { string: "VARCHAR", number: "DOUBLE", integer: "INTEGER", date: "DATE", boolean01: "INTEGER" };

const declared = (spec: ByoTableFile, skip: ReadonlySet<string>): ColumnSpec[] =>
  spec.columns.filter((c) => !skip.has(c.name)).map((c) => col(c.name, SNAPSHOT_TYPES[c.type], !c.required, c.description ?? `${c.name} (from ${spec.path})`));

const studyDay = (date: unknown, enrol: unknown): number | null => (typeof date === "string" && typeof enrol === "string" ? isoToDay(date) - isoToDay(enrol) + 1 : null);

/** The snapshot schema of a BYO study: core columns, then the declared ones. */
export function byoSnapshotTables(study: ByoStudy): TableSpec[] {
  const c = study.config;
  const subjectCore = new Set([c.subjectId, c.treatment.column, c.dates.enrolment, c.dates.discontinuation ?? "", c.discontinuationReason ?? ""]);
  const visitCore = new Set([c.subjectId, c.visitColumns?.number ?? "", c.visitColumns?.date ?? ""]);
  const aeCore = new Set([c.subjectId, c.adverseEventColumns?.sequence ?? "", c.adverseEventColumns?.term ?? "", c.adverseEventColumns?.onset ?? ""]);
  return [
    {
      name: "subjects",
      description: `One row per enrolled (eligible) subject of ${c.files.subjects.path}.`,
      sortKey: ["subject_id"],
      columns: [
        col("subject_id", "VARCHAR", false, `subject identifier (${c.subjectId})`),
        col("arm", "VARCHAR", false, `arm code of ${c.treatment.column}`),
        col("treated", "INTEGER", false, "1 for a treated arm, 0 for control"),
        col("enrol_date", "DATE", false, `date of enrolment (${c.dates.enrolment})`),
        col("disposition", "VARCHAR", false, "completed or discontinued"),
        col("disc_date", "DATE", true, `date of discontinuation (${c.dates.discontinuation ?? "not given"})`),
        col("disc_reason", "VARCHAR", true, `reason for discontinuation (${c.discontinuationReason ?? "not given"})`),
        ...declared(c.files.subjects, subjectCore),
      ],
    },
    {
      name: "visits",
      description: c.files.visits ? `One row per visit of ${c.files.visits.path}.` : "No visits file was given.",
      sortKey: ["subject_id", "visit_number"],
      columns: [
        col("subject_id", "VARCHAR", false, "subject (subjects.subject_id)"),
        col("visit_number", "INTEGER", false, `visit number (${c.visitColumns?.number ?? "-"})`),
        col("visit_date", "DATE", false, `visit date (${c.visitColumns?.date ?? "-"})`),
        col("study_day", "INTEGER", false, "visit_date − enrol_date + 1"),
        ...(c.files.visits ? declared(c.files.visits, visitCore) : []),
      ],
    },
    {
      name: "adverse_events",
      description: c.files.adverse_events ? `One row per adverse event of ${c.files.adverse_events.path}.` : "No adverse-events file was given.",
      sortKey: ["subject_id", "ae_seq"],
      columns: [
        col("ae_id", "VARCHAR", false, "<subject_id>-AE<sequence>"),
        col("subject_id", "VARCHAR", false, "subject (subjects.subject_id)"),
        col("ae_seq", "INTEGER", false, `sequence within the subject (${c.adverseEventColumns?.sequence ?? "-"})`),
        col("term", "VARCHAR", false, `reported term (${c.adverseEventColumns?.term ?? "-"})`),
        col("onset_date", "DATE", false, `onset date (${c.adverseEventColumns?.onset ?? "-"})`),
        col("study_day", "INTEGER", false, "onset_date − enrol_date + 1"),
        ...(c.files.adverse_events ? declared(c.files.adverse_events, aeCore) : []),
      ],
    },
  ];
}

/** The subjects that meet the criteria; a criterion that cannot be evaluated halts naming the file. */
function eligibleSubjects(config: StudyConfig, screened: Row[], file: string): { eligible: Row[] } {
  try {
    return applyCriteria(config.criteria, screened, (r) => String(r.subject_id));
  } catch (error) {
    if (error instanceof EligibilityError) throw new ReaderError({ file, column: error.column, value: error.value, rule: `subject ${error.subject}: ${error.rule}` });
    throw error;
  }
}

const copyDeclared = (row: Row, columns: readonly ColumnSpec[], from: number): Row => Object.fromEntries(columns.slice(from).map((c) => [c.name, row[c.name] ?? null]));

export async function prepareByoSnapshot(config: StudyConfig, month: string, cutDate: string): Promise<PreparedSnapshot> {
  const study = readByoConfig((config.source as ByoSource).configFile);
  const c = study.config;
  if (c.dataCut !== month) throw new ByoConfigError(study.configFile, "dataCut", `the config's data cut is ${c.dataCut}, not ${month}`);
  const schema = byoSnapshotTables(study);
  const [subjectSpec, visitSpec, aeSpec] = schema as [TableSpec, TableSpec, TableSpec];
  const files = [study.resolve(c.files.subjects.path)];
  const ignored: Record<string, string[]> = {};
  const read = async (file: string, spec: ByoTableFile) => {
    const table = await readByoTable(file, spec);
    if (table.ignoredColumns.length > 0) ignored[spec.path] = table.ignoredColumns;
    return table.rows;
  };
  const screenedRows = await read(files[0] as string, c.files.subjects);
  const screened: Row[] = screenedRows.map((r) => ({ ...r, subject_id: r[c.subjectId] ?? null }));
  const { eligible } = eligibleSubjects(config, screened, files[0] as string);
  // The rows the criteria exclude never reach the contracts: the same rules run on them here.
  const excludedRowViolations = checkExcludedSubjectRows(c, screened, new Set(eligible), cutDate, config.plausibility);
  if (excludedRowViolations.length > 0) throw new ByoSourceRuleError(excludedRowViolations);
  const armOf = new Map(c.treatment.arms.map((a) => [a.value, a]));
  const subjects: Row[] = eligible.map((r) => {
    const value = r[c.treatment.column];
    const arm = armOf.get(String(value));
    const discDate = c.dates.discontinuation ? (r[c.dates.discontinuation] ?? null) : null;
    return {
      subject_id: r.subject_id as string,
      arm: arm ? arm.code : (value as string | null),
      treated: arm ? (arm.role === "treated" ? 1 : 0) : null,
      enrol_date: r[c.dates.enrolment] ?? null,
      disposition: discDate === null ? "completed" : "discontinued",
      disc_date: discDate,
      disc_reason: discDate !== null && c.discontinuationReason ? (r[c.discontinuationReason] ?? null) : null,
      ...copyDeclared(r, subjectSpec.columns, 7),
    };
  });
  const enrol = new Map(subjects.map((s) => [s.subject_id, s.enrol_date]));
  // Record accounting: a subject row is kept when eligible, else excluded at the first criterion it
  // fails (as the CONSORT log counts it); every visit and adverse-event row is kept (one of a subject
  // who is not enrolled halts at the foreign-keys contract instead of being dropped).
  const criterionById = new Map(config.criteria.map((k) => [k.id, k]));
  const eligibleIds = new Set(eligible.map((r) => r.subject_id));
  const subjectText = (r: Row) => (r[c.subjectId] === null || r[c.subjectId] === undefined ? "" : String(r[c.subjectId]));
  const accounting: RecordAccounting = { files: [], excluded: [] };
  const account = (one: ReturnType<typeof accountRecords<Row>>) => {
    accounting.files.push(one.file);
    accounting.excluded.push(...one.excluded);
  };
  account(
    accountRecords(c.files.subjects.path, "subjects", screened, subjectText, (r) => {
      if (eligibleIds.has(r.subject_id)) return null;
      const id = firstFailedCriterion(config.criteria, r, subjectText(r));
      const criterion = id === null ? undefined : criterionById.get(id);
      return criterion ? criterionFate(criterion) : { rule: "not-eligible", reason: "not eligible" };
    }),
  );

  let visits: Row[] = [];
  if (c.files.visits && c.visitColumns) {
    const v = c.visitColumns;
    const file = study.resolve(c.files.visits.path);
    files.push(file);
    const rows = await read(file, c.files.visits);
    account(accountRecords(c.files.visits.path, "visits", rows, subjectText, () => null));
    visits = rows.map((r) => ({
      subject_id: r[c.subjectId] ?? null,
      visit_number: r[v.number] ?? null,
      visit_date: r[v.date] ?? null,
      study_day: studyDay(r[v.date], enrol.get(r[c.subjectId] ?? null)),
      ...copyDeclared(r, visitSpec.columns, 4),
    }));
  }
  let adverse_events: Row[] = [];
  if (c.files.adverse_events && c.adverseEventColumns) {
    const a = c.adverseEventColumns;
    const file = study.resolve(c.files.adverse_events.path);
    files.push(file);
    const rows = await read(file, c.files.adverse_events);
    account(accountRecords(c.files.adverse_events.path, "adverse_events", rows, subjectText, () => null));
    adverse_events = rows.map((r) => ({
      ae_id: `${String(r[c.subjectId])}-AE${String(r[a.sequence]).padStart(2, "0")}`,
      subject_id: r[c.subjectId] ?? null,
      ae_seq: r[a.sequence] ?? null,
      term: r[a.term] ?? null,
      onset_date: r[a.onset] ?? null,
      study_day: studyDay(r[a.onset], enrol.get(r[c.subjectId] ?? null)),
      ...copyDeclared(r, aeSpec.columns, 6),
    }));
  }
  const base = path.dirname(study.configFile);
  const sourceFiles = sourceFileRecords([study.configFile, ...files], base);
  return {
    schema,
    tables: { subjects, visits, adverse_events },
    screened,
    discontinuationReasons: discontinuationReasonsOf(subjects),
    sourceFiles,
    truth: { study: config.id, month, cutDate, ground_truth: null, note: "Bring-your-own study: no ground truth is known to the loader." },
    parquetMetadata: { source_kind: "byo", source_files: JSON.stringify(sourceFiles.map((f) => ({ path: f.path, sha256: f.sha256 }))) },
    // Columns of the input files that the config does not declare: not read, listed here (only when there are any).
    record: { source_config: path.basename(study.configFile), ...(Object.keys(ignored).length > 0 ? { ignored_columns: ignored } : {}) },
    accounting,
  };
}
