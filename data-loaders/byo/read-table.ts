/**
 * Reads one input table of a bring-your-own study, in any of the four formats, and checks it
 * against the columns its config declares (the schema/type contract of BYO inputs): every declared
 * column is present (in any order; undeclared columns are not read, and listed); a cell equal to
 * one of the file's missing-value tokens (`missing`, e.g. ["NA", "."]; the empty cell always) is
 * missing in every column type; each value has the declared type (`string`: text; `number`: a finite number;
 * `integer`: a whole number; `date`: an ISO date `YYYY-MM-DD`, or a SAS date in XPT; `boolean01`:
 * 0 or 1); a `required` column has no missing value. The first breach halts with a ReaderError
 * naming the file, the 1-based row, the column, the value and the rule.
 */
import type { ByoColumn, ByoTableFile } from "../../src/foundation/byo-config.ts";
import { readCsv, type CsvColumnType } from "../readers/csv.ts";
import { readDatasetJson } from "../readers/dataset-json.ts";
import { ReaderError } from "../readers/errors.ts";
import { readParquet } from "../readers/parquet.ts";
import { toIsoDateView } from "../readers/sas-dates.ts";
import type { CellValue, Dataset } from "../readers/types.ts";
import { readXptDataset } from "../readers/xpt.ts";
import type { Row } from "../snapshot/schema.ts";

const CSV_TYPES: Record<ByoColumn["type"], CsvColumnType> = { string: "string", number: "number", integer: "integer", date: "date", boolean01: "integer" };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function readDataset(file: string, spec: ByoTableFile): Promise<Dataset> {
  switch (spec.format) {
    case "csv":
      return readCsv(file, {
        columns: spec.columns.map((c) => ({ name: c.name, type: CSV_TYPES[c.type], ...(c.required ? { required: true } : {}) })),
        missing: ["", ...(spec.missing ?? [])],
        header: "by-name",
      });
    case "parquet":
      return readParquet(file);
    case "xpt":
      return toIsoDateView(readXptDataset(file));
    case "dataset-json":
      return readDatasetJson(file);
  }
}

function checkValue(file: string, row: number, column: ByoColumn, value: CellValue | undefined, missing: ReadonlySet<string>): string | number | null {
  const bad = (rule: string): never => {
    throw new ReaderError({ file, row, column: column.name, value, rule: `schema: ${rule}` });
  };
  if (value === null || value === undefined || value === "" || (typeof value === "string" && missing.has(value))) {
    if (column.required) bad(`${column.name} is required (no missing values)`);
    return null;
  }
  switch (column.type) {
    case "string":
      return typeof value === "string" ? value : bad("a text value is declared");
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : bad("a number is declared");
    case "integer":
      return typeof value === "number" && Number.isInteger(value) ? value : bad("an integer is declared");
    case "boolean01":
      return value === 0 || value === 1 ? value : bad("0 or 1 is declared");
    case "date":
      return typeof value === "string" && ISO_DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : bad("an ISO date YYYY-MM-DD is declared");
  }
}

/** A table as read: the declared columns, typed and checked, one record per row; and the file's other columns, not read. */
export interface ByoTable {
  rows: Row[];
  ignoredColumns: string[];
}

/** Reads the declared columns of the file (in any order; other columns are ignored and listed). */
export async function readByoTable(file: string, spec: ByoTableFile): Promise<ByoTable> {
  const dataset = await readDataset(file, spec);
  const present = new Set(dataset.variables.map((v) => v.name));
  for (const column of spec.columns) {
    if (!present.has(column.name))
      throw new ReaderError({ file, column: column.name, rule: `schema: the declared column ${column.name} is not in the file (columns: ${[...present].join(", ")})` });
  }
  const declared = new Set(spec.columns.map((c) => c.name));
  const ignoredColumns = dataset.ignoredColumns ?? dataset.variables.map((v) => v.name).filter((name) => !declared.has(name));
  const missing = new Set(spec.missing ?? []);
  const rows = dataset.rows.map((source, i) => {
    const row: Row = {};
    for (const column of spec.columns) row[column.name] = checkValue(file, i + 1, column, source[column.name], missing);
    return row;
  });
  return { rows, ignoredColumns };
}
