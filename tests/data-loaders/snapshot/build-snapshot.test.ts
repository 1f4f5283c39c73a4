import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { readParquet } from "parquet-wasm/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSnapshot, type Snapshot } from "../../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../../data-loaders/snapshot/duckdb.ts";
import { SnapshotError } from "../../../data-loaders/snapshot/errors.ts";
import { snapshotTables } from "../../../data-loaders/snapshot/schema.ts";
import { sha256Hex } from "../../../data-loaders/snapshot/sha256.ts";
import { LOADER_VERSION, SCHEMA_VERSION } from "../../../data-loaders/snapshot/version.ts";
import { generateStudy } from "../../../data-loaders/synthetic/generate-study.ts";
import { getSyntheticStudy } from "../../../src/foundation/registry.ts";
import { cutOf } from "../trials.ts";

const STUDY = "SYN-SEL-B";
const MONTH = "2025-12";
let first: Snapshot;
let second: Snapshot;
let dir: string;
let db: DuckDBInstance;

const member = (s: Snapshot, name: string) => {
  const m = s.members.find((x) => x.name === name);
  if (!m) throw new Error(`no member ${name}`);
  return m;
};
const jsonMember = (s: Snapshot, name: string) => JSON.parse(new TextDecoder().decode(member(s, name).bytes)) as Record<string, unknown>;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const connection = await db.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

beforeAll(async () => {
  first = await buildSnapshot(STUDY, MONTH);
  second = await buildSnapshot(STUDY, MONTH, generateStudy(getSyntheticStudy(STUDY))); // a fresh generation
  dir = mkdtempSync(path.join(tmpdir(), "build-snapshot-test-"));
  for (const m of first.members) writeFileSync(path.join(dir, m.name), m.bytes);
  db = await DuckDBInstance.create(":memory:");
});

afterAll(async () => {
  db.closeSync();
  await closeDuckDb();
  rmSync(dir, { recursive: true, force: true });
});

