import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatasetJson, readDatasetJson, type DatasetJsonTolerance } from "../../../data-loaders/readers/dataset-json.ts";
import { ReaderError } from "../../../data-loaders/readers/errors.ts";
import { jsonSyntaxErrorOffset, lineAndColumn } from "../../../data-loaders/readers/json-syntax.ts";
import { firstInvalidUtf8Offset } from "../../../data-loaders/readers/utf8.ts";
import { cdiscDataDir } from "./cdisc-data.ts";
import { fixturesDir } from "./fixtures/make-fixtures.ts";

const fixture = (name: string): string => path.join(fixturesDir, name);

function readerError(fn: () => unknown): ReaderError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error("expected a ReaderError, nothing was thrown");
}

describe("readDatasetJson on a small valid file", () => {
  const d = readDatasetJson(fixture("dsjson-valid.json"));

  it("maps every dataType to the common shape", () => {
    expect(d.name).toBe("TINY");
    expect(d.label).toBe("Tiny fixture");
    expect(d.source).toEqual({ file: fixture("dsjson-valid.json"), format: "dataset-json" });
    expect(d.variables.map((v) => [v.name, v.type, v.sourceType, v.length, v.format])).toEqual([
      ["USUBJID", "char", "string", 8, ""],
      ["AVAL", "num", "decimal", null, ""],
      ["ADT", "char", "date", null, "DATE9."],
      ["N", "num", "integer", null, ""],
      ["F", "num", "float", null, ""],
      ["B", "num", "boolean", null, ""],
      ["DTM", "char", "datetime", null, ""],
      ["TM", "char", "time", null, ""],
    ]);
    expect(d.variables[0]?.keySequence).toBe(1);
    expect(d.variables[2]?.targetDataType).toBe("integer");
  });

  it("reads values: decimals as numbers, ISO dates kept as strings, null as missing", () => {
    expect(d.rows).toEqual([
      { USUBJID: "S1", AVAL: 1.5, ADT: "2014-01-02", N: 2, F: 0.25, B: 1, DTM: "2014-01-02T11:45:00", TM: "11:45" },
      { USUBJID: "S2", AVAL: null, ADT: null, N: null, F: null, B: null, DTM: null, TM: null },
      { USUBJID: " S3", AVAL: -0.1, ADT: "2014-01", N: 0, F: -3e-5, B: 0, DTM: "2014-01-02T11:45", TM: "23:59:59.5" },
    ]);
    expect(d.rowCount).toBe(3);
    expect(d.deviations).toEqual([]);
    expect(d.datasetJson).toMatchObject({ datasetJSONVersion: "1.1.0", itemGroupOID: "IG.TINY", records: 3 });
  });
});

describe("tolerated departures are opt-in and counted", () => {
  it("reads a padded decimal only when told to, and records it", () => {
    expect(readerError(() => readDatasetJson(fixture("dsjson-padded-decimal.json"))).rule).toContain('tolerate "decimal-padded"');
    const d = readDatasetJson(fixture("dsjson-padded-decimal.json"), { tolerate: ["decimal-padded"] });
    expect(d.rows[0]?.AVAL).toBe(1.5);
    expect(d.deviations).toEqual([{ rule: "decimal-padded: blanks around a decimal string removed", column: "AVAL", count: 1, example: "  1.5" }]);
  });

  it('reads " NA" as missing only with both tolerances', () => {
    expect(readerError(() => readDatasetJson(fixture("dsjson-na-decimal.json"), { tolerate: ["decimal-padded"] })).rule).toContain('tolerate "decimal-na-string"');
    const d = readDatasetJson(fixture("dsjson-na-decimal.json"), { tolerate: ["decimal-padded", "decimal-na-string"] });
    expect(d.rows[0]?.AVAL).toBeNull();
    expect(d.deviations.map((x) => [x.rule.split(":")[0], x.column, x.count])).toEqual([
      ["decimal-padded", "AVAL", 1],
      ["decimal-na-string", "AVAL", 1],
    ]);
  });

  it("reads label [] as an empty label only when told to", () => {
    const e = readerError(() => readDatasetJson(fixture("dsjson-label-array.json")));
    expect(e.message).toBe(`${fixture("dsjson-label-array.json")}: value []: dataset label must be a string (to accept [] as "", tolerate "label-not-string")`);
    expect(readDatasetJson(fixture("dsjson-label-array.json"), { tolerate: ["label-not-string"] }).label).toBe("");
  });
});

