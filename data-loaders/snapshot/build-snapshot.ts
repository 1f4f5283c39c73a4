/**
 * Builds one study-month snapshot: take the study's tables from its source (the synthetic
 * generator cut at the end of the month, the CDISC pilot files, or a bring-your-own config), apply
 * the eligibility criteria (CONSORT log), check the contracts, write the Parquet tables and the
 * JSON members, and describe them in `snapshot.json` (source kind and input files with their
 * SHA-256; SHA-256 and row count per member). Members, in order: subjects.parquet,
 * visits.parquet, adverse_events.parquet, consort.json, truth.json, snapshot.json. The primary
 * analysis is a later step that reads this snapshot (src/analysis/primary-analysis.ts). The same
 * (study, month) and the same inputs give the same bytes. Nothing is returned, so nothing is
 * written, unless every contract holds and every source record is accounted for (kept, or in the
 * record-level exclusion log `exclusions.json`, which the snapshot step writes beside the members).
 */
import { getStudy } from "../../src/foundation/registry.ts";
import { asSynthetic, type StudyConfig } from "../../src/foundation/study-config.ts";
import { checkSnapshotContracts } from "../contracts/index.ts";
import { prepareByoSnapshot } from "../sources/byo-snapshot.ts";
import { prepareCdiscSnapshot } from "../sources/cdisc-snapshot.ts";
import type { PreparedSnapshot, SourceFileRecord } from "../sources/prepared-snapshot.ts";
import { prepareSyntheticSnapshot } from "../sources/synthetic-snapshot.ts";
import { cutDateIso } from "../synthetic/dates.ts";
import type { GeneratedTrial } from "../synthetic/types.ts";
import { buildConsort, type ConsortLog } from "./consort.ts";
import { SnapshotError } from "./errors.ts";
import { assertAccounted, exclusionLogBytes } from "./exclusion-log.ts";
import { writeParquet } from "./parquet-writer.ts";
import type { TableName } from "./schema.ts";
import { sha256Hex } from "./sha256.ts";
import { LOADER_NAME, LOADER_VERSION, SCHEMA_VERSION } from "./version.ts";

export interface SnapshotMember {
  name: string;
  bytes: Uint8Array;
}

export interface SnapshotRecord {
  study: string;
  month: string;
  cut_date: string;
  loader: string;
  loader_version: string;
  schema_version: string;
  /** Synthetic studies: generator name, version, seed and parameters. */
  [source: string]: unknown;
  source_kind: StudyConfig["source"]["kind"];
  /** Input files read (path relative to the source directory, SHA-256, bytes); empty for synthetic. */
  source_files: SourceFileRecord[];
  subjects: number;
  members: Array<{ name: string; sha256: string; bytes: number; rows?: number }>;
}

export interface Snapshot {
  members: SnapshotMember[];
  record: SnapshotRecord;
  consort: ConsortLog;
  /**
   * `exclusions.json`, the record-level exclusion log (exclusion-log.ts): not a member (the members
   * and snapshot.json are unchanged by it); it names the SHA-256 of this snapshot's snapshot.json.
   */
  exclusionLog: SnapshotMember;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** Resolves and validates the (study, month) pair; throws a SnapshotError naming both. */
export function resolveStudyMonth(study: string, month: string): StudyConfig {
  let config: StudyConfig;
  try {
    config = getStudy(study);
  } catch (error) {
    throw new SnapshotError(study, month, (error as Error).message);
  }
  if (!config.dataCuts.includes(month))
    throw new SnapshotError(study, month, `month ${JSON.stringify(month)} is not a published data cut of ${study} (data cuts: ${config.dataCuts.join(", ")})`);
  return config;
}

async function prepare(config: StudyConfig, month: string, cutDate: string, trial?: GeneratedTrial): Promise<PreparedSnapshot> {
  switch (config.source.kind) {
    case "synthetic":
      return prepareSyntheticSnapshot(asSynthetic(config), month, cutDate, trial);
    case "cdisc":
      return prepareCdiscSnapshot(config, month, cutDate);
    case "byo":
      return prepareByoSnapshot(config, month, cutDate);
  }
}

/**
 * @param study study id from the registry
 * @param month a data-cut month of that study (`YYYY-MM`)
 * @param trial optionally, the already generated trial of a synthetic study (tests build several cuts from one)
 */
export async function buildSnapshot(study: string, month: string, trial?: GeneratedTrial): Promise<Snapshot> {
  const config = resolveStudyMonth(study, month);
  const cutDate = cutDateIso(month);
  const prepared = await prepare(config, month, cutDate, trial);
  const { tables, schema } = prepared;
  checkSnapshotContracts(tables, { study, month, cutDate, arms: config.arms, schema, ...(config.plausibility ? { plausibility: config.plausibility } : {}) });

  const consort = buildConsort(config, month, cutDate, prepared.screened, tables.subjects, prepared.discontinuationReasons);
  assertAccounted(study, month, prepared.accounting, (table) => (table in tables ? tables[table as TableName].length : undefined));

  const members: SnapshotMember[] = [];
  const rows = new Map<string, number>();
  for (const spec of schema) {
    const tableRows = tables[spec.name as TableName];
    const metadata = {
      loader: LOADER_NAME,
      loader_version: LOADER_VERSION,
      schema_version: SCHEMA_VERSION,
      table: spec.name,
      study,
      data_cut_month: month,
      data_cut_date: cutDate,
      row_count: String(tableRows.length),
      ...prepared.parquetMetadata,
    };
    members.push({ name: `${spec.name}.parquet`, bytes: await writeParquet(spec, tableRows, metadata) });
    rows.set(`${spec.name}.parquet`, tableRows.length);
  }
  members.push({ name: "consort.json", bytes: json({ loader: LOADER_NAME, loader_version: LOADER_VERSION, ...consort }) });
  members.push({ name: "truth.json", bytes: json({ loader: LOADER_NAME, loader_version: LOADER_VERSION, ...prepared.truth }) });

  const record: SnapshotRecord = {
    study,
    month,
    cut_date: cutDate,
    loader: LOADER_NAME,
    loader_version: LOADER_VERSION,
    schema_version: SCHEMA_VERSION,
    ...prepared.record,
    source_kind: config.source.kind,
    source_files: prepared.sourceFiles,
    subjects: tables.subjects.length,
    members: members.map((m) => {
      const n = rows.get(m.name);
      return { name: m.name, sha256: sha256Hex(m.bytes), bytes: m.bytes.length, ...(n === undefined ? {} : { rows: n }) };
    }),
  };
  const snapshotJson = json(record);
  members.push({ name: "snapshot.json", bytes: snapshotJson });
  const exclusionLog = {
    name: "exclusions.json",
    bytes: exclusionLogBytes(
      { study, month, cut_date: cutDate, source_kind: config.source.kind, files: prepared.accounting.files, excluded: prepared.accounting.excluded },
      snapshotJson,
    ),
  };
  return { members, record, consort, exclusionLog };
}
