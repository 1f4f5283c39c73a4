/**
 * Builds one study-month snapshot: generate the trial, cut it at the end of the month, apply the
 * eligibility criteria (CONSORT log), check the contracts, write the Parquet tables and the JSON
 * members, run the primary analysis (`analysis.json`: see study-analysis-types.ts in the estimators), and
 * describe them in `snapshot.json` (SHA-256 and row count per member). Members, in zip order:
 * subjects.parquet, visits.parquet, adverse_events.parquet, consort.json, truth.json, analysis.json,
 * snapshot.json. The same (study, month) gives the same bytes.
 */
import { analyseStudyMonth } from "@trial/estimators";
import { analysisInput } from "../../pages/components/analysis-input.ts";
import { getStudy } from "../../src/studies/registry.ts";
import type { StudyConfig } from "../../src/studies/types.ts";
import { checkSnapshotContracts } from "../contracts/index.ts";
import { cutDateIso, cutDay } from "../synthetic/dates.ts";
import { generateStudy } from "../synthetic/generate-study.ts";
import { generatorInfo, truthAtCut } from "../synthetic/truth.ts";
import type { GeneratedTrial } from "../synthetic/types.ts";
import { buildConsort, type ConsortLog } from "./consort.ts";
import { cutTrial } from "./data-cut.ts";
import { SnapshotError } from "./errors.ts";
import { writeParquet } from "./parquet-writer.ts";
import { snapshotTables, type TableName } from "./schema.ts";
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
  generator: string;
  generator_version: string;
  generator_seed: number;
  generator_params: StudyConfig["source"];
  subjects: number;
  members: Array<{ name: string; sha256: string; bytes: number; rows?: number }>;
}

export interface Snapshot {
  members: SnapshotMember[];
  record: SnapshotRecord;
  consort: ConsortLog;
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
  if (!config.dataCuts.includes(month)) throw new SnapshotError(study, month, `month ${JSON.stringify(month)} is not a published data cut of ${study} (data cuts: ${config.dataCuts.join(", ")})`);
  if (config.source.kind !== "synthetic") throw new SnapshotError(study, month, `source kind ${String(config.source.kind)} has no snapshot loader yet`);
  return config;
}

/**
 * The primary analysis of the snapshot's subjects (the rows written to subjects.parquet, whose
 * values Parquet stores exactly). A data error in the analysis stops the snapshot, naming it.
 */
export function primaryAnalysis(config: StudyConfig, month: string, subjects: readonly Record<string, unknown>[]) {
  try {
    return analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, month, subjects)).result;
  } catch (error) {
    throw new SnapshotError(config.id, month, `primary analysis (analysis.json): ${(error as Error).message}`);
  }
}

/**
 * @param study study id from the registry
 * @param month a data-cut month of that study (`YYYY-MM`)
 * @param trial optionally, the already generated trial of that study (tests build several cuts from one)
 */
export async function buildSnapshot(study: string, month: string, trial?: GeneratedTrial): Promise<Snapshot> {
  const config = resolveStudyMonth(study, month);
  const generated = trial ?? generateStudy(config);
  const cut = cutDay(month);
  const cutDate = cutDateIso(month);
  const tables = cutTrial(generated, cut);
  const schema = snapshotTables(config);
  checkSnapshotContracts(tables, { study, month, cutDate, arms: config.arms, schema });

  const consort = buildConsort(
    config,
    month,
    cutDate,
    generated.screened.filter((s) => s.screen_day <= cut),
    tables.subjects,
  );
  const enrolledIds = new Set(tables.subjects.map((s) => s.subject_id as string));
  const observedIds = new Set(tables.subjects.filter((s) => s[config.primaryOutcome] !== null).map((s) => s.subject_id as string));
  const truth = truthAtCut(generated, month, cutDate, enrolledIds, observedIds);
  const generator = generatorInfo(config);

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
      generator: generator.name,
      generator_version: generator.version,
      generator_seed: String(generator.seed),
      generator_params: JSON.stringify(generator.params),
    };
    members.push({ name: `${spec.name}.parquet`, bytes: await writeParquet(spec, tableRows, metadata) });
    rows.set(`${spec.name}.parquet`, tableRows.length);
  }
  members.push({ name: "consort.json", bytes: json({ loader: LOADER_NAME, loader_version: LOADER_VERSION, ...consort }) });
  members.push({ name: "truth.json", bytes: json({ loader: LOADER_NAME, loader_version: LOADER_VERSION, ...truth }) });
  members.push({ name: "analysis.json", bytes: json(primaryAnalysis(config, month, tables.subjects)) });

  const record: SnapshotRecord = {
    study,
    month,
    cut_date: cutDate,
    loader: LOADER_NAME,
    loader_version: LOADER_VERSION,
    schema_version: SCHEMA_VERSION,
    generator: generator.name,
    generator_version: generator.version,
    generator_seed: generator.seed,
    generator_params: generator.params,
    subjects: tables.subjects.length,
    members: members.map((m) => {
      const n = rows.get(m.name);
      return { name: m.name, sha256: sha256Hex(m.bytes), bytes: m.bytes.length, ...(n === undefined ? {} : { rows: n }) };
    }),
  };
  members.push({ name: "snapshot.json", bytes: json(record) });
  return { members, record, consort };
}

