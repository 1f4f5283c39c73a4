/**
 * Small-cell suppression of the locked view: counts of 1–4 subjects print "<5" (zero is shown),
 * the numbers of a variable whose n is small are hidden with it, a lone suppressed count that the
 * others would give away is joined by the smallest other one (row-wise and within a block's column),
 * the input is not changed, and a bad threshold is refused naming the argument and value.
 */
import { describe, expect, it } from "vitest";
import { cellCount, isSmallCount, suppressCount, suppressSmallCells, SuppressionInputError, type SuppressibleCell } from "../../pages/components/small-cell-suppression.ts";

const label = (text: string): SuppressibleCell => ({ value: null, text });
const count = (n: number, N: number): SuppressibleCell => ({ value: n, text: `${n} (${((100 * n) / N).toFixed(0)}%)`, parts: { n, percent: (100 * n) / N } });
const num = (x: number, text = x.toFixed(1)): SuppressibleCell => ({ value: x, text });
const table = (rows: SuppressibleCell[][], blankAfter: number[] = []) => ({
  id: "14-2.01",
  columns: ["", "", "Placebo (N=33)", "Drug (N=40)", "p"],
  rows: rows.flatMap((cells, i) => (blankAfter.includes(i) ? [{ cells }, { cells: cells.map(() => label("")), blank: true }] : [{ cells }])),
  footnotes: ["[1] a footnote"],
});
const texts = (t: { rows: Array<{ cells: SuppressibleCell[] }> }) => t.rows.map((r) => r.cells.map((c) => c.text));

describe("the suppression rule", () => {
  it("counts of 1 to 4 subjects are small, 0 and 5+ are not", () => {
    expect([0, 1, 2, 3, 4, 5, 12].map((n) => isSmallCount(n))).toEqual([false, true, true, true, true, false, false]);
    expect(suppressCount(3)).toBe("<5");
    expect(suppressCount(0)).toBe("0");
    expect(suppressCount(5)).toBe("5");
    expect(suppressCount(9, 10)).toBe("<10");
  });

  it("refuses a threshold that is not an integer ≥ 1, naming it", () => {
    expect(() => isSmallCount(3, 0)).toThrow(SuppressionInputError);
    expect(() => suppressCount(3, 2.5)).toThrow(/threshold must be an integer ≥ 1, got 2.5/);
  });

  it("knows which cells are counts: n (%) cells, n rows, adverse-event counts [k]", () => {
    expect(cellCount(count(3, 33), "Female")).toBe(3);
    expect(cellCount(num(3, "3"), "n")).toBe(3);
    expect(cellCount(num(3, "[3]"), null)).toBe(3);
    expect(cellCount(num(3.5), "Mean")).toBeNull();
    expect(cellCount(label("Sex"), null)).toBeNull();
  });
});

describe("suppressSmallCells on a CSR table", () => {
  it("a two-level variable: the small level and its complement in the column are both hidden (N is in the header)", () => {
    const t = table([
      [label("Sex"), label("F"), count(3, 33), count(20, 40), num(0.01, "0.010")],
      [label(""), label("M"), count(30, 33), count(20, 40), label("")],
    ]);
    const { table: out, suppressed } = suppressSmallCells(t);
    // F placebo 3 is small; the row's smallest other count (Drug F 20) and the column's other level (M placebo 30) follow,
    // then the Drug column holds one hidden (F 20) so M drug 20 follows too: nothing can be recomputed.
    expect(texts(out)).toEqual([
      ["Sex", "F", "<5", "—", "0.010"],
      ["", "M", "—", "—", ""],
    ]);
    expect(suppressed).toBe(4);
    expect(out.rows[0]!.cells[2]).toEqual({ value: null, text: "<5" });
    expect(out.footnotes.at(-1)).toMatch(/fewer than 5 subjects are shown as <5; — marks a cell hidden with them/);
    // the input is unchanged
    expect(t.rows[0]!.cells[2]!.text).toBe("3 (9%)");
  });

  it("a variable whose n is small has its mean, SD and range hidden in that column only", () => {
    const t = table(
      [
        [label("Weight"), label("n"), num(4, "4"), num(38, "38"), num(0.2, "0.200")],
        [label(""), label("Mean"), num(70.1), num(72.4), label("")],
        [label(""), label("SD"), num(9.9), num(11.2), label("")],
      ],
      [2],
    );
    const out = texts(suppressSmallCells(t).table);
    // (no Total column here, but the row rule does not know that: the other arm's n goes too)
    expect(out[0]).toEqual(["Weight", "n", "<5", "—", "0.200"]);
    expect(out[1]).toEqual(["", "Mean", "—", "72.4", ""]);
    expect(out[2]).toEqual(["", "SD", "—", "11.2", ""]);
    expect(out[3]).toEqual(["", "", "", "", ""]);
  });

  it("a table with no small cell is returned as it was, without the footnote", () => {
    const t = table([
      [label("Sex"), label("F"), count(13, 33), count(20, 40), num(0.4, "0.400")],
      [label(""), label("M"), count(20, 33), count(20, 40), label("")],
    ]);
    const { table: out, suppressed } = suppressSmallCells(t);
    expect(suppressed).toBe(0);
    expect(texts(out)).toEqual(texts(t));
    expect(out.footnotes).toEqual(["[1] a footnote"]);
  });

  it("zero counts stay shown and are not used as complements", () => {
    const t = table([[label("Any AE"), label(""), count(2, 33), count(0, 40), label("")]]);
    expect(texts(suppressSmallCells(t).table)).toEqual([["Any AE", "", "<5", "0 (0%)", ""]]);
  });

  it("adverse-event counts: a small [events] count cannot be recomputed from the ALL EVENTS total of its block", () => {
    const ae = (term: string, n: number, events: number): SuppressibleCell[] => [
      label(term),
      count(n, 2638),
      num(events, `[${events}]`),
      count(n + 3, 2194),
      num(events + 3, `[${events + 3}]`),
      num(0.5, "0.500"),
    ];
    const t = {
      id: "14-5.02",
      columns: ["Term", "Placebo n(%)", "[AEs]", "Active n(%)", "[AEs]", "p"],
      rows: [
        { cells: ae("ANY BODY SYSTEM", 30, 40) },
        { cells: ae("", 0, 0).map(() => label("")), blank: true },
        { cells: ae("ALL EVENTS", 30, 40) },
        { cells: ae("Rash", 20, 21) },
        { cells: ae("Nausea", 10, 15) },
        { cells: ae("Diarrhoea", 4, 4) },
      ],
      footnotes: [],
    };
    const out = texts(suppressSmallCells(t).table);
    expect(out[5]!.slice(1, 3)).toEqual(["<5", "<5"]);
    // Placebo events 40 = 21 + 15 + x: the smallest other event count of the block (Nausea [15]) goes too.
    expect(out[4]![2]).toBe("—");
    expect(out[3]![2]).toBe("[21]");
    expect(out[2]![2]).toBe("[40]");
  });
});
