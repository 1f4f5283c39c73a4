/**
 * The one shape every reader returns (XPT, Dataset-JSON, CSV, Parquet), so that code downstream of
 * a reader does not care which format a study's data came in.
 */

/** A cell: a number, a string, or missing (`null`). */
export type CellValue = number | string | null;

/** One record, keyed by variable name. */
export type Row = Record<string, CellValue>;

/** `num` cells are numbers or `null`; `char` cells are strings (or `null` where the format allows). */
export type VariableType = "num" | "char";

/** The source formats the readers understand. */
export type SourceFormat = "xpt" | "dataset-json" | "csv" | "parquet";

/** Metadata of one variable (column). Fields a format does not have are `""` or `null`. */
export interface DatasetVariable {
  /** Variable name, as stored. */
  name: string;
  /** Variable label; `""` when none. */
  label: string;
  type: VariableType;
  /**
   * Storage length: bytes in an XPT observation (8 or fewer for numbers); the planned length of a
   * Dataset-JSON column when given; `null` when the format declares none.
   */
  length: number | null;
  /**
   * Display format spelled as R haven spells it: name, width, then `.decimals` when non-zero
   * (`DATE9`, `8.1`, `$CHAR200`); `""` when none. Dataset-JSON's `displayFormat` is kept verbatim.
   */
  format: string;
  /** Input format, spelled the same way; `""` when none. */
  informat: string;
  /** Byte offset of the value within an XPT observation; `null` for other formats. */
  position: number | null;
  /**
   * The type as the source declared it, for formats that declare richer types than num/char:
   * Dataset-JSON `dataType` (`decimal`, `date`, ...), the DuckDB type of a Parquet column, the
   * schema type of a CSV column. Absent for XPT.
   */
  sourceType?: string;
  /** Dataset-JSON `targetDataType`, when given. */
  targetDataType?: string;
  /** Dataset-JSON `keySequence`, when given. */
  keySequence?: number;
}

/**
 * A SAS special missing value (`._`, `.A` to `.Z`) found in a numeric cell. The cell itself is
 * `null` in `rows`; this keeps which kind of missing it was.
 */
export interface SpecialMissing {
  /** 0-based index into `rows`. */
  rowIndex: number;
  column: string;
  /** `"_"` or `"A"` to `"Z"` (the letter after the dot, as SAS writes it). */
  code: string;
}

/**
 * A departure from the format's specification that the caller explicitly agreed to tolerate
 * (see the Dataset-JSON reader's `tolerate` option), with how many cells or fields it touched.
 * Recorded so that provenance shows the input was not clean.
 */
export interface ToleratedDeviation {
  rule: string;
  column?: string;
  count: number;
  example?: string;
}

/** A dataset as read from one file (or one member of an XPT library). */
export interface Dataset {
  source: {
    file: string;
    format: SourceFormat;
    /** XPT member name (the file can hold several). */
    member?: string;
  };
  /** Dataset name (XPT member name, Dataset-JSON `name`, file stem for CSV/Parquet). */
  name: string;
  /** Dataset label; `""` when none. */
  label: string;
  variables: DatasetVariable[];
  rows: Row[];
  /** `rows.length`, stated separately so that metadata-only consumers can print it. */
  rowCount: number;
  /** SAS special missing values, in row then variable order (always empty for non-XPT input). */
  specialMissing: SpecialMissing[];
  /** Tolerated departures from the format (empty when the input followed its specification). */
  deviations: ToleratedDeviation[];
  /** Columns of the file that the caller's schema does not declare and that were not read (CSV read by name). */
  ignoredColumns?: string[];
}
