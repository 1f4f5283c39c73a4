/**
 * Reader for Parquet files, through DuckDB (`@duckdb/node-api`), returning the common
 * {@link Dataset} shape.
 *
 * Before DuckDB sees the file the reader checks Parquet's framing: at least 12 bytes, the magic
 * `PAR1` at the start and at the end. Then every column's DuckDB type is mapped:
 * - VARCHAR, ENUM, UUID → `char`;
 * - BOOLEAN → `num` 1/0; TINYINT to UINTEGER, FLOAT, DOUBLE → `num`;
 * - BIGINT, UBIGINT, HUGEINT, UHUGEINT → `num` when the value is an integer within ±2^53, else an
 *   error (no silent rounding);
 * - DECIMAL → `num` (the nearest double);
 * - DATE → `char` ISO 8601 `YYYY-MM-DD`; TIMESTAMP (s, ms, µs, ns) → `char` `YYYY-MM-DDThh:mm:ss[.f]`;
 *   TIME → `char` `hh:mm:ss[.f]` (`sourceType` keeps the DuckDB type);
 * - anything else (BLOB, LIST, STRUCT, MAP, time-zone types, ...) → an error naming the column.
 * NaN or infinite floating-point values are an error: missing is `null` in this project.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, DuckDBTypeId, type Json } from "@duckdb/node-api";
import { ReaderError } from "./errors.ts";
import type { CellValue, Dataset, DatasetVariable, Row, VariableType } from "./types.ts";

const MAGIC = "PAR1";

/** Checks the `PAR1` magic bytes at both ends of the file, without reading the rest. */
export function checkParquetMagic(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new ReaderError({ file, rule: `file cannot be read (${(error as Error).message})` });
  }
  if (size < 12)
    throw new ReaderError({ file, position: 0, value: size, rule: "file is too short to be Parquet (a Parquet file has at least 12 bytes: PAR1, footer length, PAR1)" });
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(4);
    const tail = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    readSync(fd, tail, 0, 4, size - 4);
    if (head.toString("latin1") !== MAGIC) throw new ReaderError({ file, position: 0, value: head, rule: 'not a Parquet file: it must start with the magic bytes "PAR1"' });
    if (tail.toString("latin1") !== MAGIC) {
      throw new ReaderError({ file, position: size - 4, value: tail, rule: 'not a complete Parquet file: it must end with the magic bytes "PAR1" (truncated?)' });
    }
  } finally {
    closeSync(fd);
  }
}

interface ColumnMapping {
  type: VariableType;
  convert: (value: Json, row: number) => CellValue;
}

/**
 * Reads a Parquet file into rows.
 *
 * @param file path to the file
 * @param options `name` and `label` of the dataset (default: the file name without extension, "")
 * @throws ReaderError for a file that is not Parquet, that DuckDB cannot read, a column of an
 *   unsupported type, or a value that cannot be represented exactly
 */
export async function readParquet(file: string, options: { name?: string; label?: string } = {}): Promise<Dataset> {
  checkParquetMagic(file);
  const instance = await DuckDBInstance.create(":memory:");
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll("SELECT * FROM read_parquet($1)", [file]).catch((error: unknown) => {
        throw new ReaderError({ file, rule: `DuckDB cannot read the file as Parquet: ${(error as Error).message.split("\n")[0]}` });
      });
      const names = reader.columnNames();
      const mappings = names.map((name, i) => columnMapping(file, name, reader.columnTypeId(i), reader.columnType(i).toString()));
      const jsonRows = reader.getRowsJson();
      const rows: Row[] = jsonRows.map((values, r) => {
        const row: Row = {};
        names.forEach((name, c) => {
          const v = values[c] ?? null;
          row[name] = v === null ? null : (mappings[c] as ColumnMapping).convert(v, r + 1);
        });
        return row;
      });
      const variables: DatasetVariable[] = names.map((name, i) => ({
        name,
        label: "",
        type: (mappings[i] as ColumnMapping).type,
        length: null,
        format: "",
        informat: "",
        position: null,
        sourceType: reader.columnType(i).toString(),
      }));
      return {
        source: { file, format: "parquet" },
        name: options.name ?? path.basename(file).replace(/\.[^.]*$/, ""),
        label: options.label ?? "",
        variables,
        rows,
        rowCount: rows.length,
        specialMissing: [],
        deviations: [],
      };
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

function columnMapping(file: string, column: string, typeId: DuckDBTypeId, typeName: string): ColumnMapping {
  const bad = (row: number, value: unknown, rule: string): never => {
    throw new ReaderError({ file, row, column, value, rule });
  };
  const finite = (v: Json, row: number): number => {
    if (typeof v !== "number" || !Number.isFinite(v)) return bad(row, v, `${typeName} value must be a finite number (missing values are NULL)`);
    return v;
  };
  const text = (v: Json, row: number): string => (typeof v === "string" ? v : bad(row, v, `${typeName} value expected as text`));
  switch (typeId) {
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.ENUM:
    case DuckDBTypeId.UUID:
      return { type: "char", convert: text };
    case DuckDBTypeId.BOOLEAN:
      return { type: "num", convert: (v, row) => (v === true ? 1 : v === false ? 0 : bad(row, v, "BOOLEAN value expected")) };
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return { type: "num", convert: finite };
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return {
        type: "num",
        convert: (v, row) => {
          const n = Number(text(v, row));
          return Number.isSafeInteger(n) ? n : bad(row, v, `${typeName} value is beyond ±2^53 and cannot be represented exactly as a number`);
        },
      };
    case DuckDBTypeId.DECIMAL:
      return {
        type: "num",
        convert: (v, row) => {
          const n = Number(text(v, row));
          return Number.isFinite(n) ? n : bad(row, v, `${typeName} value is not a finite number`);
        },
      };
    case DuckDBTypeId.DATE:
      return { type: "char", convert: text };
    case DuckDBTypeId.TIME:
      return { type: "char", convert: text };
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
      return { type: "char", convert: (v, row) => text(v, row).replace(" ", "T") };
    default:
      throw new ReaderError({ file, column, value: typeName, rule: "column type is not supported by the common dataset shape (numbers, text, dates, timestamps)" });
  }
}
