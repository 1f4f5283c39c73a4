/**
 * Chooses a quick chart for an arbitrary query result: the first column against the first numeric
 * column after it (or before it, when the first column is the only numeric one … then no chart),
 * as bars for a categorical first column, a line for dates or increasing numbers, dots otherwise,
 * coloured by another categorical column with few levels.
 */
import type { PlotModule } from "./plot-module.js";

export interface QuickChartSpec {
  kind: "bar" | "line" | "dot";
  x: string;
  y: string;
  color: string | null;
}

type Kind = "number" | "date" | "category" | "empty" | "mixed";

function kindOf(rows: ReadonlyArray<Record<string, unknown>>, column: string): Kind {
  let kind: Kind = "empty";
  for (const r of rows) {
    const v = r[column];
    if (v === null || v === undefined) continue;
    const k: Kind = typeof v === "number" || typeof v === "bigint" ? "number" : v instanceof Date ? "date" : typeof v === "string" || typeof v === "boolean" ? "category" : "mixed";
    if (kind === "empty") kind = k;
    else if (kind !== k) return "mixed";
  }
  return kind;
}

/**
 * @param rows the result rows
 * @param columns the result's columns, in order
 * @returns the chart, or null when there is nothing sensible to draw
 * @example
 * quickChartSpec([{arm: "PBO", n: 3}], ["arm", "n"]) // => {kind: "bar", x: "arm", y: "n", color: null}
 */
export function quickChartSpec(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): QuickChartSpec | null {
  if (rows.length === 0 || columns.length < 2) return null;
  const kinds = new Map(columns.map((c) => [c, kindOf(rows, c)]));
  const x = columns[0] as string;
  const xKind = kinds.get(x);
  const y = columns.find((c) => c !== x && kinds.get(c) === "number");
  if (y === undefined || xKind === "mixed" || xKind === "empty") return null;
  const distinct = (c: string) => new Set(rows.map((r) => r[c])).size;
  const color = columns.find((c) => c !== x && c !== y && kinds.get(c) === "category" && distinct(c) <= 12) ?? null;
  if (xKind === "category") return distinct(x) <= 60 ? { kind: "bar", x, y, color } : null;
  if (xKind === "date") return { kind: "line", x, y, color };
  const xs = rows.map((r) => Number(r[x]));
  const increasing = color === null && xs.every((v, i) => i === 0 || v > (xs[i - 1] as number));
  return { kind: increasing ? "line" : "dot", x, y, color };
}

/** Arrow hands BIGINT columns over as BigInt: the rows with each exactly representable one as a number (shown and exported as such). */
export function plainRows(rows: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" && Number.isSafeInteger(Number(v)) ? Number(v) : v])));
}

/** The chart a spec describes: bars, a line or dots of y against x (coloured when the spec says), with a rule at 0. */
export function quickChart(Plot: PlotModule, rows: ReadonlyArray<Record<string, unknown>>, spec: QuickChartSpec, options: { width: number }): SVGElement | HTMLElement {
  const colour = spec.color ?? "steelblue";
  const mark =
    spec.kind === "bar"
      ? Plot.barY(rows, { x: spec.x, y: spec.y, fill: colour, tip: true })
      : spec.kind === "line"
        ? Plot.lineY(rows, { x: spec.x, y: spec.y, stroke: colour, tip: true })
        : Plot.dot(rows, { x: spec.x, y: spec.y, fill: colour, tip: true });
  return Plot.plot({
    width: options.width,
    height: 320,
    marginLeft: 60,
    x: { label: spec.x },
    y: { label: spec.y, grid: true },
    color: spec.color ? { legend: true } : undefined,
    marks: [mark, Plot.ruleY([0])],
  });
}
