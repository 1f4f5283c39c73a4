/**
 * Record accounting of the CDISC source (issue 13, item 1), for the files whose records become
 * snapshot rows: every record of DM, DS, AE and SV either ends in the snapshot (the table it
 * feeds) or is excluded with its reason (screen failure, not treatment-emergent, a visit outside
 * baseline to week 26, …); per file, read = kept + excluded. The other files (SUPPDM, VS, LB, EX,
 * MH and the ADaM datasets) feed column values of those rows and are counted as read only.
 * Computed from the derived tables, so it describes exactly what the loader kept; the snapshot
 * itself is unchanged (the accounting is written by `npm run check -- --exclusions <file>`).
 */
import path from "node:path";
import type { SnapshotTables } from "../contracts/context.ts";
import type { Dataset, Row } from "../readers/types.ts";
import type { CdiscDomains } from "./read-domains.ts";
import { SCHEDULED_VISITS } from "./visits.ts";

export interface ExcludedRecord {
  file: string;
  /** 1-based row of the file. */
  row: number;
  subject: string;
  reason: string;
}

export interface FileAccount {
  file: string;
  read: number;
  /** Records that end in the snapshot, and the table they feed; null for files that only feed column values. */
  kept: number | null;
  keptIn: string | null;
  excluded: number | null;
  /** Excluded records per reason. */
  reasons: Record<string, number>;
}

export interface CdiscAccounting {
  files: FileAccount[];
  excluded: ExcludedRecord[];
}

const text = (row: Row, column: string) => (typeof row[column] === "string" ? (row[column] as string).trim() : row[column] === null || row[column] === undefined ? "" : String(row[column]));

const NOT_ITT = "subject not in the ITT population (screen failure or not randomized)";

export function cdiscAccounting(domains: CdiscDomains, tables: SnapshotTables, screened: ReadonlyArray<Record<string, unknown>>, sourceDir: string): CdiscAccounting {
  const rel = (d: Dataset) => path.relative(sourceDir, d.source.file).split(path.sep).join("/");
  const itt = new Set(tables.subjects.map((s) => s.subject_id as string));
  const screenFailures = new Set(screened.filter((s) => s.screen_failure === true).map((s) => s.subject_id as string));
  const keptAe = new Set(tables.adverse_events.map((e) => `${e.subject_id as string}|${e.ae_seq as number}`));
  const excluded: ExcludedRecord[] = [];
  const files: FileAccount[] = [];

  const account = (d: Dataset, keptIn: string, fate: (row: Row) => string | null) => {
    const file = rel(d);
    const reasons: Record<string, number> = {};
    let kept = 0;
    d.rows.forEach((row, i) => {
      const reason = fate(row);
      if (reason === null) {
        kept += 1;
        return;
      }
      reasons[reason] = (reasons[reason] ?? 0) + 1;
      excluded.push({ file, row: i + 1, subject: text(row, "USUBJID"), reason });
    });
    files.push({ file, read: d.rows.length, kept, keptIn, excluded: d.rows.length - kept, reasons });
  };

  const d = domains.datasets;
  account(d.dm, "subjects", (row) => {
    const id = text(row, "USUBJID");
    if (itt.has(id)) return null;
    return screenFailures.has(id) ? "screen failure (not randomized; CONSORT E1)" : "not in the ITT population (CONSORT I1)";
  });
  account(d.ds, "subjects.disposition, disc_date, disc_reason", (row) => {
    if (text(row, "DSCAT") !== "DISPOSITION EVENT") return `not a disposition event (DSCAT ${text(row, "DSCAT") || "blank"}, DSDECOD ${text(row, "DSDECOD")})`;
    return itt.has(text(row, "USUBJID")) ? null : NOT_ITT;
  });
  account(d.ae, "adverse_events", (row) => {
    const id = text(row, "USUBJID");
    if (!itt.has(id)) return NOT_ITT;
    return keptAe.has(`${id}|${Number(row.AESEQ)}`) ? null : "not treatment-emergent (onset before the first dose)";
  });
  account(d.sv, "visits", (row) => {
    if (!itt.has(text(row, "USUBJID"))) return NOT_ITT;
    const visitnum = typeof row.VISITNUM === "number" ? row.VISITNUM : Number(row.VISITNUM);
    if (SCHEDULED_VISITS.has(visitnum)) return null;
    if (!Number.isInteger(visitnum)) return "unscheduled visit (not in the analysis schedule)";
    return visitnum < 3 ? "screening visit (before baseline)" : `visit ${text(row, "VISIT")} is not in the analysis schedule (baseline to week 26)`;
  });
  for (const key of ["suppdm", "vs", "lb", "ex", "mh", "adsl", "adadas", "adqscibc"] as const) {
    files.push({ file: rel(d[key]), read: d[key].rows.length, kept: null, keptIn: null, excluded: null, reasons: {} });
  }
  return { files, excluded };
}

/** One line per file: `sdtm/dm.xpt: read 306 = kept 254 (subjects) + excluded 52 (screen failure …: 52)`. */
export function formatAccounting(a: CdiscAccounting): string[] {
  return a.files.map((f) =>
    f.kept === null
      ? `${f.file}: read ${f.read} (feeds column values; not accounted record by record)`
      : `${f.file}: read ${f.read} = kept ${f.kept} (${f.keptIn}) + excluded ${f.excluded}${Object.keys(f.reasons).length > 0 ? ` (${Object.entries(f.reasons).map(([r, n]) => `${r}: ${n}`).join("; ")})` : ""}`,
  );
}
