/**
 * Small-cell suppression for what a locked page shows (issue 16): a reader without the study
 * passphrase sees only what the build computed in aggregate, and no cell that describes fewer than
 * `threshold` (5) subjects. Pure functions, no DOM; `pages/components/patient-data.ts` applies them
 * to the trial tables while the page is locked.
 *
 * The rules, on a CSR table (`TrialTable`: rows of cells, each with its unrounded `value`, display
 * `text` and, for a count, `parts.n`):
 * 1. **Primary.** A subject count `n` with 0 < n < threshold prints `<5` (value and parts dropped,
 *    so neither the percentage nor a download of the view carries it). Counts are the cells with
 *    `parts.n` (n (%) cells), the cells of an `n` statistic row, and adverse-event counts `[k]`.
 *    Zero is shown: it names nobody.
 * 2. **Small denominators.** In a block of rows (between blank separator rows: a variable, or
 *    the terms of an adverse-event table; without blank rows, from one label to the next), a column whose `n` row is suppressed has every numeric cell of the block
 *    suppressed too (a mean, SD, median or range of fewer than 5 subjects describes them).
 * 3. **Complementary.** A single suppressed count in a row, or in a column of a block, can be
 *    recomputed from the total or the other levels (a two-level sex variable with N in the header:
 *    F <5, M 30, N=33). So while a row or a block column holds exactly one suppressed count and
 *    another non-zero count, the smallest of those is suppressed as well.
 * Cells hidden by rules 2 and 3 print `—` (their own value is not necessarily small). This is the usual
 *    heuristic, not an optimal (linear-programming) suppression; it stops two-way back-calculation
 *    within a table, not differencing across tables or data cuts.
 *
 * @example
 *   isSmallCount(3)  // true
 *   isSmallCount(0)  // false (zero names nobody)
 *   suppressCount(3) // "<5"
 *   suppressCount(12) // "12"
 */

export const SUPPRESSION_THRESHOLD = 5;

export interface SuppressibleCell {
  value: number | null;
  text: string;
  parts?: Readonly<Record<string, number>>;
}
export interface SuppressibleTable<C extends SuppressibleCell = SuppressibleCell> {
  id: string;
  columns: string[];
  rows: Array<{ cells: C[]; blank?: boolean }>;
  footnotes: string[];
}

export class SuppressionInputError extends Error {
  constructor(argument: string, value: unknown) {
    super(`small-cell suppression: ${argument} must be an integer ≥ 1, got ${String(value)}`);
    this.name = "SuppressionInputError";
  }
}

function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new SuppressionInputError("threshold", threshold);
}

/** True when a count of subjects is positive and below the threshold (the counts that must not be shown). */
export function isSmallCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): boolean {
  checkThreshold(threshold);
  return Number.isFinite(n) && n > 0 && n < threshold;
}

/** The text a count is shown as: `<5` when small, else the count. */
export function suppressCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): string {
  return isSmallCount(n, threshold) ? `<${threshold}` : String(n);
}

/** The text of a cell hidden with a small count (its own value need not be small). */
export const HIDDEN_TEXT = "—";

/** The marker a suppressed cell carries (its text). */
export const suppressedText = (threshold: number = SUPPRESSION_THRESHOLD): string => `<${threshold}`;

const EVENT_COUNT = /^\s*\[(\d+)\]\s*$/;

/** The subject (or event) count a cell prints, or null when it is not a count cell. */
export function cellCount(cell: SuppressibleCell, statistic: string | null): number | null {
  if (cell.value === null) return null;
  if (cell.parts && typeof cell.parts.n === "number") return cell.parts.n;
  if (statistic === "n" && /^\s*\d+\s*$/.test(cell.text)) return cell.value;
  if (EVENT_COUNT.test(cell.text)) return cell.value;
  return null;
}

/** A row's statistic label: the text of its second cell when the first is a label column (e.g. "n", "Mean"). */
const statisticOf = (cells: readonly SuppressibleCell[]): string | null => (cells.length > 1 && cells[1]!.value === null ? cells[1]!.text.trim() : null);

/** Index of the first cell that is not a label (text-only leading cells). */
const firstDataColumn = (cells: readonly SuppressibleCell[]): number => {
  let j = 0;
  while (j < cells.length && cells[j]!.value === null && j < 2) j++;
  return j;
};

export interface SuppressionResult<T> {
  table: T;
  /** How many cells the view shows as `<threshold` (primary, small-denominator and complementary). */
  suppressed: number;
}

