/**
 * The shape every CSR-style table of `src/analysis/trial-tables/` returns: labelled rows of cells,
 * each with the unrounded number (or null for a text-only cell) and the string the CSR prints.
 *
 * These modules live under `src/analysis/` rather than `estimators/src/` because they carry study
 * knowledge (arms and their labels, CSR layouts, populations, footnotes); the statistics they
 * print come from the estimators (one-way ANOVA, Pearson chi-square, Fisher exact, linear model,
 * LS means, dose response).
 */

/** One cell: the number behind it (unrounded; null for labels and blanks) and its display text. */
export interface TableCell {
  value: number | null;
  text: string;
  /** Every unrounded number of a cell that prints several, e.g. { mean, sd } or { lower, upper }. */
  parts?: Readonly<Record<string, number>>;
}

export interface TableRow {
  /** The cells, one per column (the leading label columns included). */
  cells: TableCell[];
  /** A blank separator row between blocks. */
  blank?: boolean;
}

export interface TrialTable {
  /** CSR number, e.g. "14-2.01". */
  id: string;
  title: string;
  population: string;
  /** Column headers, one per cell of every row. */
  columns: string[];
  rows: TableRow[];
  footnotes: string[];
}

/** A text-only cell. */
export const textCell = (text: string): TableCell => ({ value: null, text });
/** A number with its display text (and, for a cell printing several numbers, all of them). */
export const numberCell = (value: number, text: string, parts?: Readonly<Record<string, number>>): TableCell => (parts === undefined ? { value, text } : { value, text, parts });

/** A blank separator row of `width` cells. */
export function blankRow(width: number): TableRow {
  return { cells: Array.from({ length: width }, () => textCell("")), blank: true };
}

/** The error for a malformed argument, naming it and its value. */
export class TrialTableInputError extends Error {
  constructor(argument: string, problem: string) {
    super(`${argument} ${problem}`);
    this.name = "TrialTableInputError";
  }
}

/** Describes a value for an error message (strings quoted, long values cut). */
export function describe(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
