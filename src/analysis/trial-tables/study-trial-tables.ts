/**
 * The trial tables of one study-month as one document, `trial-tables.json`: every CSR-style table
 * that applies (in CSR order), and for each that does not, its number, title and why it is
 * omitted. The same function runs in the pipeline's `trial-tables` step (Node, rows read from the
 * snapshot's Parquet by DuckDB) and in the page (browser, rows read by parquet-wasm into Arrow):
 * `snapshotRowsOf` first brings both readers' rows to one shape, so that the two documents can be
 * compared number for number (pages/components/agreement.ts).
 *
 * These are the statistical analysis plan's pre-specified tables: every table carries the
 * footnote `PRESPECIFIED_NOTE`, so that a p-value printed in them is read as planned, not found.
 */
import type { Arm, CsrTableLayout, OutcomeType, PrespecifiedAnalysisPlan } from "../../foundation/study-config.ts";
import type { SubjectRow } from "./arm-columns.ts";
import { snapshotTrialTables, type SnapshotRows } from "./snapshot-trial-tables.ts";
import type { TrialTable } from "./trial-table.ts";

/** What the tables need of a study entry (a `StudyConfig`, or the pages' `studies.json` record). */
export interface TrialTablesStudy {
  id: string;
  arms: readonly Arm[];
  covariates: readonly string[];
  primaryOutcome: string;
  outcome: OutcomeType;
  /** The pre-specified primary analysis: its `doses` (arm code → dose) give Table 14-3.01 its dose-response test. */
  prespecified?: Pick<PrespecifiedAnalysisPlan, "doses"> | null;
  /** The study report's own table layout (the CDISC pilot's), if any. */
  csrTables?: CsrTableLayout | null;
}

export interface OmittedTable {
  id: string;
  title: string;
  reason: string;
}

export interface TrialTablesDocument {
  study: string;
  month: string;
  note: string;
  tables: TrialTable[];
  omitted: OmittedTable[];
}

export const PRESPECIFIED_NOTE = "Pre-specified analysis (CSR Section 14 table of the statistical analysis plan); p-values are reported only for these planned comparisons.";

/** The snapshot's BOOLEAN columns, as the loader holds them (true/false). */
const BOOLEAN_COLUMNS = new Set(["consent_withdrawn", "serious", "related"]);

function normalizeValue(column: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (BOOLEAN_COLUMNS.has(column)) return value === true || value === 1;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/**
 * A reader's rows in the loader's shape: BOOLEAN columns as true/false (DuckDB's Node reader
 * gives 1/0, Arrow gives booleans), 64-bit integers as numbers, dates as ISO text, missing as null.
 */
export function snapshotRowsOf(raw: { subjects: readonly SubjectRow[]; visits: readonly SubjectRow[]; adverse_events: readonly SubjectRow[] }): SnapshotRows {
  const each = (rows: readonly SubjectRow[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalizeValue(k, v)])));
  return { subjects: each(raw.subjects), visits: each(raw.visits), adverse_events: each(raw.adverse_events) };
}

/** A table with the study layout's note for it (if any) and the pre-specified footnote. */
const withNotes = (table: TrialTable, note?: string): TrialTable => ({ ...table, footnotes: [...table.footnotes, ...(note === undefined ? [] : [note]), PRESPECIFIED_NOTE] });

/**
 * Every table of a study-month, in CSR order (14-1.01, 14-1.02, 14-2.01, 14-3.01, the CIBIC+
 * 14-3.02 and 14-3.13 where the snapshot carries it, 14-5.01, 14-5.02), with the reasons for
 * those omitted.
 *
 * @example
 * studyTrialTables(rows, { id: "SYN-LIN-B", outcome: "binary", … }, "2026-01").omitted[0].id // => "14-1.01"
 */
export function studyTrialTables(rows: SnapshotRows, study: TrialTablesStudy, month: string): TrialTablesDocument {
  const config = { ...study, csrTables: study.csrTables ?? undefined, source: { outcome: study.outcome } } as unknown as Parameters<typeof snapshotTrialTables>[1];
  // The plan's doses (CDISCPILOT01: placebo 0, Xanomeline 54 and 81 mg, as in the published Table 14-3.01); none, no dose-response test.
  const doses = study.prespecified?.doses ?? undefined;
  const t = snapshotTrialTables(rows, config, doses === undefined ? {} : { doses });
  const tables: TrialTable[] = [];
  const omitted: OmittedTable[] = [];
  if (t.populations) tables.push(t.populations);
  else
    omitted.push({
      id: "14-1.01",
      title: "Summary of Populations",
      reason: "The snapshot does not flag analysis populations (ITT, safety, efficacy): every enrolled subject is in each table's population.",
    });
  tables.push(t.disposition, t.demographics);
  if (t.efficacy) tables.push(t.efficacy);
  else {
    omitted.push({
      id: "14-3.01",
      title: "Primary Endpoint Analysis by Visit",
      reason:
        study.outcome === "binary"
          ? `The primary endpoint (${study.primaryOutcome}) is binary: the CSR's ANCOVA of the change from baseline by visit does not apply (the primary analysis page reports the risk difference).`
          : `No subject has the primary endpoint (${study.primaryOutcome}) observed at a post-baseline scheduled visit by this data cut.`,
    });
  }
  // The CIBIC+ tables (the CDISC pilot's secondary efficacy endpoint): produced where the snapshot carries CIBIC+.
  const cibicTables: Array<[TrialTable | null, string, string]> = [
    [t.cibicSummary, "14-3.02", "CIBIC+ - Summary by Visit - LOCF"],
    [t.cibicCategories, "14-3.13", "CIBIC+ - Categorical Analysis - LOCF"],
  ];
  for (const [table, id, title] of cibicTables) {
    if (table) tables.push(table);
    else
      omitted.push({
        id,
        title,
        reason: "The study has no CIBIC+ endpoint (the snapshot carries no CIBIC+ scores): this secondary efficacy table of the CDISC pilot's plan does not apply.",
      });
  }
  tables.push(t.adverseEvents, t.seriousAdverseEvents);
  return {
    study: study.id,
    month,
    note: PRESPECIFIED_NOTE,
    tables: tables.map((t) => withNotes(t, study.csrTables?.notes?.[t.id])),
    omitted,
  };
}

/** The file name of a table's CSV or RTF, e.g. `tables/14-2.01.csv`. */
export const tableFileName = (id: string, ext: "csv" | "rtf"): string => `tables/${id}.${ext}`;
