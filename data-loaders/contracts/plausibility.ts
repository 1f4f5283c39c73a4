/**
 * Rule `plausibility`: numeric values lie within plausibility ranges (inclusive). Every study gets
 * {@link DEFAULT_PLAUSIBILITY}; a study's own ranges (`StudyConfig.plausibility`) add to them and
 * override them one column at a time (declaring a range for heart rate keeps the default for
 * systolic pressure). A default range matches a column of its table by name case-insensitively or
 * by its CDISC vital-signs test code (VSTESTCD), so `PULSE`, `Heart_Rate` and `heart_rate` all get
 * the heart-rate range; a study's range matches its column case-insensitively. A range for a
 * column the table does not have is skipped (the ranges are shared by studies with different
 * tables); missing values are skipped.
 */
import type { PlausibilityRange } from "../../src/foundation/study-config.ts";
import type { TableSpec } from "../snapshot/schema.ts";
import { violation, type ContractRule } from "./context.ts";

/** A default range, with the other names its column goes by (CDISC VSTESTCD codes). */
export interface DefaultPlausibilityRange extends PlausibilityRange {
  aliases: readonly string[];
}

export const DEFAULT_PLAUSIBILITY: DefaultPlausibilityRange[] = [
  { table: "subjects", column: "age", aliases: [], min: 18, max: 110, label: "age, years" },
  { table: "subjects", column: "bmi", aliases: ["BMI"], min: 10, max: 80, label: "body-mass index, kg/m²" },
  { table: "subjects", column: "height", aliases: ["HEIGHT"], min: 100, max: 250, label: "height, cm" },
  { table: "subjects", column: "weight", aliases: ["WEIGHT"], min: 25, max: 300, label: "weight, kg" },
  { table: "visits", column: "heart_rate", aliases: ["PULSE", "HR"], min: 40, max: 200, label: "heart rate, beats/min" },
  { table: "visits", column: "sbp", aliases: ["SYSBP"], min: 60, max: 250, label: "systolic blood pressure, mmHg" },
  { table: "visits", column: "dbp", aliases: ["DIABP"], min: 30, max: 150, label: "diastolic blood pressure, mmHg" },
  { table: "visits", column: "temperature", aliases: ["TEMP"], min: 34, max: 42, label: "body temperature, °C" },
  { table: "visits", column: "respiratory_rate", aliases: ["RESP"], min: 4, max: 60, label: "respiratory rate, breaths/min" },
  { table: "visits", column: "weight", aliases: ["WEIGHT"], min: 25, max: 300, label: "weight, kg" },
  { table: "visits", column: "height", aliases: ["HEIGHT"], min: 100, max: 250, label: "height, cm" },
];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The range each column of the schema is checked against: the study's own range for that column
 * when it declares one, else the matching default; columns with neither are not listed.
 * @example
 * effectivePlausibility([{ name: "visits", columns: [{ name: "PULSE" }, { name: "sbp" }] }], [{ table: "visits", column: "sbp", min: 50, max: 260, label: "SBP" }])
 * // => [{ table: "visits", column: "PULSE", min: 40, max: 200, label: "heart rate, beats/min" }, { table: "visits", column: "sbp", min: 50, max: 260, label: "SBP" }]
 */
export function effectivePlausibility(
  schema: ReadonlyArray<Pick<TableSpec, "name"> & { columns: ReadonlyArray<{ name: string }> }>,
  own: readonly PlausibilityRange[] = [],
): PlausibilityRange[] {
  const ranges: PlausibilityRange[] = [];
  for (const spec of schema) {
    for (const { name } of spec.columns) {
      const range =
        own.find((r) => r.table === spec.name && same(r.column, name)) ??
        DEFAULT_PLAUSIBILITY.find((r) => r.table === spec.name && (same(r.column, name) || r.aliases.some((a) => same(a, name))));
      if (range) ranges.push({ table: spec.name, column: name, min: range.min, max: range.max, label: range.label });
    }
  }
  return ranges;
}

export const plausibility: ContractRule = (tables, context) => {
  for (const range of effectivePlausibility(context.schema, context.plausibility)) {
    tables[range.table].forEach((row, i) => {
      const value = row[range.column];
      if (typeof value === "number" && (value < range.min || value > range.max)) {
        violation(context, range.table, i, row, { column: range.column, value, rule: `plausibility: ${range.label} must be between ${range.min} and ${range.max}` });
      }
    });
  }
};
