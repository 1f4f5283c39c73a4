/**
 * Kaplan–Meier curves by arm (steps) with their pointwise interval bands, and the numbers at risk
 * under the plot (as the CSR's Figure 14-1). Plot is passed in (the page's `Plot`), so that the
 * page and this component use the same copy.
 */
import type { SurvivalCurve } from "@trial/estimators";
import { stepPoints } from "./survival-page.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type PlotModule = { plot: (options: any) => SVGElement | HTMLElement; line: any; areaY: any; ruleX: any };

export interface KmChartOptions {
  width: number;
  /** Arm code → label, every arm of the study in order (the colours follow it). */
  labels: Record<string, string>;
  /** Largest time shown (default: the last time of any curve). */
  xMax?: number;
  /** A vertical rule at τ (optional). */
  tau?: number | null;
  yLabel?: string;
  height?: number;
  /** True survival curves by arm code (synthetic studies: truth.json's marginal S_a(t) by day), drawn dashed. */
  trueCurves?: Record<string, readonly number[]> | null;
}

/** The curves as one figure (an SVG, or a figure with its legend). */
export function kmChart(Plot: PlotModule, curves: readonly SurvivalCurve[], options: KmChartOptions): SVGElement | HTMLElement {
  const points = curves.flatMap((c) => stepPoints(c).map((p) => ({ ...p, label: options.labels[c.arm] ?? c.arm })));
  const band = points.filter((p) => p.lower !== null && p.upper !== null);
  const xMax = options.xMax ?? Math.max(0, ...points.map((p) => p.time));
  const truth = Object.entries(options.trueCurves ?? {}).flatMap(([arm, s]) => s.map((survival, day) => ({ time: day, survival, label: options.labels[arm] ?? arm })));
  return Plot.plot({
    width: options.width,
    height: options.height ?? 340,
    x: { label: "Days", domain: [0, xMax], grid: true },
    y: { label: options.yLabel ?? "Survival probability", domain: [0, 1], grid: true },
    // Every arm of the study in the same colour on every chart of the page.
    color: { legend: true, domain: Object.values(options.labels) },
    marks: [
      Plot.areaY(band, { x: "time", y1: "lower", y2: "upper", fill: "label", fillOpacity: 0.12, curve: "step-after", clip: true }),
      Plot.line(points, { x: "time", y: "survival", stroke: "label", strokeWidth: 2, curve: "step-after", clip: true }),
      ...(truth.length ? [Plot.line(truth, { x: "time", y: "survival", stroke: "label", strokeWidth: 1.5, strokeDasharray: "2 3", clip: true })] : []),
      ...(options.tau ? [Plot.ruleX([options.tau], { stroke: "#999", strokeDasharray: "4 3" })] : []),
    ],
  });
}

/** The numbers-at-risk table: one row per arm, one column per grid time (in a box that scrolls sideways on a phone). */
export function atRiskTable(atRisk: { times: readonly number[]; byArm: Record<string, ReadonlyArray<number | string>> }, labels: Record<string, string>): HTMLElement {
  const table = document.createElement("table");
  table.className = "at-risk";
  table.dataset.field = "at-risk";
  const head = table.createTHead().insertRow();
  const th0 = document.createElement("th");
  th0.textContent = "Number at risk · day";
  head.append(th0);
  for (const t of atRisk.times) {
    const th = document.createElement("th");
    th.textContent = String(t);
    th.style.textAlign = "right";
    head.append(th);
  }
  const body = table.createTBody();
  for (const [arm, counts] of Object.entries(atRisk.byArm)) {
    const row = body.insertRow();
    row.dataset.arm = arm;
    const name = document.createElement("th");
    name.textContent = labels[arm] ?? arm;
    row.append(name);
    for (const n of counts) {
      const td = row.insertCell();
      td.textContent = String(n);
      td.style.textAlign = "right";
    }
  }
  const box = document.createElement("div");
  box.className = "table-scroll";
  box.append(table);
  return box;
}
