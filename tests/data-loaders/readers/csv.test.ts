import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, readCsv, type CsvSchema } from "../../../data-loaders/readers/csv.ts";
import { ReaderError } from "../../../data-loaders/readers/errors.ts";
import { fixturesDir } from "./fixtures/make-fixtures.ts";

const fixture = (name: string): string => path.join(fixturesDir, name);

const schema: CsvSchema = {
  label: "Subjects",
  columns: [
    { name: "USUBJID", type: "string", label: "Subject", required: true },
    { name: "AGE", type: "number" },
    { name: "N", type: "integer" },
    { name: "RFSTDTC", type: "date" },
    { name: "DTM", type: "datetime" },
  ],
};

function readerError(fn: () => unknown): ReaderError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error("expected a ReaderError, nothing was thrown");
}

describe("readCsv", () => {
  it("reads a valid file (BOM, CRLF, quoted fields) into typed rows", () => {
    const d = readCsv(fixture("csv-valid.csv"), schema);
    expect(d.name).toBe("csv-valid");
    expect(d.label).toBe("Subjects");
    expect(d.source).toEqual({ file: fixture("csv-valid.csv"), format: "csv" });
    expect(d.rows).toEqual([
      { USUBJID: "S1", AGE: 63.5, N: 2, RFSTDTC: "2014-01-02", DTM: "2014-01-02T11:45" },
      { USUBJID: " S2, quoted", AGE: null, N: null, RFSTDTC: null, DTM: null },
      { USUBJID: "S3", AGE: -100, N: 0, RFSTDTC: "2014-02-28", DTM: "2014-02-28T23:59:59.5" },
    ]);
    expect(d.variables.map((v) => [v.name, v.label, v.type, v.sourceType])).toEqual([
      ["USUBJID", "Subject", "char", "string"],
      ["AGE", "", "num", "number"],
      ["N", "", "num", "integer"],
      ["RFSTDTC", "", "char", "date"],
      ["DTM", "", "char", "datetime"],
    ]);
  });

  it("treats the declared missing tokens as missing, and refuses them in required columns", () => {
    const text = Buffer.from("USUBJID,AGE\nS1,NA\nS2,.\n");
    const s: CsvSchema = {
      columns: [
        { name: "USUBJID", type: "string" },
        { name: "AGE", type: "number", required: false },
      ],
      missing: ["NA", "."],
    };
    expect(parseCsv(text, "m.csv", s).rows).toEqual([
      { USUBJID: "S1", AGE: null },
      { USUBJID: "S2", AGE: null },
    ]);
    const required: CsvSchema = {
      columns: [
        { name: "USUBJID", type: "string" },
        { name: "AGE", type: "number", required: true },
      ],
      missing: ["NA"],
    };
    expect(readerError(() => parseCsv(text, "m.csv", required))).toMatchObject({
      row: 1,
      column: "AGE",
      value: "NA",
      rule: "column AGE is required: a missing value is not allowed",
    });
  });
});

describe("malformed CSV stops with an error naming file, row, column, value and rule", () => {
  const cases: Array<[string, Partial<Pick<ReaderError, "position" | "row" | "column" | "value">>, string]> = [
    ["csv-invalid-utf8.csv", { position: 49 }, "file is not valid UTF-8 (invalid byte sequence at byte 49"],
    ["csv-bad-header.csv", { row: 0, value: "USUBJID,AGE,N,DTM,RFSTDTC" }, "header must name exactly the schema's columns in order: USUBJID,AGE,N,RFSTDTC,DTM"],
    ["csv-row-arity.csv", { row: 3 }, "row has 4 fields but the header has 5"],
    ["csv-bad-number.csv", { row: 1, column: "AGE", value: "63.5kg" }, "must be a decimal number"],
    ["csv-bad-integer.csv", { row: 3, column: "N", value: "0.5" }, "must be an integer within ±2^53"],
    ["csv-bad-date.csv", { row: 3, column: "RFSTDTC", value: "2014-02-30" }, "must be an ISO 8601 calendar date YYYY-MM-DD"],
    ["csv-empty.csv", { row: 0 }, "file is empty; a CSV file starts with a header row"],
  ];
  for (const [name, where, rule] of cases) {
    it(name, () => {
      const e = readerError(() => readCsv(fixture(name), schema));
      expect(e.file).toBe(fixture(name));
      expect(e).toMatchObject(where);
      expect(e.rule).toContain(rule);
    });
  }

  it("shows the message a person reads", () => {
    expect(readerError(() => readCsv(fixture("csv-bad-date.csv"), schema)).message).toBe(
      `${fixture("csv-bad-date.csv")}: row 3, column RFSTDTC, value "2014-02-30": must be an ISO 8601 calendar date YYYY-MM-DD, or a missing-value token`,
    );
  });
});

describe('header "by-name"', () => {
  const schema: CsvSchema = {
    columns: [
      { name: "id", type: "string" },
      { name: "age", type: "integer" },
    ],
    header: "by-name",
  };
  it("reads the declared columns in any order and lists the others as ignored", () => {
    const dataset = parseCsv(Buffer.from("note,age,id,site\nx,63,A,1\ny,,B,2\n"), "x.csv", schema);
    expect(dataset.rows).toEqual([
      { id: "A", age: 63 },
      { id: "B", age: null },
    ]);
    expect(dataset.ignoredColumns).toEqual(["note", "site"]);
    expect(dataset.variables.map((v) => v.name)).toEqual(["id", "age"]);
  });
  it("still halts on a missing declared column and on a short row", () => {
    expect(() => parseCsv(Buffer.from("id,note\nA,x\n"), "x.csv", schema)).toThrow(
      /x\.csv.*row 0.*column age.*header must name every declared column \(in any order\); age is missing/,
    );
    expect(() => parseCsv(Buffer.from("age,id,note\n63,A\n"), "x.csv", schema)).toThrow(/row 1.*row has 2 fields but the header has 3/);
  });
  it("is not the default: without it the header must match the schema's order", () => {
    expect(() => parseCsv(Buffer.from("age,id\n63,A\n"), "x.csv", { columns: schema.columns })).toThrow(/header must name exactly the schema's columns in order: id,age/);
    expect(parseCsv(Buffer.from("id,age\nA,63\n"), "x.csv", { columns: schema.columns })).not.toHaveProperty("ignoredColumns");
  });
});
