/**
 * n, mean, SD (n − 1 denominator), median (R type 7, the midpoint of the middle pair), min and
 * max of the non-missing values of a column: the continuous-variable block of a CSR table.
 */
import { quantileSorted } from "@trial/estimators";
import { describe, TrialTableInputError } from "./trial-table.ts";

export interface Descriptives {
  n: number;
  mean: number;
  sd: number;
  median: number;
  min: number;
  max: number;
}

/** The numbers of `column` in `rows` (null and undefined skipped; any other non-number is an error). */
export function numericValues(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, column: string): number[] {
  const out: number[] = [];
  rows.forEach((row, i) => {
    const v = row[column];
    if (v === null || v === undefined) return;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TrialTableInputError(`rows[${i}].${column}`, `must be a finite number or null, got ${describe(v)}`);
    out.push(v);
  });
  return out;
}

/** Descriptive statistics of `values`; NaN for what an empty (or single-value, SD) sample lacks. */
export function descriptives(values: readonly number[]): Descriptives {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN, median: quantileSorted(sorted, 0.5), min: sorted[0]!, max: sorted[n - 1]! };
}
