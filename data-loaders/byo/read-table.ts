/**
 * Reads one input table of a bring-your-own study, in any of the four formats, and checks it
 * against the columns its config declares (the schema/type contract of BYO inputs): every declared
 * column is present; each value has the declared type (`string`: text; `number`: a finite number;
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
      return readCsv(file, { columns: spec.columns.map((c) => ({ name: c.name, type: CSV_TYPES[c.type], ...(c.required ? { required: true } : {}) })) });
    case "parquet":
      return readParquet(file);
    case "xpt":
      return toIsoDateView(readXptDataset(file));
    case "dataset-json":
      return readDatasetJson(file);
  }
}

function checkValue(file: string, row: number, column: ByoColumn, value: CellValue | undefined): string | number | null {
  const bad = (rule: string): never => {
    throw new ReaderError({ file, row, column: column.name, value, rule: `schema: ${rule}` });
  };
  if (value === null || value === undefined || value === "") {
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

/** The declared columns of the file, typed and checked, one record per row. */
export async function readByoTable(file: string, spec: ByoTableFile): Promise<Row[]> {
  const dataset = await readDataset(file, spec);
  const present = new Set(dataset.variables.map((v) => v.name));
  for (const column of spec.columns) {
    if (!present.has(column.name)) throw new ReaderError({ file, column: column.name, rule: `schema: the declared column ${column.name} is not in the file (columns: ${[...present].join(", ")})` });
  }
  return dataset.rows.map((source, i) => {
    const row: Row = {};
    for (const column of spec.columns) row[column.name] = checkValue(file, i + 1, column, source[column.name]);
    return row;
  });
}
