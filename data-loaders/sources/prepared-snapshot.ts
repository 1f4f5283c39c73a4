/**
 * What a study's source (synthetic generator, CDISC files, a bring-your-own config) hands the
 * snapshot builder: the three tables with their schema, the screened population the eligibility
 * criteria run over (CONSORT log), the discontinuation reasons to count, the input files read,
 * and what `truth.json` and the Parquet metadata record about the source.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import type { SnapshotTables } from "../contracts/context.ts";
import type { RecordAccounting } from "../snapshot/exclusion-log.ts";
import type { Row, TableSpec } from "../snapshot/schema.ts";

/** One input file and the SHA-256 of its bytes, as `snapshot.json` records it. */
export interface SourceFileRecord {
  path: string;
  sha256: string;
  bytes: number;
}

export interface PreparedSnapshot {
  schema: TableSpec[];
  tables: SnapshotTables;
  /** Every subject assessed for eligibility by the cut (the criteria's columns, `subject_id`). */
  screened: ReadonlyArray<Record<string, unknown>>;
  /** Discontinuation reasons, in the order the CONSORT log lists them. */
  discontinuationReasons: readonly string[];
  /** Input files, in the order read (empty for the synthetic generator). */
  sourceFiles: SourceFileRecord[];
  /** The body of `truth.json` (ground_truth: null for real data). */
  truth: Record<string, unknown>;
  /** Key-value metadata written into every Parquet file, after the common keys. */
  parquetMetadata: Record<string, string>;
  /** Fields of `snapshot.json` describing the source, after the common fields. */
  record: Record<string, unknown>;
  /** Every record of every source file read: kept in the snapshot or excluded with its rule (`exclusions.json`). */
  accounting: RecordAccounting;
}

/** Builds the tables of one data cut of a study. */
export type PrepareSnapshot = (config: StudyConfig, month: string, cutDate: string) => Promise<PreparedSnapshot>;

/** The discontinuation reasons found in the subject rows (`disc_reason`), sorted: real data has no fixed list. */
export function discontinuationReasonsOf(subjects: readonly Row[]): string[] {
  return [...new Set(subjects.map((s) => s.disc_reason).filter((r): r is string => typeof r === "string"))].sort();
}
