/**
 * The one error type every reader throws on malformed input. Readers halt rather than guess: an
 * input that breaks a rule of its format stops the load with an error that says where (file, byte
 * position or row, column), what (the offending value) and which rule it broke.
 */
/** Renders a value for an error message: strings quoted, long values cut at 80 characters. */
export function describeReaderValue(value) {
    let text;
    if (typeof value === "string")
        text = JSON.stringify(value);
    else if (typeof value === "bigint")
        text = `${value}n`;
    else if (value instanceof Uint8Array)
        text = `bytes ${Buffer.from(value).toString("hex")}`;
    else if (value === undefined)
        text = "undefined";
    else {
        try {
            text = JSON.stringify(value) ?? String(value);
        }
        catch {
            text = String(value);
        }
    }
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/**
 * A malformed-input error from a reader. The message names the file, the position or row, the
 * column, the value and the violated rule, in that order; the same facts are fields for code.
 *
 * @example
 * new ReaderError({ file: "dm.xpt", row: 3, column: "AGE", value: "x", rule: "must be numeric" }).message
 * // => 'dm.xpt: row 3, column AGE, value "x": must be numeric'
 */
export class ReaderError extends Error {
    file;
    row;
    column;
    value;
    rule;
    position;
    constructor(details) {
        super(ReaderError.format(details));
        this.name = "ReaderError";
        this.file = details.file;
        this.row = details.row;
        this.column = details.column;
        this.value = details.value;
        this.rule = details.rule;
        this.position = details.position;
    }
    /** The message for a set of details (exposed so tests can state expected messages exactly). */
    static format(d) {
        const where = [];
        if (d.position !== undefined)
            where.push(`position ${d.position}`);
        if (d.row !== undefined)
            where.push(`row ${d.row}`);
        if (d.column !== undefined)
            where.push(`column ${d.column}`);
        if ("value" in d && d.value !== undefined)
            where.push(`value ${describeReaderValue(d.value)}`);
        return `${d.file}: ${where.length > 0 ? `${where.join(", ")}: ` : ""}${d.rule}`;
    }
}
