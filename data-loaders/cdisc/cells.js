/**
 * Typed access to the cells of a CDISC dataset row. A cell of the wrong type, or a missing cell
 * where the derivation needs a value, halts with a ReaderError naming the file, the 1-based row,
 * the column, the value and what was expected.
 */
import { ReaderError } from "../readers/errors.ts";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/;
export function cellsOf(dataset) {
    const file = dataset.source.file;
    const fail = (index, column, value, rule) => {
        throw new ReaderError({ file, row: index + 1, column, value, rule });
    };
    const text = (row, index, column) => {
        const v = row[column];
        if (v === undefined)
            return fail(index, column, v, `the ${dataset.name} dataset must have a column ${column}`);
        if (v === null)
            return "";
        return typeof v === "string" ? v : fail(index, column, v, "a character value is expected");
    };
    const number = (row, index, column) => {
        const v = row[column];
        if (v === undefined)
            return fail(index, column, v, `the ${dataset.name} dataset must have a column ${column}`);
        if (v === null)
            return null;
        return typeof v === "number" ? v : fail(index, column, v, "a numeric value is expected");
    };
    const optionalIsoDate = (row, index, column) => {
        const v = text(row, index, column);
        if (v === "")
            return null;
        return ISO_DATE.test(v) ? v.slice(0, 10) : fail(index, column, v, "a complete ISO 8601 date YYYY-MM-DD is expected");
    };
    return {
        text,
        number,
        requiredNumber: (row, index, column) => number(row, index, column) ?? fail(index, column, null, "a value is required"),
        isoDate: (row, index, column) => optionalIsoDate(row, index, column) ?? fail(index, column, "", "a date is required"),
        optionalIsoDate,
    };
}
