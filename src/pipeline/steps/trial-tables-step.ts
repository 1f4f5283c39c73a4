/**
 * The trial-tables step: the CSR-style tables of a study-month (src/analysis/trial-tables/),
 * computed from its snapshot's `subjects`, `visits` and `adverse_events` Parquet files. Writes
 * `tables/trial-tables.json` (every table as data: unrounded numbers and printed text; the
 * omitted tables with their reasons) and one `tables/<id>.csv` and `tables/<id>.rtf` per table.
 * Everything is under `tables/`, like the models step's `models/`: the month folder's own files
 * are the snapshot's members and analysis.json, which the archive freezes as `data/` and checks
 * the published site against (src/archive/site-data.ts); a sub-folder is covered by the
 * archive manifest's hashes.
 *
 * A table that does not apply (14-1.01 without population flags, 14-3.01 for a binary endpoint)
 * still gets its two files, each stating that the table is not produced and why: the page names
 * every table's files statically (Framework resolves `FileAttachment` names at build time and
 * fails on a missing one), and a reader of the archive finds the reason where the table would be.
 */
import path from "node:path";
import { readParquet } from "../../../data-loaders/readers/parquet.ts";
import { tableToCsv } from "../../analysis/trial-tables/csv-writer.ts";
import { csvField } from "../../analysis/trial-tables/csv-writer.ts";
import { rtfEscape, tableToRtf } from "../../analysis/trial-tables/rtf-writer.ts";
import { snapshotRowsOf, studyTrialTables, tableFileName, type OmittedTable, type TrialTablesDocument } from "../../analysis/trial-tables/study-trial-tables.ts";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { getStudy } from "../../foundation/registry.ts";
import type { ArtifactFile } from "../artifact-store.ts";
import type { StepRun } from "../step-context.ts";
import { lockedFileName, lockedTrialTables } from "../../analysis/locked-views.ts";

export const TRIAL_TABLES_JSON = "tables/trial-tables.json";

/** The trial tables of the snapshot in `dataDir`. */
export async function trialTablesOfSnapshot(config: StudyConfig, month: string, dataDir: string): Promise<TrialTablesDocument> {
  const read = async (name: string) => (await readParquet(path.join(dataDir, `${name}.parquet`))).rows;
  const rows = snapshotRowsOf({ subjects: await read("subjects"), visits: await read("visits"), adverse_events: await read("adverse_events") });
  try {
    return studyTrialTables(
      rows,
      {
        id: config.id,
        arms: config.arms,
        covariates: config.covariates,
        primaryOutcome: config.primaryOutcome,
        outcome: config.source.outcome,
        prespecified: config.prespecified ?? null,
        csrTables: config.csrTables ?? null,
      },
      month,
    );
  } catch (error) {
    throw new Error(`${config.id} ${month}: trial tables: ${(error as Error).message}`);
  }
}

/** The CSV and RTF of a table that is not produced: its number, title and the reason. */
export function omittedTableFiles(o: OmittedTable, header: string[]): Array<{ name: string; text: string }> {
  const line = `Table ${o.id} (${o.title}) is not produced for this data cut: ${o.reason}`;
  const csv = `${["table", "title", "status", "reason"].join(",")}\r\n${[o.id, o.title, "not produced", o.reason].map(csvField).join(",")}\r\n`;
  const para = (text: string) => `{\\pard\\ql ${rtfEscape(text)}\\par}`;
  const rtf = [`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fmodern\\fcharset0 Courier New;}}\\f0\\fs18`, ...header.map(para), para(line), "}"].join("\n");
  return [
    { name: tableFileName(o.id, "csv"), text: csv },
    { name: tableFileName(o.id, "rtf"), text: rtf },
  ];
}

/** trial-tables.json, the CSV and RTF of every table, and those of every omitted table (with its reason). */
export function trialTableFiles(doc: TrialTablesDocument): ArtifactFile[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const header = [`Protocol: ${doc.study}`, `Data cut: ${doc.month}`];
  return [
    { name: TRIAL_TABLES_JSON, bytes: encode(`${JSON.stringify(doc, null, 2)}\n`) },
    // What a locked page shows: every cell of fewer than 5 subjects suppressed, no CSV or RTF.
    { name: lockedFileName(TRIAL_TABLES_JSON), bytes: encode(`${JSON.stringify(lockedTrialTables(doc), null, 2)}\n`) },
    ...doc.tables.flatMap((t) => [
      { name: tableFileName(t.id, "csv"), bytes: encode(tableToCsv(t)) },
      { name: tableFileName(t.id, "rtf"), bytes: encode(tableToRtf(t, { header })) },
    ]),
    ...doc.omitted.flatMap((o) => omittedTableFiles(o, header).map((f) => ({ name: f.name, bytes: encode(f.text) }))),
  ];
}

export const run: StepRun = async ({ study, month, inputDir }) =>
  trialTableFiles(await trialTablesOfSnapshot(getStudy(study), month, inputDir({ step: "snapshot", study, month })));
