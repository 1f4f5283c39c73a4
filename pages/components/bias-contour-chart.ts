/**
 * The E-value's bias contour (VanderWeele & Ding 2017): the pairs of risk ratios (treatment–
 * confounder, confounder–outcome) whose bias factor RR_EU·RR_UD/(RR_EU + RR_UD − 1) would explain
 * the estimate away, and those that would move the CI limit to 1, on log axes from 1 to 12, with
 * the E-value marked. Shaped like Framework's chart examples: `biasContourChart(Plot, eValue, {width})`.
 */
import { biasContour, type EValue } from "@trial/estimators";
import { formatFixed } from "./format.js";
import type { PlotModule } from "./plot-module.js";

/** RR_EU from 1.01 to 12 in steps of 0.02 (as d3.range(1.01, 12, 0.02): start + i·step). */
const GRID = Array.from({ length: Math.ceil((12 - 1.01) / 0.02) }, (_, i) => 1.01 + i * 0.02);

/** The two contours as Plot rows (the CI limit's only when it is above 1). */
export function biasContourRows(eValue: EValue): Array<{ rrTreatmentConfounder: number; rrConfounderOutcome: number; curve: string }> {
  return [
    ...biasContour(eValue.riskRatio, GRID).map((p) => ({ ...p, curve: "explains away the estimate" })),
    ...(eValue.limit !== null && eValue.limit > 1 && eValue.limitRiskRatio !== null
      ? biasContour(eValue.limitRiskRatio, GRID).map((p) => ({ ...p, curve: "moves the CI limit to 1" }))
      : []),
  ].filter((p) => p.rrConfounderOutcome <= 12);
}

export function biasContourChart(Plot: PlotModule, eValue: EValue, options: { width: number }): SVGElement | HTMLElement {
  const point = [{ x: eValue.point, y: eValue.point }];
  return Plot.plot({
    width: Math.min(options.width, 640),
    height: 380,
    x: { type: "log", label: "Treatment–confounder risk ratio (RR_EU)", domain: [1, 12] },
    y: { type: "log", label: "Confounder–outcome risk ratio (RR_UD)", domain: [1, 12] },
    color: { legend: true },
    marks: [
      Plot.line(biasContourRows(eValue), { x: "rrTreatmentConfounder", y: "rrConfounderOutcome", stroke: "curve" }),
      Plot.dot(point, { x: "x", y: "y", fill: "currentColor" }),
      Plot.text(point, { x: "x", y: "y", text: () => `E-value ${formatFixed(eValue.point, 2)}`, dx: 8, textAnchor: "start" }),
    ],
  });
}
