/**
 * The precision–recall curve of a model's test predictions, with the prevalence (the precision of
 * a model that ranks at random). `resize((width) => precisionRecallChart(curves, {width, Plot}))`.
 */
import type { PlotModule } from "./plot-module.js";

export interface PrecisionRecallData {
  pr: ReadonlyArray<{ recall: number; precision: number }>;
  prevalence: number;
}

export function precisionRecallChart(data: PrecisionRecallData, { width, height = 340, Plot }: { width: number; height?: number; Plot: PlotModule }): SVGElement | HTMLElement {
  return Plot.plot({
    title: "Precision–recall curve",
    width,
    height,
    x: { label: "Recall", domain: [0, 1] },
    y: { label: "Precision", domain: [0, 1] },
    marks: [Plot.ruleY([data.prevalence], { stroke: "#bbb", strokeDasharray: "4 3" }), Plot.line(data.pr, { x: "recall", y: "precision", stroke: "darkorange", strokeWidth: 2 })],
  });
}
