/**
 * The ROC curve of a model's test predictions: true- against false-positive rate, with the
 * diagonal of a model that ranks at random. Shaped like Framework's examples:
 * `resize((width) => rocChart(points, {width, Plot}))`.
 */
import type { PlotModule } from "./plot-module.js";

export interface RocPoint {
  fpr: number;
  tpr: number;
}

export function rocChart(points: readonly RocPoint[], { width, height = 340, Plot }: { width: number; height?: number; Plot: PlotModule }): SVGElement | HTMLElement {
  return Plot.plot({
    title: "ROC curve",
    width,
    height,
    x: { label: "False-positive rate", domain: [0, 1] },
    y: { label: "True-positive rate", domain: [0, 1] },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: "#bbb", strokeDasharray: "4 3" },
      ),
      Plot.line(points, { x: "fpr", y: "tpr", stroke: "steelblue", strokeWidth: 2 }),
    ],
  });
}
