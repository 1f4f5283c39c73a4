/**
 * Rebuilds, from a dataset our reader returned, the byte streams that
 * `tests/reference/readers/haven-reference.R` hashes, so that a test can compare SHA-256 digests
 * with what R haven read from the same file. The stream formats are documented in that script.
 */
import { createHash } from "node:crypto";
/** haven moves SAS dates and datetimes to R's 1970 origin by subtracting this many days. */
const HAVEN_DAYS_OFFSET = 3653;
/** 16 hex digits of a double's IEEE 754 bits, big-endian. */
export function hexDouble(x) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    return Buffer.from(view.buffer).toString("hex");
}
export function sha256(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
/**
 * The numeric tokens of a column as haven holds it: `.`, `.A`..`.Z`/`._`, or the hex of the
 * value after haven's origin shift for its R class (`Date`, `POSIXct/POSIXt`, others unshifted).
 */
export function numericTokens(dataset, column, havenClass) {
    const special = new Map();
    for (const s of dataset.specialMissing)
        if (s.column === column)
            special.set(s.rowIndex, s.code);
    const shift = havenClass === "Date" ? HAVEN_DAYS_OFFSET : havenClass.startsWith("POSIXct") ? HAVEN_DAYS_OFFSET * 86400 : 0;
    return dataset.rows.map((row, i) => {
        const v = row[column];
        if (v === null || v === undefined) {
            const code = special.get(i);
            return code === undefined ? "." : `.${code}`;
        }
        if (typeof v !== "number")
            throw new Error(`${column} row ${i + 1}: expected a number, got ${JSON.stringify(v)}`);
        return hexDouble(shift === 0 ? v : v - shift);
    });
}
/** SHA-256 of tokens, one per line (each followed by "\n"). */
export function linesDigest(tokens) {
    return sha256(tokens.map((t) => `${t}\n`).join(""));
}
/**
 * SHA-256 of a character column as `<byte count>:<bytes>\n` per value. The dataset must have
 * been read with `encoding: "latin1"` so that each character is one original byte.
 */
export function charDigest(dataset, column) {
    const parts = [];
    for (const row of dataset.rows) {
        const v = row[column];
        if (v === null || v === undefined) {
            parts.push(Buffer.from("NA\n"));
            continue;
        }
        if (typeof v !== "string")
            throw new Error(`${column}: expected a string, got ${JSON.stringify(v)}`);
        const bytes = Buffer.from(v, "latin1");
        parts.push(Buffer.from(`${bytes.length}:`), bytes, Buffer.from("\n"));
    }
    return sha256(Buffer.concat(parts));
}
/** How the reference script shows a character value: the UTF-8 text, or `hex:` and its bytes. */
export function charDisplay(latin1Text) {
    const bytes = Buffer.from(latin1Text, "latin1");
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        return `hex:${bytes.toString("hex")}`;
    }
}
