/**
 * Argument checks shared by every estimator. Each estimator validates its arguments once, at its
 * entry, and stops with an {@link EstimatorInputError} whose message names the argument, the
 * position and the offending value: a page or a build shows that message instead of a silent NaN.
 */
/** The error every estimator throws for an unusable argument. */
export declare class EstimatorInputError extends Error {
    /** Name of the offending argument as the caller wrote it, e.g. `"weights"` or `"X"`. */
    readonly argument: string;
    constructor(argument: string, message: string);
}
/**
 * A short, unambiguous rendering of a value for an error message: strings quoted, `NaN`,
 * `Infinity`, `undefined` and `null` spelled out, long arrays abbreviated.
 *
 * @example
 * describeValue("a") // => '"a"'
 * describeValue(NaN) // => "NaN"
 */
export declare function describeValue(value: unknown): string;
/** An array-like of numbers as the estimators accept it (plain arrays and typed arrays). */
export type NumericVector = ArrayLike<number>;
/**
 * Checks that `value` is an array of finite numbers (at least `minLength` of them).
 *
 * @example
 * checkFiniteVector("y", [1, NaN]) // throws "y[1]: must be a finite number, got NaN"
 */
export declare function checkFiniteVector(argument: string, value: unknown, minLength?: number): asserts value is NumericVector;
/**
 * Checks that two vectors have the same length.
 *
 * @example
 * checkSameLength("x", [1, 2], "y", [1]) // throws "y: must have the same length as x (2), got 1"
 */
export declare function checkSameLength(argumentA: string, a: ArrayLike<unknown>, argumentB: string, b: ArrayLike<unknown>): void;
/**
 * Checks non-negative finite weights with a positive total.
 *
 * @example
 * checkWeights("w", [1, -1], 2) // throws "w[1]: must be non-negative, got -1"
 */
export declare function checkWeights(argument: string, value: unknown, length: number): asserts value is NumericVector;
/**
 * Checks a treatment indicator: each element 0 or 1 (or `false`/`true`). Returns it as 0/1 numbers.
 * With `requireBoth`, both arms must be present.
 *
 * @example
 * checkTreatment("t", [true, false]) // => [1, 0]
 */
export declare function checkTreatment(argument: string, value: unknown, length?: number, requireBoth?: boolean): number[];
/**
 * Checks a rectangular matrix (array of rows) of finite numbers with at least one row and column.
 *
 * @example
 * checkMatrix("X", [[1, 2], [3]]) // throws "X[1]: must have 2 columns like row 0, got 1"
 */
export declare function checkMatrix(argument: string, value: unknown): asserts value is ArrayLike<NumericVector>;
/**
 * Checks a finite number within `[min, max]` (inclusive unless `exclusive`).
 *
 * @example
 * checkNumberInRange("level", 1, 0, 1, true) // throws "level: must be a finite number strictly between 0 and 1, got 1"
 */
export declare function checkNumberInRange(argument: string, value: unknown, min: number, max: number, exclusive?: boolean): asserts value is number;
/**
 * Checks an integer within `[min, max]`.
 *
 * @example
 * checkInteger("seed", 1.5, 0) // throws "seed: must be an integer between 0 and 9007199254740991, got 1.5"
 */
export declare function checkInteger(argument: string, value: unknown, min: number, max?: number): asserts value is number;
/**
 * Checks that `value` is one of `allowed`.
 *
 * @example
 * checkOneOf("estimand", "ATC", ["ATE", "ATT"]) // throws 'estimand: must be one of "ATE", "ATT", got "ATC"'
 */
export declare function checkOneOf<T extends string>(argument: string, value: unknown, allowed: readonly T[]): asserts value is T;
/**
 * Column names for a matrix with `p` columns: the given names (checked) or `x0`, `x1`, …
 *
 * @example
 * columnNamesFor("names", undefined, 2) // => ["x0", "x1"]
 */
export declare function columnNamesFor(argument: string, names: readonly string[] | undefined, p: number): string[];
