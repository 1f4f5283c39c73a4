/**
 * Compares two datasets read from different formats (XPT and Dataset-JSON, typically) and lists
 * every difference precisely: which column, which row, the value on each side. Used to prove that
 * two readers produce the same records from two encodings of the same data.
 *
 * What it normalises, and only when asked:
 * - row order, by key variables (`keys`, e.g. USUBJID and --SEQ): both sides are matched on the
 *   key rather than by position, and a key missing on one side, or present twice, is a difference;
 * - SAS numeric dates against ISO text: a numeric variable whose SAS format is a date, datetime or
 *   time format, compared with a character variable on the other side, is converted with
 *   `sas-dates.ts` before comparing (`temporalAsIso`, on by default).
 * Numbers are equal when `===` (so 0 equals -0 and there is no tolerance); strings must match
 * exactly; `null` equals only `null`.
 */
import { sasFormatKind, sasTemporalToIso, type SasTemporalKind } from "./sas-dates.ts";
import type { CellValue, Dataset, DatasetVariable, Row, VariableType } from "./types.ts";

export interface CompareOptions {
  /** Match rows on these variables instead of by position. */
  keys?: readonly string[];
  /** Convert SAS numeric dates/datetimes/times to ISO text when the other side is text (default true). */
  temporalAsIso?: boolean;
  /** Stop listing value differences after this many (default 1000); the count stays exact. */
  maxValueDifferences?: number;
}

/** A cell that differs. `row` is 1-based in the left dataset's order (the right's for right-only rows). */
export interface ValueDifference {
  column: string;
  row: number;
  /** The key values of the row, when comparing by keys. */
  key?: Record<string, CellValue>;
  left: CellValue;
  right: CellValue;
}

/** A variable attribute that differs (label, length, format): reported, not part of `recordsIdentical`. */
export interface MetadataDifference {
  column: string;
  attribute: "label" | "length" | "format";
  left: string | number | null;
  right: string | number | null;
}

export interface DatasetComparison {
  /** Same columns (as a set), same types, same number of rows, matching keys, every value equal. */
  recordsIdentical: boolean;
  columnsOnlyInLeft: string[];
  columnsOnlyInRight: string[];
  /** True when both sides have the same columns but in a different order. */
  columnOrderDiffers: boolean;
  typeDifferences: Array<{ column: string; left: VariableType | SasTemporalKind; right: VariableType | string }>;
  rowCount: { left: number; right: number };
  /** Keys present on one side only, or more than once on a side (when comparing by keys). */
  keyDifferences: Array<{ key: Record<string, CellValue>; problem: "only-in-left" | "only-in-right" | "duplicate-in-left" | "duplicate-in-right" }>;
  /** Number of differing cells (exact even when `valueDifferences` is truncated). */
  valueDifferenceCount: number;
  valueDifferences: ValueDifference[];
  metadataDifferences: MetadataDifference[];
}

interface ColumnPair {
  name: string;
  left: DatasetVariable;
  right: DatasetVariable;
  /** Convert the left (or right) number to ISO text of this kind before comparing. */
  leftTemporal: SasTemporalKind | null;
  rightTemporal: SasTemporalKind | null;
}

/**
 * Compares `left` with `right` (see the module comment for what is normalised).
 *
 * @example
 * const c = compareDatasets(xptDm, jsonDm, { keys: ["USUBJID"] });
 * c.recordsIdentical // => true when every record matches
 * c.valueDifferences[0] // => { column: "AGE", row: 12, key: { USUBJID: "01-701-1115" }, left: 84, right: 85 }
 */
