import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareDatasets } from "../../../data-loaders/readers/compare-datasets.ts";
import { ReaderError } from "../../../data-loaders/readers/errors.ts";
import { readParquet } from "../../../data-loaders/readers/parquet.ts";
import { readXptDataset } from "../../../data-loaders/readers/xpt.ts";
import { cdiscDataDir } from "./cdisc-data.ts";
import { fixturesDir } from "./fixtures/make-fixtures.ts";

let dir: string;

async function sql(statement: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(statement);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function rejection(promise: Promise<unknown>): Promise<ReaderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error("expected a ReaderError, nothing was thrown");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "readers-parquet-"));
  await sql(`COPY (SELECT * FROM (VALUES
      ('S1', 63::INTEGER, 1.5::DOUBLE, 2::BIGINT, 12.345::DECIMAL(10,3), true, DATE '2014-01-02', TIMESTAMP '2014-01-02 11:45:00', TIME '11:45:00'),
      ('S2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (' S3', -1::INTEGER, -0.1::DOUBLE, 9007199254740991::BIGINT, -1::DECIMAL(10,3), false, DATE '1959-12-31', TIMESTAMP '1960-01-01 00:00:00.5', TIME '23:59:59')
    ) AS t(USUBJID, AGE, AVAL, N, D, FL, ADT, ADTM, ATM)) TO '${dir}/typed.parquet' (FORMAT parquet)`);
  await sql(`COPY (SELECT 9007199254740993::BIGINT AS BIG) TO '${dir}/big.parquet' (FORMAT parquet)`);
  await sql(`COPY (SELECT 'nan'::DOUBLE AS X) TO '${dir}/nan.parquet' (FORMAT parquet)`);
  await sql(`COPY (SELECT [1, 2] AS L) TO '${dir}/list.parquet' (FORMAT parquet)`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readParquet", () => {
  it("maps DuckDB types to the common shape", async () => {
    const d = await readParquet(path.join(dir, "typed.parquet"));
    expect(d.name).toBe("typed");
    expect(d.variables.map((v) => [v.name, v.type, v.sourceType])).toEqual([
      ["USUBJID", "char", "VARCHAR"],
      ["AGE", "num", "INTEGER"],
      ["AVAL", "num", "DOUBLE"],
      ["N", "num", "BIGINT"],
      ["D", "num", "DECIMAL(10,3)"],
      ["FL", "num", "BOOLEAN"],
      ["ADT", "char", "DATE"],
      ["ADTM", "char", "TIMESTAMP"],
      ["ATM", "char", "TIME"],
    ]);
    expect(d.rows).toEqual([
      { USUBJID: "S1", AGE: 63, AVAL: 1.5, N: 2, D: 12.345, FL: 1, ADT: "2014-01-02", ADTM: "2014-01-02T11:45:00", ATM: "11:45:00" },
      { USUBJID: "S2", AGE: null, AVAL: null, N: null, D: null, FL: null, ADT: null, ADTM: null, ATM: null },
      { USUBJID: " S3", AGE: -1, AVAL: -0.1, N: 9007199254740991, D: -1, FL: 0, ADT: "1959-12-31", ADTM: "1960-01-01T00:00:00.5", ATM: "23:59:59" },
    ]);
  });

  it("round-trips a real domain: XPT -> Parquet (DuckDB) -> rows equal to the XPT rows", async () => {
    const dm = readXptDataset(path.join(cdiscDataDir(), "sdtm/dm.xpt"));
    const jsonPath = path.join(dir, "dm.json");
    writeFileSync(jsonPath, dm.rows.map((r) => JSON.stringify(r)).join("\n"));
    const columns = dm.variables.map((v) => `'${v.name}': '${v.type === "num" ? "DOUBLE" : "VARCHAR"}'`).join(", ");
    await sql(`COPY (SELECT * FROM read_json('${jsonPath}', format = 'newline_delimited', columns = {${columns}})) TO '${dir}/dm.parquet' (FORMAT parquet)`);
    const back = await readParquet(path.join(dir, "dm.parquet"));
    const c = compareDatasets(dm, back);
    expect(c.recordsIdentical).toBe(true);
    expect(c.valueDifferences).toEqual([]);
  });
});

describe("malformed Parquet stops with an error naming file, position, column, value and rule", () => {
  it("a file that is not Parquet (magic bytes)", async () => {
    const file = path.join(fixturesDir, "parquet-not-parquet.parquet");
    const e = await rejection(readParquet(file));
    expect(e).toMatchObject({ file, position: 0, rule: 'not a Parquet file: it must start with the magic bytes "PAR1"' });
    expect(e.message).toBe(`${file}: position 0, value bytes 55535542: not a Parquet file: it must start with the magic bytes "PAR1"`);
  });

  it("a truncated Parquet file (no magic at the end)", async () => {
    const whole = readFileSync(path.join(dir, "typed.parquet"));
    const file = path.join(dir, "truncated.parquet");
    writeFileSync(file, whole.subarray(0, whole.length - 100));
    const e = await rejection(readParquet(file));
    expect(e).toMatchObject({ file, position: whole.length - 104, rule: 'not a complete Parquet file: it must end with the magic bytes "PAR1" (truncated?)' });
  });

  it("a file whose footer is damaged (DuckDB's message is kept)", async () => {
    const whole = Buffer.from(readFileSync(path.join(dir, "typed.parquet")));
    whole.fill(0xff, whole.length - 60, whole.length - 8); // inside the footer, magic kept
    const file = path.join(dir, "damaged.parquet");
    writeFileSync(file, whole);
    const e = await rejection(readParquet(file));
    expect(e.rule).toMatch(/^DuckDB cannot read the file as Parquet: /);
  });

  it("a file too short to be Parquet, and a missing file", async () => {
    const file = path.join(dir, "short.parquet");
    writeFileSync(file, "PAR1PAR1");
    expect(await rejection(readParquet(file))).toMatchObject({ position: 0, value: 8 });
    expect((await rejection(readParquet(path.join(dir, "none.parquet")))).rule).toMatch(/^file cannot be read/);
  });

  it("an integer beyond 2^53, a NaN, an unsupported column type", async () => {
    expect(await rejection(readParquet(path.join(dir, "big.parquet")))).toMatchObject({
      row: 1,
      column: "BIG",
      value: "9007199254740993",
      rule: "BIGINT value is beyond ±2^53 and cannot be represented exactly as a number",
    });
    expect(await rejection(readParquet(path.join(dir, "nan.parquet")))).toMatchObject({
      row: 1,
      column: "X",
      rule: "DOUBLE value must be a finite number (missing values are NULL)",
    });
    expect(await rejection(readParquet(path.join(dir, "list.parquet")))).toMatchObject({ column: "L", value: "INTEGER[]" });
  });
});