describe("buildSnapshot", () => {
  it("has the members in a fixed order", () => {
    expect(first.members.map((m) => m.name)).toEqual(["subjects.parquet", "visits.parquet", "adverse_events.parquet", "consort.json", "truth.json", "snapshot.json"]);
  });

  it("is byte-identical when built twice (same SHA-256 for every member)", () => {
    for (const m of first.members) expect(sha256Hex(member(second, m.name).bytes), m.name).toBe(sha256Hex(m.bytes));
  });

  it("records each member's SHA-256, size and row count in snapshot.json", () => {
    const record = jsonMember(first, "snapshot.json") as unknown as Snapshot["record"];
    expect(record).toMatchObject({ study: STUDY, month: MONTH, cut_date: "2025-12-31", loader_version: LOADER_VERSION, schema_version: SCHEMA_VERSION, generator_seed: 1502 });
    expect(record).toMatchObject({ source_kind: "synthetic", source_files: [] });
    const tables = cutOf(STUDY, MONTH);
    for (const m of first.members.filter((x) => x.name !== "snapshot.json")) {
      const entry = record.members.find((e) => e.name === m.name);
      expect(entry, m.name).toBeDefined();
      expect(entry!.sha256).toBe(sha256Hex(m.bytes));
      expect(entry!.bytes).toBe(m.bytes.length);
    }
    expect(record.members.find((e) => e.name === "subjects.parquet")!.rows).toBe(tables.subjects.length);
    expect(record.members.find((e) => e.name === "visits.parquet")!.rows).toBe(tables.visits.length);
    expect(record.members.find((e) => e.name === "adverse_events.parquet")!.rows).toBe(tables.adverse_events.length);
  });

  it("writes Parquet with explicit types and key-value metadata", async () => {
    const schema = await query(`SELECT name, type, logical_type::VARCHAR AS logical FROM parquet_schema('${path.join(dir, "subjects.parquet")}') WHERE name <> 'duckdb_schema'`);
    const types = Object.fromEntries(schema.map((r) => [r.name, `${r.type}`]));
    expect(types).toMatchObject({ subject_id: "BYTE_ARRAY", enrol_date: "INT32", bmi: "DOUBLE", treated: "INT32", consent_withdrawn: "BOOLEAN", response: "INT32" });
    const described = await query(`DESCRIBE SELECT * FROM '${path.join(dir, "visits.parquet")}'`);
    expect(Object.fromEntries(described.map((r) => [r.column_name, r.column_type]))).toMatchObject({ visit_date: "DATE", sbp: "INTEGER", alt: "DOUBLE", status: "VARCHAR" });
    for (const table of ["subjects", "visits", "adverse_events"]) {
      const kv = Object.fromEntries(
        (await query(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${path.join(dir, `${table}.parquet`)}')`)).map((r) => [r.k, r.v]),
      );
      const rows = (await query(`SELECT count(*)::INTEGER AS n FROM '${path.join(dir, `${table}.parquet`)}'`))[0]!.n;
      expect(kv).toMatchObject({
        loader: "trial-snapshot",
        loader_version: LOADER_VERSION,
        schema_version: SCHEMA_VERSION,
        table,
        study: STUDY,
        data_cut_month: MONTH,
        data_cut_date: "2025-12-31",
        row_count: String(rows),
        generator_seed: "1502",
      });
      expect(JSON.parse(kv.generator_params as string)).toEqual(getSyntheticStudy(STUDY).source);
    }
  });

  it("reads in parquet-wasm (the browser's reader) as Arrow with plain types only", () => {
    const allowed = new Set(["Utf8", "Int32", "Float64", "Bool", "Date32<DAY>"]);
    for (const name of ["subjects.parquet", "visits.parquet", "adverse_events.parquet"]) {
      const table = tableFromIPC(readParquet(member(first, name).bytes).intoIPCStream());
      expect(table.numRows).toBe((jsonMember(first, "snapshot.json") as unknown as Snapshot["record"]).members.find((m) => m.name === name)!.rows);
      expect(table.schema.fields.map((f) => String(f.type)).filter((t) => !allowed.has(t))).toEqual([]);
    }
  });

  it("round-trips the rows exactly, in the defined sort order", async () => {
    const tables = cutOf(STUDY, MONTH);
    const subjects = await query(`SELECT * FROM '${path.join(dir, "subjects.parquet")}'`);
    expect(subjects).toEqual(tables.subjects);
    const visits = await query(`SELECT * FROM '${path.join(dir, "visits.parquet")}'`);
    expect(visits).toEqual(tables.visits);
    const events = await query(`SELECT * FROM '${path.join(dir, "adverse_events.parquet")}'`);
    expect(events).toEqual(tables.adverse_events);
  });

  it("keeps the ground truth out of the data: only the declared columns, none of them a truth", async () => {
    const schema = snapshotTables(getSyntheticStudy(STUDY));
    const forbidden = /propensity|potential|^y[01]$|^p[01]$|cate|true|truth|^ite$|segment|effect/i;
    for (const spec of schema) {
      const described = await query(`DESCRIBE SELECT * FROM '${path.join(dir, `${spec.name}.parquet`)}'`);
      const names = described.map((r) => r.column_name as string);
      expect(names).toEqual(spec.columns.map((c) => c.name));
      expect(names.filter((n) => forbidden.test(n))).toEqual([]);
    }
    const truth = jsonMember(first, "truth.json");
    expect(truth).toMatchObject({ study: STUDY, ate: 0.35, process: "selection" });
  });

  it("writes a CONSORT log whose arms match the subjects table", () => {
    const consort = jsonMember(first, "consort.json") as unknown as Snapshot["consort"];
    const subjects = cutOf(STUDY, MONTH).subjects;
    for (const arm of consort.arms) expect(arm.allocated).toBe(subjects.filter((s) => s.arm === arm.code).length);
    expect(consort.exclusions.at(-1)!.remaining).toBe(consort.enrolled);
  });

  it("refuses an unknown study or a month that is not a data cut, naming both", async () => {
    await expect(buildSnapshot("SYN-NOPE", MONTH)).rejects.toThrow(SnapshotError);
    await expect(buildSnapshot("SYN-NOPE", MONTH)).rejects.toThrow(/SYN-NOPE 2025-12: Unknown study/);
    await expect(buildSnapshot(STUDY, "2024-01")).rejects.toThrow(/SYN-SEL-B 2024-01: month "2024-01" is not a published data cut/);
  });
});
