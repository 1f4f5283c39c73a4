/**
 * The trial-tables step: the CSR-style tables of a study-month (src/analysis/trial-tables/),
 * computed from its snapshot's `subjects`, `visits` and `adverse_events` Parquet files. Writes
 * `trial-tables.json` (every table as data: unrounded numbers and printed text; the omitted
 * tables with their reasons) and one `tables/<id>.csv` and `tables/<id>.rtf` per table.
 */
import path from "node:path";
import { readParquet } from "../../../data-loaders/readers/parquet.ts";
import { tableToCsv } from "../../analysis/trial-tables/csv-writer.ts";
import { tableToRtf } from "../../analysis/trial-tables/rtf-writer.ts";
import { snapshotRowsOf, studyTrialTables, tableFileName, type TrialTablesDocument } from "../../analysis/trial-tables/study-trial-tables.ts";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { getStudy } from "../../foundation/registry.ts";
import type { ArtifactFile } from "../artifact-store.ts";
import type { StepRun } from "../step-context.ts";

/** The trial tables of the snapshot in `dataDir`. */
export async function trialTablesOfSnapshot(config: StudyConfig, month: string, dataDir: string): Promise<TrialTablesDocument> {
  const read = async (name: string) => (await readParquet(path.join(dataDir, `${name}.parquet`))).rows;
  const rows = snapshotRowsOf({ subjects: await read("subjects"), visits: await read("visits"), adverse_events: await read("adverse_events") });
  try {
    return studyTrialTables(rows, { id: config.id, arms: config.arms, covariates: config.covariates, primaryOutcome: config.primaryOutcome, outcome: config.source.outcome }, month);
  } catch (error) {
    throw new Error(`${config.id} ${month}: trial tables: ${(error as Error).message}`);
  }
}

/** trial-tables.json and the CSV and RTF of every table. */
export function trialTableFiles(doc: TrialTablesDocument): ArtifactFile[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const header = [`Protocol: ${doc.study}`, `Data cut: ${doc.month}`];
  return [
    { name: "trial-tables.json", bytes: encode(`${JSON.stringify(doc, null, 2)}\n`) },
    ...doc.tables.flatMap((t) => [
      { name: tableFileName(t.id, "csv"), bytes: encode(tableToCsv(t)) },
      { name: tableFileName(t.id, "rtf"), bytes: encode(tableToRtf(t, { header })) },
    ]),
  ];
}

export const run: StepRun = async ({ study, month, inputDir }) => trialTableFiles(await trialTablesOfSnapshot(getStudy(study), month, inputDir({ step: "snapshot", study, month })));