describe("malformed Dataset-JSON stops with an error naming file, position/row, column, value and rule", () => {
  const cases: Array<[string, Partial<Pick<ReaderError, "position" | "row" | "column" | "value">>, string]> = [
    ["dsjson-invalid-json.json", { position: 131 }, "not valid JSON at line 5, column 15 (Expected double-quoted property name in JSON at position 131)"],
    ["dsjson-truncated.json", { position: 300 }, "not valid JSON at line 14, column 5"],
    ["dsjson-invalid-utf8.json", { position: 160 }, "file is not valid UTF-8 (invalid byte sequence at byte 160"],
    ["dsjson-not-an-object.json", { value: "array" }, "top level must be a JSON object"],
    ["dsjson-wrong-version.json", { value: "1.0.0" }, "datasetJSONVersion must be 1.1 or 1.1.x"],
    ["dsjson-missing-columns.json", {}, 'required top-level attribute "columns" is missing'],
    [
      "dsjson-bad-datatype.json",
      { column: "F", value: "number" },
      "columns[4].dataType must be one of string, integer, decimal, float, double, boolean, datetime, date, time, URI",
    ],
    ["dsjson-bad-target-datatype.json", { column: "USUBJID", value: "integer" }, "columns[0].targetDataType must be"],
    ["dsjson-duplicate-column.json", { column: "AVAL", value: "AVAL" }, "columns[3]: column names must be unique"],
    ["dsjson-records-mismatch.json", { value: 4 }, "records (4) must equal the number of rows (3)"],
    ["dsjson-row-arity.json", { row: 2, value: 7 }, "row has 7 values but there are 8 columns"],
    ["dsjson-bad-integer.json", { row: 3, column: "N", value: 1.5 }, "dataType integer needs a JSON integer"],
    ["dsjson-bad-decimal.json", { row: 1, column: "AVAL", value: "1,5" }, 'decimal string must be a decimal number with "." as the separator'],
    ["dsjson-decimal-as-number.json", { row: 1, column: "AVAL", value: 1.5 }, "dataType decimal needs a JSON string"],
    ["dsjson-bad-date.json", { row: 1, column: "ADT", value: "02/01/2014" }, "dataType date needs an ISO 8601 date string naming a real calendar date"],
    ["dsjson-impossible-date.json", { row: 1, column: "ADT", value: "2014-02-30" }, "naming a real calendar date"],
    ["dsjson-bad-string.json", { row: 1, column: "USUBJID", value: 1 }, "dataType string needs a JSON string or null"],
  ];
  for (const [name, where, rule] of cases) {
    it(name, () => {
      const e = readerError(() => readDatasetJson(fixture(name)));
      expect(e.file).toBe(fixture(name));
      expect(e).toMatchObject(where);
      expect(e.rule).toContain(rule);
      expect(e.message.startsWith(`${fixture(name)}: `)).toBe(true);
    });
  }

  it("a row that is not an array, a missing file", () => {
    const text = JSON.stringify({
      datasetJSONCreationDateTime: "2024-01-01T00:00:00",
      datasetJSONVersion: "1.1",
      itemGroupOID: "X",
      records: 1,
      name: "X",
      label: "",
      columns: [{ itemOID: "A", name: "A", label: "", dataType: "string" }],
      rows: [{ A: "x" }],
    });
    expect(readerError(() => parseDatasetJson(Buffer.from(text), "x.json"))).toMatchObject({ row: 1, rule: "each row must be an array of values" });
    expect(readerError(() => readDatasetJson(fixture("no-such.json"))).rule).toMatch(/^file cannot be read/);
  });
});

describe("the CDISC pilot Dataset-JSON files", () => {
  const all: DatasetJsonTolerance[] = ["label-not-string", "decimal-na-string", "decimal-padded"];
  for (const domain of ["dm", "ds", "ae", "ex", "sv"]) {
    it(`${domain}.json departs from Dataset-JSON 1.1 (label [] and R-formatted decimals) and reads with those tolerated`, () => {
      const file = path.join(cdiscDataDir(), "datasetjson", `${domain}.json`);
      const strict = readerError(() => readDatasetJson(file));
      expect(strict.rule).toContain('tolerate "label-not-string"');
      const d = readDatasetJson(file, { tolerate: all });
      expect(d.name).toBe(domain);
      expect(d.rowCount).toBe(d.datasetJson.records);
      expect(d.deviations.find((x) => x.rule.startsWith("label-not-string"))).toEqual({ rule: 'label-not-string: label written as [] read as ""', count: 1, example: "[]" });
      expect(d.deviations.every((x) => x.rule.startsWith("label-not-string") || x.rule.startsWith("decimal-"))).toBe(true);
    });
  }
});

describe("helpers", () => {
  it("locate JSON syntax errors that JSON.parse reports without a position", () => {
    expect(jsonSyntaxErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonSyntaxErrorOffset("[1, 2")).toBe(5);
    expect(jsonSyntaxErrorOffset('{"a":\n tru}')).toBe(10);
    expect(jsonSyntaxErrorOffset('"\\x"')).toBe(2); // the character after the backslash
    expect(jsonSyntaxErrorOffset('{"a": [true, null, -1.5e3, "\\u00e9"]}')).toBe(-1);
    expect(jsonSyntaxErrorOffset("[1] 2")).toBe(4);
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
  it("locate the first invalid UTF-8 byte", () => {
    expect(firstInvalidUtf8Offset(Buffer.from("aé€𝄞", "utf8"))).toBe(-1);
    expect(firstInvalidUtf8Offset(Uint8Array.of(0x61, 0x92))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.of(0xc0, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8Offset(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toBe(1); // surrogate
    expect(firstInvalidUtf8Offset(Uint8Array.of(0x61, 0x62, 0xe2, 0x82))).toBe(2); // truncated
  });
});
