/**
 * The record-level exclusion log of a snapshot (issue 13, requirement 1): every record of every
 * source file read either ends in the snapshot or is listed here with its file, row, subject and
 * rule, and per file read = kept + excluded. Each source builds its accounting (CDISC:
 * data-loaders/cdisc/accounting.ts; bring-your-own: sources/byo-snapshot.ts; synthetic: the
 * generator's record sets as of the cut, sources/synthetic-snapshot.ts); the snapshot builder
 * checks the arithmetic (a record that cannot be placed halts) and the snapshot step writes the
 * log as `exclusions.json` beside the snapshot.
 *
 * Why a file beside the snapshot and not a member of it: the members' bytes (and `snapshot.json`,
 * which lists them) stay exactly as they were; the log names the SHA-256 of the `snapshot.json` it
 * accounts for, so it cannot be paired with another snapshot unnoticed.
 */
import { sha256Hex } from "./sha256.ts";
import { SnapshotError } from "./errors.ts";
import { LOADER_NAME, LOADER_VERSION } from "./version.ts";

/** One source record that is not in the snapshot, and why. */
export interface ExcludedRecord {
  /** The source file (relative to the study's data directory or config), or a generator record set. */
  file: string;
  /** 1-based data row of the file (the CSV header is row 0). */
  row: number;
  subject: string;
  /** Short rule id, e.g. `screen-failure`, `criterion I1`, `not-treatment-emergent`. */
  rule: string;
  /** The rule in words. */
  reason: string;
}

/** The counts of one source file: read = kept + excluded (kept and excluded are null for files that only feed column values). */
export interface FileAccount {
  file: string;
  read: number;
  kept: number | null;
  /** The snapshot table (and columns) its kept records feed; null for files that only feed column values. */
  keptIn: string | null;
  excluded: number | null;
  /** Excluded records per reason. */
  reasons: Record<string, number>;
}

export interface RecordAccounting {
  files: FileAccount[];
  excluded: ExcludedRecord[];
}

/** The verdict on one record: null when it is kept, else the rule that excludes it. */
export type RecordFate = null | { rule: string; reason: string };

/**
 * Accounts the records of one file: each is kept (fate null) or excluded with its rule.
 *
 * @param file the file's name as the log shows it
 * @param keptIn the snapshot table the kept records feed
 * @param records the file's records in file order (row = index + 1)
 * @param subjectOf the record's subject id
 * @param fate null to keep the record, else its rule
 * @example
 * accountRecords("subjects.csv", "subjects", [{ id: "P1", age: 30 }, { id: "P2", age: 12 }], (r) => r.id, (r) => (r.age < 18 ? { rule: "criterion I1", reason: "Adult" } : null)).file
 * // => { file: "subjects.csv", read: 2, kept: 1, keptIn: "subjects", excluded: 1, reasons: { "criterion I1: Adult": 1 } }
 */
export function accountRecords<T>(
  file: string,
  keptIn: string,
  records: readonly T[],
  subjectOf: (record: T) => string,
  fate: (record: T) => RecordFate,
): { file: FileAccount; excluded: ExcludedRecord[] } {
  const excluded: ExcludedRecord[] = [];
  const reasons: Record<string, number> = {};
  records.forEach((record, i) => {
    const verdict = fate(record);
    if (verdict === null) return;
    const label = reasonLabel(verdict);
    reasons[label] = (reasons[label] ?? 0) + 1;
    excluded.push({ file, row: i + 1, subject: subjectOf(record), rule: verdict.rule, reason: verdict.reason });
  });
  return { file: { file, read: records.length, kept: records.length - excluded.length, keptIn, excluded: excluded.length, reasons }, excluded };
}

/**
 * The verdict on a subject excluded at an eligibility criterion (the first it fails, as the CONSORT
 * log counts it): an inclusion criterion not met, or an exclusion criterion met.
 */
export const criterionFate = (criterion: { id: string; kind: "inclusion" | "exclusion"; label: string }): RecordFate => ({
  rule: `criterion ${criterion.id}`,
  reason: criterion.kind === "inclusion" ? `inclusion criterion not met: ${criterion.label}` : `exclusion criterion met: ${criterion.label}`,
});

/** How a reason is counted in a file's `reasons`: the rule id and, when they differ, the words. */
export const reasonLabel = (verdict: { rule: string; reason: string }): string => (verdict.reason === verdict.rule ? verdict.rule : `${verdict.rule}: ${verdict.reason}`);

/**
 * Checks the accounting against the snapshot: per file read = kept + excluded, the excluded count
 * equals the records listed for it, and the kept records of a file feeding a table equal that
 * table's row count when `rowsOf` knows it. A record that cannot be placed is a loader defect or a
 * source the loader misread: it halts, naming the file and the counts.
 *
 * @param rowsOf the snapshot's row count of a `keptIn` table (undefined: not compared, e.g. a file feeding columns of subjects)
 * @throws SnapshotError naming the study, month, file and counts
 */
export function assertAccounted(study: string, month: string, accounting: RecordAccounting, rowsOf: (keptIn: string) => number | undefined): void {
  for (const f of accounting.files) {
    if (f.kept === null || f.excluded === null) continue;
    const listed = accounting.excluded.filter((e) => e.file === f.file).length;
    const rows = f.keptIn === null ? undefined : rowsOf(f.keptIn);
    const problem =
      f.read !== f.kept + f.excluded
        ? `read ${f.read} ≠ kept ${f.kept} + excluded ${f.excluded}`
        : listed !== f.excluded
          ? `${f.excluded} excluded but ${listed} listed with a rule`
          : rows !== undefined && rows !== f.kept
            ? `kept ${f.kept} but the snapshot table ${f.keptIn} has ${rows} rows`
            : null;
    if (problem !== null)
      throw new SnapshotError(
        study,
        month,
        `record accounting: ${f.file}: ${problem} (rule: every record read ends in the snapshot or in the exclusion log; ${f.read - (f.kept + listed)} record(s) cannot be placed)`,
      );
  }
}

/** The body of `exclusions.json`. */
export interface ExclusionLog {
  loader: string;
  loader_version: string;
  study: string;
  month: string;
  cut_date: string;
  /** SHA-256 of the `snapshot.json` this log accounts for. */
  snapshot_sha256: string;
  source_kind: string;
  files: FileAccount[];
  excluded: ExcludedRecord[];
}

/** The bytes of `exclusions.json` (2-space JSON and a newline, like the other JSON members). */
export function exclusionLogBytes(log: Omit<ExclusionLog, "loader" | "loader_version" | "snapshot_sha256">, snapshotJson: Uint8Array): Uint8Array {
  const body: ExclusionLog = {
    loader: LOADER_NAME,
    loader_version: LOADER_VERSION,
    study: log.study,
    month: log.month,
    cut_date: log.cut_date,
    snapshot_sha256: sha256Hex(snapshotJson),
    source_kind: log.source_kind,
    files: log.files,
    excluded: log.excluded,
  };
  return new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`);
}
