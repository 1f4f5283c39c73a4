/**
 * The analysis page's interval chart of one comparison: every estimate with an interval (AIPW with
 * its influence-function and bootstrap intervals, regression adjustment, IPW), AIPW in blue, a rule
 * at no difference. Shaped like Framework's chart examples: `estimatesChart(Plot, rows, {width})`.
 */
import type { EstimateRow } from "./analysis-tables.js";
import type { PlotModule } from "./plot-module.js";

export interface EstimatesChartOptions {
  width: number;
  /** Axis label, e.g. "Mean difference, Xan_Hi − Pbo". */
  xLabel: string;
}

/** The rows the chart draws: those with an interval. */
export const chartedEstimates = (rows: readonly EstimateRow[]): EstimateRow[] => rows.filter((r) => r.ci !== null);

export function estimatesChart(Plot: PlotModule, rows: readonly EstimateRow[], options: EstimatesChartOptions): SVGElement | HTMLElement {
  const data = chartedEstimates(rows);
  const y = (r: EstimateRow) => `${r.method}, ${r.interval}`;
  const colour = (r: EstimateRow) => (r.key.startsWith("aipw") ? "#1f77b4" : "#777");
  return Plot.plot({
    width: Math.min(options.width, 760),
    height: 40 + 28 * data.length,
    marginLeft: 300,
    x: { label: options.xLabel, grid: true },
    y: { domain: data.map(y), label: null },
    marks: [
      Plot.ruleX([0], { stroke: "#999" }),
      Plot.link(data, { x1: (r: EstimateRow) => r.ci?.[0], x2: (r: EstimateRow) => r.ci?.[1], y, stroke: colour, strokeWidth: 2 }),
      Plot.dot(data, { x: "estimate", y, fill: colour, r: 4 }),
    ],
  });
}
