/**
 * The sensitivity page's missing-data figures (ICH E9(R1) delta adjustment): the estimate and its
 * interval as the treated dropouts' imputed outcomes shift (control at MAR), with the tipping point;
 * and the grid of (δ treated, δ control) coloured by the estimate, ✓ where the interval still
 * excludes 0. Shaped like Framework's chart examples: `tippingCurve(Plot, result, {width, …})`.
 */
import type { DeltaTippingPointResult } from "@trial/estimators";
import { bandTicks } from "./band-ticks.js";
import { formatFixed } from "./format.js";
import type { PlotModule } from "./plot-module.js";

type Cell = DeltaTippingPointResult["grid"][number];

export interface TippingChartOptions {
  width: number;
  /** The effect's scale, e.g. "mean difference". */
  scale: string;
  /** Shifts on the log-odds scale (binary outcome). */
  logOdds: boolean;
}

/** The estimate against δ treated, with the control arm at MAR. */
export function tippingCurve(Plot: PlotModule, result: DeltaTippingPointResult, options: TippingChartOptions): SVGElement | HTMLElement {
  const line = result.grid.filter((c) => c.deltaControl === 0);
  const tip = result.tippingPoint;
  return Plot.plot({
    width: options.width,
    height: 300,
    x: { label: `δ added to the treated dropouts' imputed outcomes${options.logOdds ? " (log-odds)" : ""}` },
    y: { label: options.scale, grid: true },
    marks: [
      Plot.areaY(line, { x: "deltaTreated", y1: (d: Cell) => d.ci[0], y2: (d: Cell) => d.ci[1], fill: "steelblue", fillOpacity: 0.2 }),
      Plot.lineY(line, { x: "deltaTreated", y: "estimate", stroke: "steelblue" }),
      Plot.ruleY([0], { strokeDasharray: "4,3" }),
      ...(tip === null
        ? []
        : [
            Plot.ruleX([tip], { stroke: "#c0392b" }),
            Plot.text([tip], { x: (d: number) => d, text: () => "tipping point", frameAnchor: "top", dy: 10, dx: 4, textAnchor: "start", fill: "#c0392b" }),
          ]),
    ],
  });
}

/** The grid of shifts in both arms. */
export function tippingGrid(Plot: PlotModule, result: DeltaTippingPointResult, options: TippingChartOptions): SVGElement | HTMLElement {
  const width = Math.min(options.width, 760);
  const shifts = [...new Set(result.grid.map((c) => c.deltaTreated))].sort((a, b) => a - b);
  return Plot.plot({
    width,
    height: 280,
    padding: 0.05,
    marginLeft: 70,
    // Every k-th shift labelled, so that the labels do not print over each other on a phone.
    x: { label: "δ treated", tickFormat: (d: number) => formatFixed(d, 2), ticks: bandTicks(shifts, width - 90, 48) },
    y: { label: "δ control", tickFormat: (d: number) => formatFixed(d, 2), reverse: true },
    color: { type: "diverging", scheme: "PuOr", pivot: 0, legend: true, label: options.scale },
    marks: [
      Plot.cell(result.grid, { x: "deltaTreated", y: "deltaControl", fill: "estimate" }),
      Plot.text(result.grid, { x: "deltaTreated", y: "deltaControl", text: (d: Cell) => (d.significant ? "✓" : "·"), fill: "black" }),
    ],
  });
}

/** The grid as the CSV offers it. */
export const tippingCsvRows = (result: DeltaTippingPointResult): Array<Record<string, unknown>> =>
  result.grid.map((c) => ({
    delta_treated: c.deltaTreated,
    delta_control: c.deltaControl,
    estimate: c.estimate,
    se: c.se,
    lower: c.ci[0],
    upper: c.ci[1],
    excludes_0: c.significant,
  }));
