/**
 * Reader for CDISC Dataset-JSON 1.1 (https://github.com/cdisc-org/DataExchange-DatasetJson,
 * `doc/dataset-json1-1.md`), returning the same {@link Dataset} shape as the XPT reader.
 *
 * It checks the structure the specification requires: UTF-8 text, valid JSON, a top-level object
 * with `datasetJSONVersion` 1.1.x, `datasetJSONCreationDateTime`, `itemGroupOID`, `records`,
 * `name`, `label` and `columns`; each column with `itemOID`, `name` (unique), `label` and a
 * `dataType` among string, integer, decimal, float, double, boolean, datetime, date, time, URI
 * (with `targetDataType` only in the combinations the specification's table allows); `records`
 * equal to the number of rows; every row an array with one value per column; every value of the
 * JSON type its column's `dataType` requires, or `null` (missing).
 *
 * Values: `string`, `URI` → strings; `date`, `datetime`, `time` → their ISO 8601 strings, kept as
 * strings (checked against ISO 8601, partial dates allowed); `integer`, `float`, `double` →
 * numbers; `decimal` (a string in JSON, so that no digit is lost in transit) → the nearest double;
 * `boolean` → 1 or 0 (SAS's convention; the common shape has no boolean).
 *
 * Departures from the specification stop the read unless the caller names them in `tolerate`;
 * each tolerated departure is counted in `dataset.deviations`. Those seen in real files:
 * - `"label-not-string"`: a `label` written as `[]` (R jsonlite's rendering of an absent label,
 *   as in the R Consortium Pilot 5 files) is read as `""`;
 * - `"decimal-na-string"`: a decimal written as the string `"NA"` (R's missing value, possibly
 *   padded: `" NA"`) is read as missing;
 * - `"decimal-padded"`: a decimal string with leading or trailing blanks (R's `format()` pads
 *   numbers to a common width: `"  1"`, `" 13.000000000000000"`) is read without them.
 */
import { readFileSync } from "node:fs";
import { ReaderError } from "./errors.ts";
import { jsonSyntaxErrorOffset, lineAndColumn } from "./json-syntax.ts";
import type { CellValue, Dataset, DatasetVariable, Row, ToleratedDeviation } from "./types.ts";
import { decodeUtf8Strict } from "./utf8.ts";

/** The `dataType` values of Dataset-JSON 1.1. */
export const DATASET_JSON_DATA_TYPES = ["string", "integer", "decimal", "float", "double", "boolean", "datetime", "date", "time", "URI"] as const;
export type DatasetJsonDataType = (typeof DATASET_JSON_DATA_TYPES)[number];

/** Named departures from the specification that a caller may choose to accept. */
export type DatasetJsonTolerance = "label-not-string" | "decimal-na-string" | "decimal-padded";

export interface DatasetJsonReadOptions {
  /** Departures to accept (and record in `deviations`) instead of stopping; none by default. */
  tolerate?: readonly DatasetJsonTolerance[];
}

/** A column as the file declares it. */
export interface DatasetJsonColumn {
  itemOID: string;
  name: string;
  label: string;
  dataType: DatasetJsonDataType;
  targetDataType?: "integer" | "decimal";
  length?: number;
  displayFormat?: string;
  keySequence?: number;
}

/** A dataset read from Dataset-JSON, with the file's own top-level attributes. */
export type DatasetJsonDataset = Dataset & {
  datasetJson: {
    datasetJSONVersion: string;
    datasetJSONCreationDateTime: string;
    itemGroupOID: string;
    records: number;
    columns: DatasetJsonColumn[];
    /** Optional top-level attributes present in the file (fileOID, studyOID, sourceSystem, ...). */
    optional: Record<string, unknown>;
  };
};

const VERSION = /^1\.1(\.(0|[1-9][0-9]*))?$/;
const DATETIME_ATTRIBUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?((\+|-)\d{2}:\d{2}|Z)?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_TIME = /^\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const REQUIRED = ["datasetJSONCreationDateTime", "datasetJSONVersion", "itemGroupOID", "records", "name", "label", "columns"] as const;
const OPTIONAL = ["fileOID", "dbLastModifiedDateTime", "originator", "sourceSystem", "studyOID", "metaDataVersionOID", "metaDataRef"] as const;