/**
 * The table a locked page shows: `table` with every cell describing fewer than `threshold`
 * subjects replaced by `{value: null, text: "<5"}` (rules 1–3 above) and a footnote saying so.
 * The input is not changed.
 */
export function suppressSmallCells<C extends SuppressibleCell, T extends SuppressibleTable<C>>(table: T, threshold: number = SUPPRESSION_THRESHOLD): SuppressionResult<T> {
  checkThreshold(threshold);
  const rows = table.rows;
  // 0 shown, 1 a small count (printed "<5"), 2 hidden with it (printed "—": its own value is not small).
  const hidden = rows.map((r) => r.cells.map((): 0 | 1 | 2 => 0));
  const counts = rows.map((r) => {
    const stat = statisticOf(r.cells);
    return r.cells.map((c) => cellCount(c, stat));
  });

  // Blocks: the rows between blank separator rows (a CSR table separates its variables, or an
  // adverse-event table its totals from the terms, whose event counts add up to the total); a table
  // without blank rows starts a block at each row whose first cell has a label.
  const blocks: number[][] = [];
  let current: number[] = [];
  const byBlankRows = rows.some((r) => r.blank);
  rows.forEach((row, i) => {
    const label = row.cells[0]?.value === null ? row.cells[0]!.text.trim() : "";
    if (row.blank || (!byBlankRows && label !== "")) {
      if (current.length > 0) blocks.push(current);
      current = [];
    }
    if (!row.blank) current.push(i);
  });
  if (current.length > 0) blocks.push(current);

  // 1. Primary.
  counts.forEach((rowCounts, i) =>
    rowCounts.forEach((n, j) => {
      if (n !== null && isSmallCount(n, threshold)) hidden[i]![j] = 1;
    }),
  );

  // 2. Small denominators: an `n` row's small count hides the numbers of its column in the block.
  for (const block of blocks) {
    for (const i of block) {
      if (statisticOf(rows[i]!.cells) !== "n") continue;
      rows[i]!.cells.forEach((_, j) => {
        if (!hidden[i]![j]) return;
        for (const k of block) if (!hidden[k]![j] && rows[k]!.cells[j]?.value !== null && j >= firstDataColumn(rows[k]!.cells)) hidden[k]![j] = 2;
      });
    }
  }

  // 3. Complementary, until nothing changes: a lone suppressed count in a row or a block's column.
  const lone = (cells: Array<[number, number]>): boolean => {
    const shut = cells.filter(([i, j]) => hidden[i]![j]);
    if (shut.length !== 1) return false;
    const open = cells.filter(([i, j]) => !hidden[i]![j] && (counts[i]![j] ?? 0) > 0);
    if (open.length === 0) return false;
    open.sort((a, b) => (counts[a[0]]![a[1]] as number) - (counts[b[0]]![b[1]] as number));
    const [i, j] = open[0]!;
    hidden[i]![j] = 2;
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    counts.forEach((rowCounts, i) => {
      const cells = rowCounts.flatMap((n, j): Array<[number, number]> => (n === null ? [] : [[i, j]]));
      if (lone(cells)) changed = true;
    });
    for (const block of blocks) {
      const width = Math.max(0, ...block.map((i) => rows[i]!.cells.length));
      for (let j = 0; j < width; j++) {
        // The `n` row of a continuous variable is not a level: only the level counts add up to N.
        const cells = block.flatMap((i): Array<[number, number]> => (counts[i]![j] === null || counts[i]![j] === undefined || statisticOf(rows[i]!.cells) === "n" ? [] : [[i, j]]));
        if (lone(cells)) changed = true;
      }
    }
  }

  let suppressed = 0;
  const marker = suppressedText(threshold);
  const newRows = rows.map((row, i) => ({
    ...row,
    cells: row.cells.map((cell, j) => {
      if (!hidden[i]![j]) return cell;
      suppressed++;
      return { value: null, text: hidden[i]![j] === 1 ? marker : HIDDEN_TEXT } as unknown as C;
    }),
  }));
  const footnote = `Locked view: counts of fewer than ${threshold} subjects are shown as ${marker}; ${HIDDEN_TEXT} marks a cell hidden with them (a statistic of fewer than ${threshold} subjects, or a cell from which a ${marker} count could be recomputed). Unlock with the study passphrase to see every cell.`;
  return { table: { ...table, rows: newRows, footnotes: suppressed > 0 ? [...table.footnotes, footnote] : table.footnotes }, suppressed };
}