export function compareDatasets(left: Dataset, right: Dataset, options: CompareOptions = {}): DatasetComparison {
  const temporalAsIso = options.temporalAsIso ?? true;
  const maxValueDifferences = options.maxValueDifferences ?? 1000;
  const leftNames = left.variables.map((v) => v.name);
  const rightNames = right.variables.map((v) => v.name);
  const rightByName = new Map(right.variables.map((v) => [v.name, v]));
  const leftByName = new Map(left.variables.map((v) => [v.name, v]));
  const columnsOnlyInLeft = leftNames.filter((n) => !rightByName.has(n));
  const columnsOnlyInRight = rightNames.filter((n) => !leftByName.has(n));
  const common = leftNames.filter((n) => rightByName.has(n));
  const columnOrderDiffers = columnsOnlyInLeft.length === 0 && columnsOnlyInRight.length === 0 && leftNames.some((n, i) => n !== rightNames[i]);

  const typeDifferences: DatasetComparison["typeDifferences"] = [];
  const metadataDifferences: MetadataDifference[] = [];
  const pairs: ColumnPair[] = [];
  for (const name of common) {
    const l = leftByName.get(name) as DatasetVariable;
    const r = rightByName.get(name) as DatasetVariable;
    let leftTemporal: SasTemporalKind | null = null;
    let rightTemporal: SasTemporalKind | null = null;
    if (l.type !== r.type) {
      const lk = l.type === "num" ? sasFormatKind(l.format) : null;
      const rk = r.type === "num" ? sasFormatKind(r.format) : null;
      if (temporalAsIso && lk !== null && (r.sourceType === undefined || r.sourceType === lk)) leftTemporal = lk;
      else if (temporalAsIso && rk !== null && (l.sourceType === undefined || l.sourceType === rk)) rightTemporal = rk;
      else {
        typeDifferences.push({ column: name, left: l.type, right: r.sourceType ?? r.type });
        continue;
      }
    }
    pairs.push({ name, left: l, right: r, leftTemporal, rightTemporal });
    if (l.label !== r.label) metadataDifferences.push({ column: name, attribute: "label", left: l.label, right: r.label });
    if (l.length !== r.length) metadataDifferences.push({ column: name, attribute: "length", left: l.length, right: r.length });
    if (l.format !== r.format) metadataDifferences.push({ column: name, attribute: "format", left: l.format, right: r.format });
  }

  const valueDifferences: ValueDifference[] = [];
  let valueDifferenceCount = 0;
  const compareRows = (lRow: Row, rRow: Row, rowNumber: number, key?: Record<string, CellValue>): void => {
    for (const p of pairs) {
      const lv = lRow[p.name] ?? null;
      const rv = rRow[p.name] ?? null;
      const a = p.leftTemporal !== null && typeof lv === "number" ? sasTemporalToIso(lv, p.leftTemporal) : lv;
      const b = p.rightTemporal !== null && typeof rv === "number" ? sasTemporalToIso(rv, p.rightTemporal) : rv;
      if (a === b) continue;
      valueDifferenceCount++;
      if (valueDifferences.length < maxValueDifferences) {
        valueDifferences.push({ column: p.name, row: rowNumber, ...(key === undefined ? {} : { key }), left: lv, right: rv });
      }
    }
  };

  const keyDifferences: DatasetComparison["keyDifferences"] = [];
  const keys = options.keys ?? [];
  if (keys.length === 0) {
    const n = Math.min(left.rows.length, right.rows.length);
    for (let i = 0; i < n; i++) compareRows(left.rows[i] as Row, right.rows[i] as Row, i + 1);
  } else {
    for (const k of keys) {
      if (!leftByName.has(k) || !rightByName.has(k)) throw new Error(`compareDatasets: key variable ${k} is not in both datasets`);
    }
    const keyOf = (row: Row): Record<string, CellValue> => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
    const index = (rows: Row[], side: "left" | "right"): Map<string, number> => {
      const map = new Map<string, number>();
      rows.forEach((row, i) => {
        const id = JSON.stringify(keys.map((k) => row[k] ?? null));
        if (map.has(id)) keyDifferences.push({ key: keyOf(row), problem: side === "left" ? "duplicate-in-left" : "duplicate-in-right" });
        else map.set(id, i);
      });
      return map;
    };
    const leftIndex = index(left.rows, "left");
    const rightIndex = index(right.rows, "right");
    for (const [id, i] of leftIndex) {
      const row = left.rows[i] as Row;
      const j = rightIndex.get(id);
      if (j === undefined) keyDifferences.push({ key: keyOf(row), problem: "only-in-left" });
      else compareRows(row, right.rows[j] as Row, i + 1, keyOf(row));
    }
    for (const [id, j] of rightIndex) if (!leftIndex.has(id)) keyDifferences.push({ key: keyOf(right.rows[j] as Row), problem: "only-in-right" });
  }

  const rowCount = { left: left.rows.length, right: right.rows.length };
  return {
    recordsIdentical:
      columnsOnlyInLeft.length === 0 &&
      columnsOnlyInRight.length === 0 &&
      typeDifferences.length === 0 &&
      rowCount.left === rowCount.right &&
      keyDifferences.length === 0 &&
      valueDifferenceCount === 0,
    columnsOnlyInLeft,
    columnsOnlyInRight,
    columnOrderDiffers,
    typeDifferences,
    rowCount,
    keyDifferences,
    valueDifferenceCount,
    valueDifferences,
    metadataDifferences,
  };
}
