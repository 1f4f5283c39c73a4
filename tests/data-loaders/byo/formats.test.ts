/**
 * A bring-your-own study gives the same snapshot tables whether its subject file arrives as CSV,
 * Parquet or Dataset-JSON: the worked example's subjects.csv is converted (Parquet by DuckDB,
 * Dataset-JSON 1.1 written here) and the three loads compared row for row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byoSnapshotTables, prepareByoSnapshot } from "../../../data-loaders/sources/byo-snapshot.ts";
import { byoStudyConfig, readByoConfig, type ByoColumn } from "../../../src/foundation/byo-config.ts";
import { projectRoot } from "../../../src/foundation/cdisc-pilot.ts";

const example = path.join(projectRoot, "examples/byo-study");
const work = mkdtempSync(path.join(tmpdir(), "byo-formats-"));
const config = JSON.parse(readFileSync(path.join(example, "study.json"), "utf-8")) as Record<string, any>;
const columns = config.files.subjects.columns as ByoColumn[];
const DUCK: Record<ByoColumn["type"], string> = { string: "VARCHAR", number: "DOUBLE", integer: "INTEGER", date: "DATE", boolean01: "INTEGER" };
const DSJ: Record<ByoColumn["type"], string> = { string: "string", number: "double", integer: "integer", date: "date", boolean01: "integer" };

function configWith(format: string, file: string): string {
  const c = structuredClone(config);
  for (const t of ["subjects", "visits", "adverse_events"]) c.files[t].path = path.join(example, c.files[t].path);
  c.files.subjects = { ...c.files.subjects, format, path: file };
  const out = path.join(work, `${format}.json`);
  writeFileSync(out, JSON.stringify(c));
  return out;
}

async function load(configFile: string) {
  const study = byoStudyConfig(readByoConfig(configFile));
  return prepareByoSnapshot(study, "2025-09", "2025-09-30");
}

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const spec = columns.map((c) => `'${c.name}': '${DUCK[c.type]}'`).join(", ");
  await connection.run(
    `COPY (SELECT * FROM read_csv('${path.join(example, "subjects.csv")}', header = true, columns = {${spec}})) TO '${path.join(work, "subjects.parquet")}' (FORMAT parquet)`,
  );
  const rows = (await connection.runAndReadAll(`SELECT * FROM '${path.join(work, "subjects.parquet")}'`)).getRowObjectsJson();
  connection.closeSync();
  instance.closeSync();
  const dataset = {
    datasetJSONCreationDateTime: "2025-10-01T00:00:00",
    datasetJSONVersion: "1.1.0",
    itemGroupOID: "IG.SUBJECTS",
    records: rows.length,
    name: "SUBJECTS",
    label: "Subjects",
    columns: columns.map((c) => ({ itemOID: `IT.${c.name}`, name: c.name, label: c.description ?? c.name, dataType: DSJ[c.type] })),
    rows: rows.map((r) => columns.map((c) => r[c.name] ?? null)),
  };
  writeFileSync(path.join(work, "subjects.json"), JSON.stringify(dataset));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the worked example's subjects in three formats", () => {
  it("give identical snapshot tables from CSV, Parquet and Dataset-JSON", async () => {
    const csv = await load(path.join(example, "study.json"));
    const parquet = await load(configWith("parquet", path.join(work, "subjects.parquet")));
    const json = await load(configWith("dataset-json", path.join(work, "subjects.json")));
    expect(csv.tables.subjects.length).toBe(266);
    expect(parquet.tables).toEqual(csv.tables);
    expect(json.tables).toEqual(csv.tables);
    expect(parquet.screened).toEqual(csv.screened);
    const shape = (schema: typeof csv.schema) => schema.map((t) => t.columns.map((c) => `${t.name}.${c.name}:${c.type}:${c.nullable}`));
    expect(shape(byoSnapshotTables(readByoConfig(path.join(work, "parquet.json"))))).toEqual(shape(csv.schema));
  });
});
