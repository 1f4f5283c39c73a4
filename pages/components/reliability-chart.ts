/**
 * The reliability (calibration) curve of a model's test predictions: observed event rate against
 * mean predicted risk per bin (dot area ∝ rows), the diagonal of perfect calibration, and the
 * expected calibration error, slope and intercept in the title.
 * `resize((width) => reliabilityChart(calibration, {width, Plot}))`.
 */
import type { ReliabilityBin } from "@trial/estimators";
import type { PlotModule } from "./plot-module.js";
import { fmt } from "./prediction-format.js";

export interface ReliabilityData {
  bins: readonly ReliabilityBin[];
  ece: number | null;
  slope: number | null;
  intercept: number | null;
}

export function reliabilityChart(data: ReliabilityData, { width, height = 340, Plot }: { width: number; height?: number; Plot: PlotModule }): SVGElement | HTMLElement {
  const { bins } = data;
  return Plot.plot({
    title: `Reliability curve: ECE ${fmt(data.ece, 4)}, slope ${fmt(data.slope, 2)}, intercept ${fmt(data.intercept, 2)}`,
    width,
    height,
    x: { label: "Mean predicted risk", domain: [0, Math.max(0.05, ...bins.map((b) => Math.max(b.meanPredicted, b.observed)))] },
    y: { label: "Observed rate" },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: "#bbb", strokeDasharray: "4 3", clip: true },
      ),
      Plot.line(bins, { x: "meanPredicted", y: "observed", stroke: "steelblue" }),
      Plot.dot(bins, { x: "meanPredicted", y: "observed", r: (d: ReliabilityBin) => Math.sqrt(d.count), fill: "steelblue", tip: true }),
    ],
  });
}
