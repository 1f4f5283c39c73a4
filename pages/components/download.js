/**
 * A "Download CSV" button for any table on a page. CSV text comes from d3-dsv (RFC 4180 quoting),
 * the file is a same-origin Blob URL, so nothing leaves the page.
 */
import { csvFormat } from "d3-dsv";
/** CSV text of `rows`, columns in the given order (default: keys of the first row). */
export function toCsv(rows, columns) {
    const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
    const plain = rows.map((row) => Object.fromEntries(cols.map((c) => [c, csvCell(row[c])])));
    return csvFormat(plain, cols);
}
function csvCell(value) {
    if (value === null || value === undefined)
        return "";
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (typeof value === "number")
        return Number.isFinite(value) ? String(value) : "";
    return String(value);
}
export function downloadCsvButton(rows, filename, options = {}) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "download-csv";
    button.textContent = options.label ?? `Download CSV (${rows.length} rows)`;
    button.dataset.filename = filename;
    button.addEventListener("click", () => {
        const blob = new Blob([toCsv(rows, options.columns)], { type: "text/csv;charset=utf-8" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = filename;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    return button;
}
