/**
 * A forest plot: one row per analysis, the estimate as a dot and its interval as a line, a
 * dashed line at no effect and, optionally, a line at the primary estimate. Plot is passed in
 * (the page's `Plot`), so that the page and this component use the same copy.
 */
export interface ForestRow {
  label: string;
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  /** Shown after the label, e.g. "n = 480". */
  note?: string;
}

// The subset of Observable Plot's API used here (its types are not bundled with the page's global).
/* eslint-disable @typescript-eslint/no-explicit-any */
type PlotModule = { plot: (options: any) => SVGElement | HTMLElement; ruleX: any; ruleY: any; dot: any; text: any; tip?: any; pointerY?: any };

export interface ForestOptions {
  width: number;
  /** Axis label, e.g. "Mean difference (treated − control)". */
  xLabel: string;
  /** The primary estimate, drawn as a solid line (optional). */
  primary?: number | null;
  /** Value of no effect (default 0). */
  reference?: number;
  /** Log scale (for ratios). */
  log?: boolean;
  marginLeft?: number;
}

/** The rows with a drawable estimate, labelled with their note. */
export function forestData(rows: readonly ForestRow[]): Array<ForestRow & { y: string }> {
  return rows.filter((r) => r.estimate !== null && Number.isFinite(r.estimate)).map((r) => ({ ...r, y: r.note ? `${r.label} (${r.note})` : r.label }));
}

export function forestPlot(Plot: PlotModule, rows: readonly ForestRow[], options: ForestOptions): SVGElement | HTMLElement {
  const data = forestData(rows);
  const withCi = data.filter((r) => r.lo !== null && r.hi !== null);
  const reference = options.reference ?? (options.log ? 1 : 0);
  const marks: unknown[] = [
    Plot.ruleX([reference], { stroke: "currentColor", strokeDasharray: "4,3" }),
    Plot.ruleY(withCi, { y: "y", x1: "lo", x2: "hi", strokeWidth: 2, stroke: "steelblue" }),
    Plot.dot(data, {
      x: "estimate",
      y: "y",
      fill: "steelblue",
      r: 4,
      title: (d: ForestRow) => `${d.label}: ${d.estimate?.toFixed(3)}${d.lo !== null ? ` (${d.lo.toFixed(3)}, ${d.hi?.toFixed(3)})` : ""}`,
    }),
  ];
  if (options.primary !== undefined && options.primary !== null) marks.unshift(Plot.ruleX([options.primary], { stroke: "#c0392b", strokeOpacity: 0.6 }));
  return Plot.plot({
    width: options.width,
    height: 40 + 26 * Math.max(1, data.length),
    marginLeft: options.marginLeft ?? 260,
    x: { label: options.xLabel, grid: true, ...(options.log ? { type: "log" } : {}) },
    y: { label: null, domain: data.map((d) => d.y) },
    marks,
  });
}
