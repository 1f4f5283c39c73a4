/**
 * The one error type every reader throws on malformed input. Readers halt rather than guess: an
 * input that breaks a rule of its format stops the load with an error that says where (file, byte
 * position or row, column), what (the offending value) and which rule it broke.
 */
/** Where and why a reader stopped. */
export interface ReaderErrorDetails {
    /** The file being read (as given to the reader). */
    file: string;
    /** 1-based data row (observation, record) the problem is in, when it is in one. */
    row?: number;
    /** Column (variable) name, when the problem is in one. */
    column?: string;
    /** The offending value, as found (a string, a number, or a short excerpt of bytes). */
    value?: unknown;
    /** The rule that was broken, in words: "file length must be a multiple of 80 bytes". */
    rule: string;
    /** 0-based byte offset (XPT, Parquet) or character offset (JSON, CSV) in the file, when known. */
    position?: number;
}
/** Renders a value for an error message: strings quoted, long values cut at 80 characters. */
export declare function describeReaderValue(value: unknown): string;
/**
 * A malformed-input error from a reader. The message names the file, the position or row, the
 * column, the value and the violated rule, in that order; the same facts are fields for code.
 *
 * @example
 * new ReaderError({ file: "dm.xpt", row: 3, column: "AGE", value: "x", rule: "must be numeric" }).message
 * // => 'dm.xpt: row 3, column AGE, value "x": must be numeric'
 */
export declare class ReaderError extends Error {
    readonly file: string;
    readonly row: number | undefined;
    readonly column: string | undefined;
    readonly value: unknown;
    readonly rule: string;
    readonly position: number | undefined;
    constructor(details: ReaderErrorDetails);
    /** The message for a set of details (exposed so tests can state expected messages exactly). */
    static format(d: ReaderErrorDetails): string;
}
