/**
 * Record accounting of the CDISC source (issue 13, item 1), for the files whose records become
 * snapshot rows: every record of DM, DS, AE and SV either ends in the snapshot (the table it
 * feeds) or is excluded with its reason (screen failure, not treatment-emergent, a visit outside
 * baseline to week 26, …); per file, read = kept + excluded. The other files (SUPPDM, VS, LB, EX,
 * MH and the ADaM datasets) feed column values of those rows and are counted as read only.
 * Computed from the derived tables, so it describes exactly what the loader kept. The snapshot step
 * writes it beside the snapshot as `exclusions.json` (data-loaders/snapshot/exclusion-log.ts), and
 * `npm run check -- --exclusions <file>` writes it without building.
 */
import path from "node:path";
import type { SnapshotTables } from "../contracts/context.ts";
import type { Dataset, Row } from "../readers/types.ts";
import { accountRecords, type FileAccount, type RecordAccounting, type RecordFate } from "../snapshot/exclusion-log.ts";
import type { CdiscDomains } from "./read-domains.ts";
import { SCHEDULED_VISITS } from "./visits.ts";

export type { ExcludedRecord, FileAccount } from "../snapshot/exclusion-log.ts";
export type CdiscAccounting = RecordAccounting;

const text = (row: Row, column: string) =>
  typeof row[column] === "string" ? (row[column] as string).trim() : row[column] === null || row[column] === undefined ? "" : String(row[column]);

const NOT_ITT: RecordFate = { rule: "not-itt", reason: "subject not in the ITT population (screen failure or not randomized)" };

export function cdiscAccounting(domains: CdiscDomains, tables: SnapshotTables, screened: ReadonlyArray<Record<string, unknown>>, sourceDir: string): CdiscAccounting {
  const rel = (d: Dataset) => path.relative(sourceDir, d.source.file).split(path.sep).join("/");
  const itt = new Set(tables.subjects.map((s) => s.subject_id as string));
  const screenFailures = new Set(screened.filter((s) => s.screen_failure === true).map((s) => s.subject_id as string));
  const keptAe = new Set(tables.adverse_events.map((e) => `${e.subject_id as string}|${e.ae_seq as number}`));
  const accounting: CdiscAccounting = { files: [], excluded: [] };

  const account = (d: Dataset, keptIn: string, fate: (row: Row) => RecordFate) => {
    const one = accountRecords(rel(d), keptIn, d.rows, (row) => text(row, "USUBJID"), fate);
    accounting.files.push(one.file);
    accounting.excluded.push(...one.excluded);
  };

  const d = domains.datasets;
  account(d.dm, "subjects", (row) => {
    const id = text(row, "USUBJID");
    if (itt.has(id)) return null;
    return screenFailures.has(id)
      ? { rule: "screen-failure", reason: "screen failure (not randomized; CONSORT E1)" }
      : { rule: "not-itt", reason: "not in the ITT population (CONSORT I1)" };
  });
  account(d.ds, "subjects.disposition, disc_date, disc_reason", (row) => {
    if (text(row, "DSCAT") !== "DISPOSITION EVENT")
      return { rule: "not-disposition-event", reason: `not a disposition event (DSCAT ${text(row, "DSCAT") || "blank"}, DSDECOD ${text(row, "DSDECOD")})` };
    return itt.has(text(row, "USUBJID")) ? null : NOT_ITT;
  });
  account(d.ae, "adverse_events", (row) => {
    const id = text(row, "USUBJID");
    if (!itt.has(id)) return NOT_ITT;
    return keptAe.has(`${id}|${Number(row.AESEQ)}`) ? null : { rule: "not-treatment-emergent", reason: "not treatment-emergent (onset before the first dose)" };
  });
  account(d.sv, "visits", (row) => {
    if (!itt.has(text(row, "USUBJID"))) return NOT_ITT;
    const visitnum = typeof row.VISITNUM === "number" ? row.VISITNUM : Number(row.VISITNUM);
    if (SCHEDULED_VISITS.has(visitnum)) return null;
    if (!Number.isInteger(visitnum)) return { rule: "unscheduled-visit", reason: "unscheduled visit (not in the analysis schedule)" };
    return visitnum < 3
      ? { rule: "screening-visit", reason: "screening visit (before baseline)" }
      : { rule: "visit-outside-schedule", reason: `visit ${text(row, "VISIT")} is not in the analysis schedule (baseline to week 26)` };
  });
  for (const key of ["suppdm", "vs", "lb", "ex", "mh", "adsl", "adadas", "adqscibc"] as const) {
    accounting.files.push({ file: rel(d[key]), read: d[key].rows.length, kept: null, keptIn: null, excluded: null, reasons: {} } satisfies FileAccount);
  }
  return accounting;
}

/** One line per file: `sdtm/dm.xpt: read 306 = kept 254 (subjects) + excluded 52 (screen failure …: 52)`. */
export function formatAccounting(a: RecordAccounting): string[] {
  return a.files.map((f) =>
    f.kept === null
      ? `${f.file}: read ${f.read} (feeds column values; not accounted record by record)`
      : `${f.file}: read ${f.read} = kept ${f.kept} (${f.keptIn}) + excluded ${f.excluded}${
          Object.keys(f.reasons).length > 0
            ? ` (${Object.entries(f.reasons)
                .map(([r, n]) => `${r}: ${n}`)
                .join("; ")})`
            : ""
        }`,
  );
}