/** Reads a Dataset-JSON file from disk: see {@link parseDatasetJson}. */
export function readDatasetJson(file: string, options: DatasetJsonReadOptions = {}): DatasetJsonDataset {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ReaderError({ file, rule: `file cannot be read (${(error as Error).message})` });
  }
  return parseDatasetJson(bytes, file, options);
}

/**
 * Parses and validates the bytes of a Dataset-JSON 1.1 file.
 *
 * @param bytes the whole file (UTF-8)
 * @param file the name to use in error messages and `source.file`
 * @param options departures to tolerate
 * @throws ReaderError naming the file, the JSON position (line and column) or the row, the
 *   column, the value and the rule, for invalid UTF-8, invalid JSON or a structure that breaks
 *   the specification
 */
export function parseDatasetJson(bytes: Uint8Array, file: string, options: DatasetJsonReadOptions = {}): DatasetJsonDataset {
  const tolerate = new Set(options.tolerate ?? []);
  const deviations = new Map<string, ToleratedDeviation>();
  const deviate = (rule: string, column: string | undefined, example: string): void => {
    const key = `${rule}\u0000${column ?? ""}`;
    const d = deviations.get(key);
    if (d) d.count++;
    else deviations.set(key, { rule, ...(column === undefined ? {} : { column }), count: 1, example });
  };
  const fail = (rule: string, extra: { row?: number; column?: string; value?: unknown } = {}): never => {
    throw new ReaderError({ file, ...extra, rule });
  };

  const text = decodeUtf8Strict(bytes, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const offset = jsonSyntaxErrorOffset(text);
    const at = offset < 0 ? undefined : offset;
    const where = at === undefined ? "" : (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, at));
    throw new ReaderError({
      file,
      ...(at === undefined ? {} : { position: at, value: text.slice(at, at + 20) }),
      rule: `not valid JSON${where} (${(error as Error).message})`,
    });
  }

  if (typeof json !== "object" || json === null || Array.isArray(json)) fail("top level must be a JSON object", { value: Array.isArray(json) ? "array" : json });
  const top = json as Record<string, unknown>;
  for (const key of REQUIRED) if (!(key in top)) fail(`required top-level attribute "${key}" is missing`);

  const version = top.datasetJSONVersion;
  if (typeof version !== "string" || !VERSION.test(version)) fail("datasetJSONVersion must be 1.1 or 1.1.x (this reader implements Dataset-JSON 1.1)", { value: version });
  const created = top.datasetJSONCreationDateTime;
  if (typeof created !== "string" || !DATETIME_ATTRIBUTE.test(created)) {
    fail("datasetJSONCreationDateTime must be an ISO 8601 date-time YYYY-MM-DDThh:mm:ss", { value: created });
  }
  const itemGroupOID = top.itemGroupOID;
  if (typeof itemGroupOID !== "string" || itemGroupOID === "") fail("itemGroupOID must be a non-empty string", { value: itemGroupOID });
  const name = top.name;
  if (typeof name !== "string" || name === "") fail("name must be a non-empty string", { value: name });
  const records = top.records;
  if (typeof records !== "number" || !Number.isSafeInteger(records) || records < 0) fail("records must be a non-negative integer", { value: records });

  const readLabel = (value: unknown, column: string | undefined): string => {
    if (typeof value === "string") return value;
    if (tolerate.has("label-not-string") && Array.isArray(value) && value.length === 0) {
      deviate('label-not-string: label written as [] read as ""', column, "[]");
      return "";
    }
    return fail(
      `${column === undefined ? "dataset" : "column"} label must be a string${Array.isArray(value) && value.length === 0 ? ' (to accept [] as "", tolerate "label-not-string")' : ""}`,
      {
        ...(column === undefined ? {} : { column }),
        value,
      },
    );
  };
  const label = readLabel(top.label, undefined);

  if (!Array.isArray(top.columns)) fail("columns must be an array", { value: top.columns });
  const rawColumns = top.columns as unknown[];
  if (rawColumns.length === 0) fail("columns must describe at least one variable");
  const columns: DatasetJsonColumn[] = [];
  const seen = new Set<string>();
  rawColumns.forEach((raw, index) => {
    const where = `columns[${index}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(`${where} must be an object`, { value: raw });
    const c = raw as Record<string, unknown>;
    const colName = c.name;
    if (typeof colName !== "string" || colName === "") fail(`${where}.name must be a non-empty string`, { value: colName });
    const cn = colName as string;
    if (seen.has(cn.toUpperCase())) fail(`${where}: column names must be unique`, { column: cn, value: cn });
    seen.add(cn.toUpperCase());
    if (typeof c.itemOID !== "string" || c.itemOID === "") fail(`${where}.itemOID must be a non-empty string`, { column: cn, value: c.itemOID });
    const dataType = c.dataType;
    if (typeof dataType !== "string" || !(DATASET_JSON_DATA_TYPES as readonly string[]).includes(dataType)) {
      fail(`${where}.dataType must be one of ${DATASET_JSON_DATA_TYPES.join(", ")}`, { column: cn, value: dataType });
    }
    const column: DatasetJsonColumn = { itemOID: c.itemOID as string, name: cn, label: readLabel(c.label, cn), dataType: dataType as DatasetJsonDataType };
    if (c.targetDataType !== undefined) {
      const t = c.targetDataType;
      const allowed = (t === "decimal" && dataType === "decimal") || (t === "integer" && (dataType === "date" || dataType === "datetime" || dataType === "time"));
      if (!allowed) {
        fail(`${where}.targetDataType must be "decimal" with dataType decimal, or "integer" with date, datetime or time`, { column: cn, value: t });
      }
      column.targetDataType = t as "integer" | "decimal";
    }
    if (c.length !== undefined) {
      if (typeof c.length !== "number" || !Number.isSafeInteger(c.length) || c.length < 1) fail(`${where}.length must be an integer >= 1`, { column: cn, value: c.length });
      column.length = c.length as number;
    }
    if (c.displayFormat !== undefined) {
      if (typeof c.displayFormat !== "string") fail(`${where}.displayFormat must be a string`, { column: cn, value: c.displayFormat });
      column.displayFormat = c.displayFormat as string;
    }
    if (c.keySequence !== undefined) {
      if (typeof c.keySequence !== "number" || !Number.isSafeInteger(c.keySequence) || c.keySequence < 1) {
        fail(`${where}.keySequence must be an integer >= 1`, { column: cn, value: c.keySequence });
      }
      column.keySequence = c.keySequence as number;
    }
    columns.push(column);
  });

  let rawRows: unknown[];
  if (top.rows === undefined) {
    if (records !== 0) fail(`rows is absent but records is ${records}`, { value: records });
    rawRows = [];
  } else if (!Array.isArray(top.rows)) {
    return fail("rows must be an array", { value: top.rows });
  } else rawRows = top.rows;
  if (rawRows.length !== records) fail(`records (${records}) must equal the number of rows (${rawRows.length})`, { value: records });

  const converters = columns.map((c) => cellConverter(c, tolerate, deviate));
  const rows: Row[] = new Array<Row>(rawRows.length);
  for (let r = 0; r < rawRows.length; r++) {
    const raw = rawRows[r];
    if (!Array.isArray(raw)) fail("each row must be an array of values", { row: r + 1, value: raw });
    const values = raw as unknown[];
    if (values.length !== columns.length) fail(`row has ${values.length} values but there are ${columns.length} columns`, { row: r + 1, value: values.length });
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as DatasetJsonColumn;
      const result = (converters[c] as Converter)(values[c]);
      if (typeof result === "object" && result !== null) fail(result.rule, { row: r + 1, column: column.name, value: values[c] });
      row[column.name] = result as CellValue;
    }
    rows[r] = row;
  }

  const variables: DatasetVariable[] = columns.map((c) => ({
    name: c.name,
    label: c.label,
    type: isNumeric(c.dataType) ? "num" : "char",
    length: c.length ?? null,
    format: c.displayFormat ?? "",
    informat: "",
    position: null,
    sourceType: c.dataType,
    ...(c.targetDataType === undefined ? {} : { targetDataType: c.targetDataType }),
    ...(c.keySequence === undefined ? {} : { keySequence: c.keySequence }),
  }));
  const optional: Record<string, unknown> = {};
  for (const key of OPTIONAL) if (key in top) optional[key] = top[key];

  return {
    source: { file, format: "dataset-json" },
    name: name as string,
    label,
    variables,
    rows,
    rowCount: rows.length,
    specialMissing: [],
    deviations: [...deviations.values()],
    datasetJson: {
      datasetJSONVersion: version as string,
      datasetJSONCreationDateTime: created as string,
      itemGroupOID: itemGroupOID as string,
      records: records as number,
      columns,
      optional,
    },
  };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a real month and day. */
function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = text.split("-").map(Number) as [number, number?, number?];
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `hh[:mm[:ss[.s]]]` with hh < 24, mm < 60, ss < 60. */
function isIsoTime(text: string): boolean {
  if (!ISO_TIME.test(text)) return false;
  const [h, m, s] = text.split(":").map(Number) as [number, number?, number?];
  return h < 24 && (m === undefined || m < 60) && (s === undefined || s < 60);
}

/** A full ISO date, `T`, an ISO time, and an optional zone (`Z`, `+hh`, `+hh:mm`). */
function isIsoDateTime(text: string): boolean {
  if (!ISO_DATETIME.test(text)) return false;
  const [date, rest] = text.split("T") as [string, string];
  const time = rest.replace(/(Z|[+-]\d{2}(:?\d{2})?)$/, "");
  return isIsoDate(date) && isIsoTime(time);
}

function isNumeric(t: DatasetJsonDataType): boolean {
  return t === "integer" || t === "decimal" || t === "float" || t === "double" || t === "boolean";
}

/** Converts one JSON value, or says which rule it broke. */
type Converter = (value: unknown) => CellValue | { rule: string };

function cellConverter(column: DatasetJsonColumn, tolerate: Set<DatasetJsonTolerance>, deviate: (rule: string, column: string | undefined, example: string) => void): Converter {
  switch (column.dataType) {
    case "string":
    case "URI":
      return (v) => (v === null || typeof v === "string" ? v : { rule: `dataType ${column.dataType} needs a JSON string or null` });
    case "date":
    case "datetime":
    case "time": {
      const valid = column.dataType === "date" ? isIsoDate : column.dataType === "time" ? isIsoTime : isIsoDateTime;
      return (v) => {
        if (v === null) return null;
        if (typeof v !== "string" || !valid(v))
          return {
            rule: `dataType ${column.dataType} needs an ISO 8601 ${column.dataType} string naming a real ${column.dataType === "date" ? "calendar date" : column.dataType === "time" ? "clock time" : "date and clock time"}, or null`,
          };
        return v;
      };
    }
    case "integer":
      return (v) => (v === null || (typeof v === "number" && Number.isSafeInteger(v)) ? v : { rule: "dataType integer needs a JSON integer (within ±2^53) or null" });
    case "float":
    case "double":
      return (v) => (v === null || typeof v === "number" ? v : { rule: `dataType ${column.dataType} needs a JSON number or null` });
    case "boolean":
      return (v) => (v === null ? null : v === true ? 1 : v === false ? 0 : { rule: "dataType boolean needs true, false or null" });
    case "decimal":
      return (v) => {
        if (v === null) return null;
        if (typeof v !== "string") return { rule: 'dataType decimal needs a JSON string holding a decimal number ("." as separator), or null' };
        let text = v;
        if (text !== text.trim()) {
          if (!tolerate.has("decimal-padded")) return { rule: 'decimal string has leading or trailing blanks (to accept them, tolerate "decimal-padded")' };
          deviate("decimal-padded: blanks around a decimal string removed", column.name, v);
          text = text.trim();
        }
        if (text === "NA") {
          if (!tolerate.has("decimal-na-string"))
            return { rule: 'decimal string "NA" is not a number; missing values are null (to read "NA" as missing, tolerate "decimal-na-string")' };
          deviate('decimal-na-string: "NA" read as missing', column.name, v);
          return null;
        }
        if (!DECIMAL.test(text)) return { rule: 'decimal string must be a decimal number with "." as the separator' };
        return Number(text);
      };
  }
}
