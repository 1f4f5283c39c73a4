/**
 * Argument checks shared by every estimator. Each estimator validates its arguments once, at its
 * entry, and stops with an {@link EstimatorInputError} whose message names the argument, the
 * position and the offending value: a page or a build shows that message instead of a silent NaN.
 */

/** The error every estimator throws for an unusable argument. */
export class EstimatorInputError extends Error {
  /** Name of the offending argument as the caller wrote it, e.g. `"weights"` or `"X"`. */
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.name = "EstimatorInputError";
    this.argument = argument;
  }
}

/**
 * A short, unambiguous rendering of a value for an error message: strings quoted, `NaN`,
 * `Infinity`, `undefined` and `null` spelled out, long arrays abbreviated.
 *
 * @example
 * describeValue("a") // => '"a"'
 * describeValue(NaN) // => "NaN"
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  return `a value of type ${typeof value}`;
}

/** An array-like of numbers as the estimators accept it (plain arrays and typed arrays). */
export type NumericVector = ArrayLike<number>;

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return (
    Array.isArray(value) ||
    (ArrayBuffer.isView(value) && !(value instanceof DataView)) ||
    (typeof value === "object" && value !== null && typeof (value as { length?: unknown }).length === "number")
  );
}

/**
 * Checks that `value` is an array of finite numbers (at least `minLength` of them).
 *
 * @example
 * checkFiniteVector("y", [1, NaN]) // throws "y[1]: must be a finite number, got NaN"
 */
export function checkFiniteVector(argument: string, value: unknown, minLength = 1): asserts value is NumericVector {
  if (!isArrayLike(value)) throw new EstimatorInputError(argument, `must be an array of numbers, got ${describeValue(value)}`);
  if (value.length < minLength) {
    throw new EstimatorInputError(argument, `must have at least ${minLength} element(s), got ${value.length}`);
  }
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new EstimatorInputError(`${argument}[${i}]`, `must be a finite number, got ${describeValue(v)}`);
    }
  }
}

/**
 * Checks that two vectors have the same length.
 *
 * @example
 * checkSameLength("x", [1, 2], "y", [1]) // throws "y: must have the same length as x (2), got 1"
 */
export function checkSameLength(argumentA: string, a: ArrayLike<unknown>, argumentB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new EstimatorInputError(argumentB, `must have the same length as ${argumentA} (${a.length}), got ${b.length}`);
  }
}

/**
 * Checks non-negative finite weights with a positive total.
 *
 * @example
 * checkWeights("w", [1, -1], 2) // throws "w[1]: must be non-negative, got -1"
 */
export function checkWeights(argument: string, value: unknown, length: number): asserts value is NumericVector {
  checkFiniteVector(argument, value, 1);
  if (value.length !== length) {
    throw new EstimatorInputError(argument, `must have one weight per observation (${length}), got ${value.length}`);
  }
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const w = value[i] as number;
    if (w < 0) throw new EstimatorInputError(`${argument}[${i}]`, `must be non-negative, got ${describeValue(w)}`);
    total += w;
  }
  if (!(total > 0)) throw new EstimatorInputError(argument, "must have a positive sum, got all zeros");
}

/**
 * Checks a treatment indicator: each element 0 or 1 (or `false`/`true`). Returns it as 0/1 numbers.
 * With `requireBoth`, both arms must be present.
 *
 * @example
 * checkTreatment("t", [true, false]) // => [1, 0]
 */
