import { readCsv } from "../readers/csv.ts";
import { readDatasetJson } from "../readers/dataset-json.ts";
import { ReaderError } from "../readers/errors.ts";
import { readParquet } from "../readers/parquet.ts";
import { toIsoDateView } from "../readers/sas-dates.ts";
import { readXptDataset } from "../readers/xpt.ts";
const CSV_TYPES = { string: "string", number: "number", integer: "integer", date: "date", boolean01: "integer" };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
async function readDataset(file, spec) {
    switch (spec.format) {
        case "csv":
            return readCsv(file, { columns: spec.columns.map((c) => ({ name: c.name, type: CSV_TYPES[c.type], ...(c.required ? { required: true } : {}) })) });
        case "parquet":
            return readParquet(file);
        case "xpt":
            return toIsoDateView(readXptDataset(file));
        case "dataset-json":
            return readDatasetJson(file);
    }
}
function checkValue(file, row, column, value) {
    const bad = (rule) => {
        throw new ReaderError({ file, row, column: column.name, value, rule: `schema: ${rule}` });
    };
    if (value === null || value === undefined || value === "") {
        if (column.required)
            bad(`${column.name} is required (no missing values)`);
        return null;
    }
    switch (column.type) {
        case "string":
            return typeof value === "string" ? value : bad("a text value is declared");
        case "number":
            return typeof value === "number" && Number.isFinite(value) ? value : bad("a number is declared");
        case "integer":
            return typeof value === "number" && Number.isInteger(value) ? value : bad("an integer is declared");
        case "boolean01":
            return value === 0 || value === 1 ? value : bad("0 or 1 is declared");
        case "date":
            return typeof value === "string" && ISO_DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : bad("an ISO date YYYY-MM-DD is declared");
    }
}
/** The declared columns of the file, typed and checked, one record per row. */
export async function readByoTable(file, spec) {
    const dataset = await readDataset(file, spec);
    const present = new Set(dataset.variables.map((v) => v.name));
    for (const column of spec.columns) {
        if (!present.has(column.name))
            throw new ReaderError({ file, column: column.name, rule: `schema: the declared column ${column.name} is not in the file (columns: ${[...present].join(", ")})` });
    }
    return dataset.rows.map((source, i) => {
        const row = {};
        for (const column of spec.columns)
            row[column.name] = checkValue(file, i + 1, column, source[column.name]);
        return row;
    });
}
