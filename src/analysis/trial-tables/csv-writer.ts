/**
 * A trial table as CSV (RFC 4180): CRLF line ends, a header line of the column names, one line
 * per table row (blank separator rows as empty fields), fields quoted when they hold a comma, a
 * double quote, CR or LF, with quotes doubled. `content: "text"` writes what the CSR prints;
 * `"value"` writes the unrounded numbers (shortest round-trip form; a cell printing several, such
 * as a mean (SD) or a CI, as `name=value` pairs separated by "; ") and the text of text-only cells.
 */
import type { TableCell, TrialTable } from "./trial-table.ts";

export interface CsvOptions {
  content?: "text" | "value";
}

/** One RFC 4180 field. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function valueText(cell: TableCell): string {
  if (cell.parts === undefined) return String(cell.value);
  return Object.entries(cell.parts)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
}

export function tableToCsv(table: TrialTable, options: CsvOptions = {}): string {
  const content = options.content ?? "text";
  const lines = [table.columns.map(csvField).join(",")];
  for (const row of table.rows) {
    lines.push(row.cells.map((c) => csvField(content === "value" && c.value !== null ? valueText(c) : c.text)).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