export function checkTreatment(argument: string, value: unknown, length?: number, requireBoth = true): number[] {
  if (!isArrayLike(value)) throw new EstimatorInputError(argument, `must be an array of 0/1 indicators, got ${describeValue(value)}`);
  if (length !== undefined && value.length !== length) {
    throw new EstimatorInputError(argument, `must have one indicator per observation (${length}), got ${value.length}`);
  }
  const out = new Array<number>(value.length);
  let treated = 0;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v === 1 || v === true) {
      out[i] = 1;
      treated++;
    } else if (v === 0 || v === false) {
      out[i] = 0;
    } else {
      throw new EstimatorInputError(`${argument}[${i}]`, `must be 0 or 1 (control or treated), got ${describeValue(v)}`);
    }
  }
  if (requireBoth) {
    if (treated === 0) throw new EstimatorInputError(argument, `has no treated observations (all ${value.length} are 0): the treated arm is empty`);
    if (treated === value.length) throw new EstimatorInputError(argument, `has no control observations (all ${value.length} are 1): the control arm is empty`);
  }
  return out;
}

/**
 * Checks a rectangular matrix (array of rows) of finite numbers with at least one row and column.
 *
 * @example
 * checkMatrix("X", [[1, 2], [3]]) // throws "X[1]: must have 2 columns like row 0, got 1"
 */
export function checkMatrix(argument: string, value: unknown): asserts value is ArrayLike<NumericVector> {
  if (!isArrayLike(value)) throw new EstimatorInputError(argument, `must be an array of rows, got ${describeValue(value)}`);
  if (value.length === 0) throw new EstimatorInputError(argument, "must have at least one row, got 0");
  const first = value[0];
  if (!isArrayLike(first)) throw new EstimatorInputError(`${argument}[0]`, `must be an array of numbers, got ${describeValue(first)}`);
  const p = first.length;
  if (p === 0) throw new EstimatorInputError(argument, "must have at least one column, got 0");
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (!isArrayLike(row)) throw new EstimatorInputError(`${argument}[${i}]`, `must be an array of numbers, got ${describeValue(row)}`);
    if (row.length !== p) throw new EstimatorInputError(`${argument}[${i}]`, `must have ${p} columns like row 0, got ${row.length}`);
    for (let j = 0; j < p; j++) {
      const v = row[j];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new EstimatorInputError(`${argument}[${i}][${j}]`, `must be a finite number, got ${describeValue(v)}`);
      }
    }
  }
}

/**
 * Checks a finite number within `[min, max]` (inclusive unless `exclusive`).
 *
 * @example
 * checkNumberInRange("level", 1, 0, 1, true) // throws "level: must be a finite number strictly between 0 and 1, got 1"
 */
export function checkNumberInRange(argument: string, value: unknown, min: number, max: number, exclusive = false): asserts value is number {
  const ok = typeof value === "number" && Number.isFinite(value) && (exclusive ? value > min && value < max : value >= min && value <= max);
  if (!ok) {
    const range = exclusive ? `strictly between ${min} and ${max}` : `between ${min} and ${max}`;
    throw new EstimatorInputError(argument, `must be a finite number ${range}, got ${describeValue(value)}`);
  }
}

/**
 * Checks an integer within `[min, max]`.
 *
 * @example
 * checkInteger("seed", 1.5, 0) // throws "seed: must be an integer between 0 and 9007199254740991, got 1.5"
 */
export function checkInteger(argument: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new EstimatorInputError(argument, `must be an integer between ${min} and ${max}, got ${describeValue(value)}`);
  }
}

/**
 * Checks that `value` is one of `allowed`.
 *
 * @example
 * checkOneOf("estimand", "ATC", ["ATE", "ATT"]) // throws 'estimand: must be one of "ATE", "ATT", got "ATC"'
 */
export function checkOneOf<T extends string>(argument: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new EstimatorInputError(argument, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describeValue(value)}`);
  }
}

/**
 * Column names for a matrix with `p` columns: the given names (checked) or `x0`, `x1`, …
 *
 * @example
 * columnNamesFor("names", undefined, 2) // => ["x0", "x1"]
 */
export function columnNamesFor(argument: string, names: readonly string[] | undefined, p: number): string[] {
  if (names === undefined) return Array.from({ length: p }, (_, j) => `x${j}`);
  if (!Array.isArray(names) || names.length !== p) {
    throw new EstimatorInputError(argument, `must list one name per column (${p}), got ${describeValue(names)}`);
  }
  return names.map(String);
}
