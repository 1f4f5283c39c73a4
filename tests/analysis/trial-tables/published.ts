/**
 * The published CDISCPILOT01 CSR tables (tests/reference/csr/cdisc-published-tables.json, cells of
 * Atorus Research's replication RTFs with whitespace collapsed; the source and commit are in the
 * file) and the comparison of a computed table's display strings with them.
 */
import type { TrialTable } from "../../../src/analysis/trial-tables/trial-table.ts";
import published from "../../reference/csr/cdisc-published-tables.json" with { type: "json" };

export type PublishedId = "14-1.01" | "14-1.02" | "14-2.01" | "14-3.01" | "14-3.02" | "14-3.03" | "14-3.04" | "14-3.05" | "14-3.06" | "14-3.13" | "14-5.01";

/** The published rows of a table (non-empty rows, header rows included). */
export function publishedRows(id: PublishedId): string[][] {
  return (published as { tables: Record<string, { rows: string[][] }> }).tables[id]!.rows;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A computed table's non-blank rows as printed (whitespace collapsed). */
export function printedRows(table: TrialTable): string[][] {
  return table.rows.filter((r) => !r.blank).map((r) => r.cells.map((c) => squash(c.text)));
}

/** The printed rows of one visit's block of an efficacy table ("Week 8:" to the next visit), without its heading. */
export function visitBlock(rows: string[][], visit: string): string[][] {
  const start = rows.findIndex((x) => x[0] === `${visit}:`);
  const end = rows.findIndex((x, i) => i > start && /^Week \d+:$/.test(x[0]!));
  return rows.slice(start + 1, end < 0 ? undefined : end);
}
