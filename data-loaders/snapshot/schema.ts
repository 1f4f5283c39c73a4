/**
 * The tables of a study-month snapshot: columns, their Parquet (DuckDB) types, whether they may
 * be null, and the sort order the rows are written in. Only types that survive
 * Parquet → parquet-wasm → Arrow → DuckDB-WASM 1.29 unchanged are used: DATE, DOUBLE, INTEGER,
 * VARCHAR, BOOLEAN (no nested, unsigned, DECIMAL or timestamp types).
 *
 * No column carries ground truth (potential outcomes, true propensity, true effects): that is in
 * `truth.json` only.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";

export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "DATE" | "BOOLEAN";
export type TableName = "subjects" | "visits" | "adverse_events";
/** A row as the loader holds it: DATE values are ISO `YYYY-MM-DD` text. */
export type Row = Record<string, string | number | boolean | null>;

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
}

/** A table's schema; `N` is a snapshot table by default, any name for derived tables (portfolio). */
export interface TableSpec<N extends string = TableName> {
  name: N;
  description: string;
  columns: ColumnSpec[];
  /** Rows are written sorted by these columns (ascending, binary string order). */
  sortKey: string[];
}

export const col = (name: string, type: ColumnType, nullable: boolean, description: string): ColumnSpec => ({ name, type, nullable, description });

/** The three tables of a snapshot of this study (the primary outcome column depends on the study). */
export function snapshotTables(config: StudyConfig): TableSpec[] {
  const outcomeType: ColumnType = config.source.outcome === "binary" ? "INTEGER" : "DOUBLE";
  const outcomeText = config.source.outcome === "binary" ? "responder (1) or not (0)" : "change from baseline in the severity score";
  return [
    {
      name: "subjects",
      description: "One row per enrolled subject at the data cut.",
      sortKey: ["subject_id"],
      columns: [
        col("subject_id", "VARCHAR", false, "subject identifier <site>-<screening number>"),
        col("site", "VARCHAR", false, "site code"),
        col("region", "VARCHAR", false, "region of the site"),
        col("arm", "VARCHAR", false, "arm code (see the study's arms)"),
        col("treated", "INTEGER", false, "1 for the treated arm, 0 for control"),
        col("enrol_date", "DATE", false, "date of enrolment and assignment (day 1)"),
        col("age", "INTEGER", false, "age at screening, years"),
        col("female", "INTEGER", false, "1 female, 0 male"),
        col("bmi", "DOUBLE", false, "body-mass index, kg/m²"),
        col("baseline_severity", "DOUBLE", false, "severity score at baseline"),
        col("diabetes", "INTEGER", false, "1 with diabetes"),
        col("egfr", "DOUBLE", false, "eGFR at screening, mL/min/1.73m²"),
        col("prior_therapy", "INTEGER", false, "1 with prior therapy for the indication"),
        col("consent_withdrawn", "BOOLEAN", false, "consent withdrawn before assignment (false for every enrolled subject)"),
        col("disposition", "VARCHAR", false, "status at the cut: ongoing, completed or discontinued"),
        col("disc_date", "DATE", true, "date of discontinuation (null unless discontinued)"),
        col("disc_reason", "VARCHAR", true, "adverse event, lack of efficacy, withdrew consent or lost to follow-up (null unless discontinued)"),
        col("last_visit_date", "DATE", false, "date of the last attended visit on or before the cut"),
        col("days_on_study", "INTEGER", false, "days from enrolment to the end of follow-up (discontinuation, primary visit or the cut), counting the enrolment day"),
        col(config.primaryOutcome, outcomeType, true, `primary outcome at the primary visit: ${outcomeText} (null if not assessed by the cut or missing)`),
        col("tte_days", "INTEGER", false, "time to clinical worsening: study day of the first worsening, or of the end of follow-up (= days_on_study) when censored"),
        col("tte_event", "INTEGER", false, "1 when clinical worsening occurred on or before the end of follow-up, 0 when censored (discontinuation, primary visit or data cut)"),
      ],
    },
    {
      name: "visits",
      description: "One row per scheduled visit on or before the cut (baseline = 0), attended or missed; none after discontinuation.",
      sortKey: ["subject_id", "visit_number"],
      columns: [
        col("subject_id", "VARCHAR", false, "subject (subjects.subject_id)"),
        col("visit_number", "INTEGER", false, "0 baseline, 1..K follow-up; K is the primary visit"),
        col("visit_label", "VARCHAR", false, "Baseline or Week w"),
        col("visit_week", "INTEGER", false, "scheduled study week"),
        col("scheduled_date", "DATE", false, "scheduled date"),
        col("visit_date", "DATE", true, "actual date (null if missed)"),
        col("status", "VARCHAR", false, "completed or missed"),
        col("study_day", "INTEGER", true, "visit_date − enrol_date + 1 (null if missed)"),
        col("heart_rate", "INTEGER", true, "beats/min"),
        col("sbp", "INTEGER", true, "systolic blood pressure, mmHg"),
        col("dbp", "INTEGER", true, "diastolic blood pressure, mmHg"),
        col("temperature", "DOUBLE", true, "°C"),
        col("weight", "DOUBLE", true, "kg"),
        col("alt", "DOUBLE", true, "alanine aminotransferase, U/L"),
        col("creatinine", "DOUBLE", true, "mg/dL"),
        col("hemoglobin", "DOUBLE", true, "g/dL"),
        col("dose_mg", "DOUBLE", true, "daily dose of study drug since the previous visit, mg (0 on placebo)"),
        col("compliance", "DOUBLE", true, "share of planned doses taken since the previous visit, 0 to 1 (null at baseline)"),
        col(config.primaryOutcome, outcomeType, true, `${outcomeText} at this visit (null at baseline and when missed)`),
      ],
    },
    {
      name: "adverse_events",
      description: "One row per adverse event with onset on or before the cut (and not after discontinuation).",
      sortKey: ["subject_id", "ae_seq"],
      columns: [
        col("ae_id", "VARCHAR", false, "adverse-event identifier <subject_id>-AE<nn>"),
        col("subject_id", "VARCHAR", false, "subject (subjects.subject_id)"),
        col("ae_seq", "INTEGER", false, "sequence number within the subject, by onset"),
        col("term", "VARCHAR", false, "reported term"),
        col("onset_date", "DATE", false, "onset date"),
        col("study_day", "INTEGER", false, "onset_date − enrol_date + 1"),
        col("severity", "VARCHAR", false, "mild, moderate or severe"),
        col("serious", "BOOLEAN", false, "serious adverse event"),
        col("related", "BOOLEAN", false, "related to study drug in the investigator's opinion"),
      ],
    },
  ];
}

/** The spec of one table. */
export function tableSpec(specs: readonly TableSpec[], name: TableName): TableSpec {
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no table "${name}" in the snapshot schema`);
  return spec;
}
