/**
 * Reader for CSV files (RFC 4180, parsed by d3-dsv) with a declared schema: CSV has no types, so
 * the caller states each column's name and type and the reader checks every cell against it.
 * Returns the common {@link Dataset} shape.
 *
 * Rules: the file is UTF-8 (a byte-order mark is dropped); the header row names exactly the
 * schema's columns in the schema's order (or, with `header: "by-name"`, each of them once in any
 * order, other columns being ignored and listed); every row has one field per column; `number` cells are
 * decimal numbers (`-1.5`, `2e3`; no thousands separators, no `NaN`/`Inf`), `integer` cells
 * integers within ±2^53, `date` cells ISO 8601 calendar dates `YYYY-MM-DD`, `datetime` cells ISO
 * 8601 `YYYY-MM-DDThh:mm[:ss[.s]]`; a cell equal to one of the schema's missing tokens (default:
 * the empty string) is missing (`null`) in a number, integer, date or datetime column, unless the
 * column is `required`; `string` cells are kept as they are (an empty string stays `""`, as in
 * XPT). Dates stay ISO strings (type `char`, `sourceType` `date`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { csvParseRows } from "d3-dsv";
import { ReaderError } from "./errors.ts";
import type { CellValue, Dataset, DatasetVariable, Row } from "./types.ts";
import { decodeUtf8Strict } from "./utf8.ts";

export type CsvColumnType = "string" | "number" | "integer" | "date" | "datetime";

export interface CsvColumnSchema {
  name: string;
  type: CsvColumnType;
  label?: string;
  /** A missing value in this column is an error. */
  required?: boolean;
}

export interface CsvSchema {
  /** Dataset name (default: the file name without extension). */
  name?: string;
  label?: string;
  columns: readonly CsvColumnSchema[];
  /** Cell texts that mean "missing" in non-string columns (default `[""]`). */
  missing?: readonly string[];
  /**
   * "exact" (the default): the header names exactly the schema's columns in the schema's order.
   * "by-name": the header names each of the schema's columns once, in any order; other columns
   * are allowed, not read, and listed in the dataset's `ignoredColumns`.
   */
  header?: "exact" | "by-name";
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?$/;

/** Whether `y-m-d` is a real calendar date (proleptic Gregorian). */
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Reads a CSV file from disk: see {@link parseCsv}. */
export function readCsv(file: string, schema: CsvSchema): Dataset {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ReaderError({ file, rule: `file cannot be read (${(error as Error).message})` });
  }
  return parseCsv(bytes, file, schema);
}

/**
 * Parses CSV bytes against a schema.
 *
 * @param bytes the whole file (UTF-8)
 * @param file the name for error messages and `source.file`
 * @param schema the columns, in file order, with their types
 * @throws ReaderError naming the file, row (1-based data row; the header is row 0), column,
 *   value and rule for invalid UTF-8, a header that does not match the schema, a row of the
 *   wrong length, or a cell that is not of its column's type
 * @example
 * parseCsv(Buffer.from("id,age\nA,63\nB,\n"), "x.csv", { columns: [{ name: "id", type: "string" }, { name: "age", type: "number" }] }).rows
 * // => [{ id: "A", age: 63 }, { id: "B", age: null }]
 */
export function parseCsv(bytes: Uint8Array, file: string, schema: CsvSchema): Dataset {
  if (schema.columns.length === 0) throw new Error("parseCsv: the schema declares no columns");
  const names = schema.columns.map((c) => c.name);
  if (new Set(names).size !== names.length) throw new Error(`parseCsv: the schema declares a column twice (${names.join(", ")})`);
  const missing = new Set(schema.missing ?? [""]);
  const text = decodeUtf8Strict(bytes, file);
  const records = csvParseRows(text);
  const header = records[0];
  if (header === undefined) throw new ReaderError({ file, row: 0, rule: "file is empty; a CSV file starts with a header row" });
  let position: number[]; // the header position of each schema column
  if (schema.header === "by-name") {
    position = names.map((name) => {
      const at = header.indexOf(name);
      if (at === -1)
        throw new ReaderError({ file, row: 0, column: name, value: header.join(","), rule: `header must name every declared column (in any order); ${name} is missing` });
      if (header.indexOf(name, at + 1) !== -1) throw new ReaderError({ file, row: 0, column: name, value: header.join(","), rule: `header names the column ${name} twice` });
      return at;
    });
  } else {
    if (header.length !== names.length || header.some((h, i) => h !== names[i])) {
      throw new ReaderError({
        file,
        row: 0,
        value: header.join(","),
        rule: `header must name exactly the schema's columns in order: ${names.join(",")}`,
      });
    }
    position = names.map((_, i) => i);
  }

  const convert = schema.columns.map((c) => cellConverter(c, missing));
  const rows: Row[] = new Array<Row>(records.length - 1);
  for (let r = 1; r < records.length; r++) {
    const fields = records[r] as string[];
    if (fields.length !== header.length) {
      throw new ReaderError({ file, row: r, value: fields.join(","), rule: `row has ${fields.length} fields but the header has ${header.length}` });
    }
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const column = schema.columns[c] as CsvColumnSchema;
      const raw = fields[position[c] as number] as string;
      const value = (convert[c] as (raw: string) => CellValue | { rule: string })(raw);
      if (value !== null && typeof value === "object") throw new ReaderError({ file, row: r, column: column.name, value: raw, rule: value.rule });
      row[column.name] = value;
    }
    rows[r - 1] = row;
  }

  const variables: DatasetVariable[] = schema.columns.map((c) => ({
    name: c.name,
    label: c.label ?? "",
    type: c.type === "number" || c.type === "integer" ? "num" : "char",
    length: null,
    format: "",
    informat: "",
    position: null,
    sourceType: c.type,
  }));
  return {
    source: { file, format: "csv" },
    name: schema.name ?? path.basename(file).replace(/\.[^.]*$/, ""),
    label: schema.label ?? "",
    variables,
    rows,
    rowCount: rows.length,
    specialMissing: [],
    deviations: [],
    ...(schema.header === "by-name" ? { ignoredColumns: header.filter((h) => !names.includes(h)) } : {}),
  };
}

function cellConverter(column: CsvColumnSchema, missing: Set<string>): (raw: string) => CellValue | { rule: string } {
  const absent = (): null | { rule: string } => (column.required ? { rule: `column ${column.name} is required: a missing value is not allowed` } : null);
  switch (column.type) {
    case "string":
      return (raw) => (column.required && raw === "" ? { rule: `column ${column.name} is required: an empty value is not allowed` } : raw);
    case "number":
      return (raw) => {
        if (missing.has(raw)) return absent();
        if (!NUMBER.test(raw)) return { rule: "must be a decimal number (e.g. -1.5, 2e3), or a missing-value token" };
        return Number(raw);
      };
    case "integer":
      return (raw) => {
        if (missing.has(raw)) return absent();
        const n = NUMBER.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isSafeInteger(n)) return { rule: "must be an integer within ±2^53, or a missing-value token" };
        return n;
      };
    case "date":
      return (raw) => {
        if (missing.has(raw)) return absent();
        const m = DATE.exec(raw);
        if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { rule: "must be an ISO 8601 calendar date YYYY-MM-DD, or a missing-value token" };
        return raw;
      };
    case "datetime":
      return (raw) => {
        if (missing.has(raw)) return absent();
        const m = DATETIME.exec(raw);
        const ok = m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && (m[7] === undefined || Number(m[7]) < 60);
        return ok ? raw : { rule: "must be an ISO 8601 date-time YYYY-MM-DDThh:mm[:ss[.s]], or a missing-value token" };
      };
  }
}
